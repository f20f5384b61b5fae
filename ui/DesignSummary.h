#pragma once

#include <QString>

namespace infralab {

class Topology;

// The status bar's one-line count: "19 components, 3 servers, 19 links".
// Servers are counted apart: they are the machines the components run on.
QString designSummary(const Topology &topology);

} // namespace infralab
