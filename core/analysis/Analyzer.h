#pragma once

#include "Finding.h"
#include "model/Topology.h"

#include <QList>

namespace infralab {

// Runs every rule of DESIGN.md's "Analysis rules" on a design. Findings come
// most severe first, then in the order of the Rule enum, then by their nodes'
// order in the file: the same design always gives the same list. Each rule
// is linear, or nearly, in nodes plus links, so the window can run this on
// every edit.
QList<Finding> analyze(const Topology &topology);

} // namespace infralab
