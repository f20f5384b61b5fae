#pragma once

#include <QTextStream>

namespace infralab {

// The live charts dock (issue 5): one update() with a full minute in the
// window, and the layout and paint that follow it, on the default preset and on a
// generated design of 50 nodes with an agent on every server. Needs a
// QApplication.
void benchCharts(QTextStream &out);

} // namespace infralab
