#pragma once

#include <QFont>
#include <QStringList>

namespace infralab {

struct CanvasStyle;

// How a component's label fits under its icon: one line at the normal size,
// two lines when there is room (no IP below), a smaller size, and only then
// elided. "Monitoring client" should read whole, not "Monitoring cli…".
struct NodeLabel
{
    QFont font;
    QStringList lines;

    static NodeLabel layout(const QString &text, qreal width, bool roomForTwoLines, const CanvasStyle &style);
};

} // namespace infralab
