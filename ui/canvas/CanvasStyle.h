#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

namespace infralab {

// The diagram's colours and fonts, derived from the scene's palette and font
// so the canvas reads in both light and dark themes. One place, so every
// item agrees.
struct CanvasStyle
{
    // What is left of a node or link outside the walkthrough's current step:
    // still readable as context, clearly not the subject.
    static constexpr qreal kDimmedOpacity = 0.28;

    QColor background;
    QColor gridDot;
    QColor text;
    QColor secondaryText;      // IP addresses under a label
    QColor frameFill;
    QColor frameTitleFill;
    QColor frameBorder;
    QColor link;
    QColor reportingLink;      // agent -> monitoring service: not a request path
    // Behind icons in dark palettes: the icons are drawn with dark outlines
    // for light backgrounds. Transparent in light palettes.
    QColor iconPlate;
    QColor highlight;          // the ring around nodes of the selected finding or walkthrough step
    QColor hopLink;            // the links the walkthrough's current hop runs along
    // The walkthrough's packet token: green with a closed lock when the hop
    // is encrypted, amber with an open lock in plaintext, red when dropped.
    QColor tokenEncrypted;
    QColor tokenPlaintext;
    QColor tokenBlocked;
    QColor selection;          // outline of selected items
    QColor selectionFill;      // translucent wash behind selected components
    QColor mistake;            // a link that makes no sense (LinkSense)

    QFont labelFont;
    QFont smallLabelFont;      // when the label does not fit at labelFont
    QFont detailFont;
    QFont frameTitleFont;

    static CanvasStyle from(const QPalette &palette, const QFont &font);

    // Whether text in `font` (a pixel size) can be read at `zoom`. Text that
    // cannot is not drawn: laying out a thousand labels a pixel high is most
    // of the cost of a zoomed-out frame, for nothing anyone can see.
    static bool readable(const QFont &font, qreal zoom) { return font.pixelSize() * zoom >= 4.5; }
};

} // namespace infralab
