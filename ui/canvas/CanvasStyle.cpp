#include "CanvasStyle.h"

namespace infralab {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal keep = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amountOfB),
                            float(a.greenF() * keep + b.greenF() * amountOfB),
                            float(a.blueF() * keep + b.blueF() * amountOfB));
}

// Fonts in pixel sizes: scene units are pixels at 100% zoom, so the layout of
// a box does not depend on the screen's DPI setting.
QFont withPixelSize(QFont font, int pixels, QFont::Weight weight)
{
    font.setPixelSize(pixels);
    font.setWeight(weight);
    return font;
}

} // namespace

CanvasStyle CanvasStyle::from(const QPalette &palette, const QFont &font)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightnessF() < 0.5;
    // A slate blue for frames: calm next to the icons' own colours.
    const QColor accent = dark ? QColor(0x93, 0xa8, 0xd8) : QColor(0x4a, 0x63, 0x9a);
    const QColor slate = dark ? QColor(0x9a, 0xa6, 0xb8) : QColor(0x5b, 0x67, 0x7a);

    CanvasStyle style;
    style.background = mix(base, palette.color(QPalette::Window), 0.35);
    style.gridDot = mix(style.background, text, dark ? 0.16 : 0.13);
    style.text = text;
    style.secondaryText = mix(base, text, 0.55);
    style.frameFill = mix(base, accent, dark ? 0.10 : 0.055);
    style.frameTitleFill = mix(base, accent, dark ? 0.20 : 0.12);
    style.frameBorder = mix(base, accent, dark ? 0.45 : 0.40);
    style.link = mix(base, slate, 0.85);
    style.reportingLink = mix(base, slate, 0.55);
    style.highlight = palette.color(QPalette::Highlight);
    style.hopLink = mix(base, style.highlight, dark ? 0.85 : 0.75);
    style.tokenEncrypted = dark ? QColor(0x3f, 0xb9, 0x6f) : QColor(0x1e, 0x8e, 0x4e);
    style.tokenPlaintext = dark ? QColor(0xf0, 0xa3, 0x2e) : QColor(0xdc, 0x76, 0x00);
    style.tokenBlocked = dark ? QColor(0xf2, 0x5c, 0x54) : QColor(0xd9, 0x30, 0x25);
    style.selection = palette.color(QPalette::Highlight);
    style.selectionFill = style.selection;
    style.selectionFill.setAlphaF(dark ? 0.22f : 0.14f);
    style.mistake = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x30, 0x30);
    style.iconPlate = dark ? QColor(0xd5, 0xdb, 0xe5) : QColor(Qt::transparent);

    // Medium, not bold: bold labels are too wide for a 120-unit box.
    style.labelFont = withPixelSize(font, 14, QFont::Medium);
    style.smallLabelFont = withPixelSize(font, 12, QFont::Medium);
    style.detailFont = withPixelSize(font, 12, QFont::Normal);
    style.frameTitleFont = withPixelSize(font, 13, QFont::DemiBold);
    return style;
}

} // namespace infralab
