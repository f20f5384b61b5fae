#pragma once

#include <QTextStream>

#include <functional>

namespace infralab {

// The canvas figures: opening, repainting and dragging a generated design of
// 1000 nodes and 1500 links, offscreen. Needs a QApplication.
void benchCanvas(QTextStream &out, const std::function<double(int, const std::function<void()> &)> &medianMs);

} // namespace infralab
