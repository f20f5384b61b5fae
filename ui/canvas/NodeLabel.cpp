#include "NodeLabel.h"

#include "CanvasStyle.h"

#include <QFontMetricsF>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

// Greedy word wrap into at most two lines; empty when a word does not fit.
QStringList wrapInTwo(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QStringList lines;
    for (const QString &word : words) {
        if (!lines.isEmpty() && metrics.horizontalAdvance(lines.last() + u' ' + word) <= width)
            lines.last() += u' ' + word;
        else
            lines.append(word);
    }
    if (lines.size() > 2)
        return {};
    for (const QString &line : std::as_const(lines)) {
        if (metrics.horizontalAdvance(line) > width)
            return {};
    }
    return lines;
}

} // namespace

NodeLabel NodeLabel::layout(const QString &text, qreal width, bool roomForTwoLines, const CanvasStyle &style)
{
    const QFontMetricsF normal(style.labelFont);
    if (normal.horizontalAdvance(text) <= width)
        return {style.labelFont, {text}};
    if (roomForTwoLines) {
        const QStringList lines = wrapInTwo(text, normal, width);
        if (!lines.isEmpty())
            return {style.labelFont, lines};
    }
    const QFontMetricsF small(style.smallLabelFont);
    return {style.smallLabelFont, {small.elidedText(text, Qt::ElideRight, width)}};
}

} // namespace infralab
