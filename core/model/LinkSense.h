#pragma once

#include "NodeKind.h"

#include <QString>

namespace infralab {

// Whether a cable between two kinds of component can carry anything in the
// designs the seeds teach. The editor still allows a link that makes no
// sense (students learn from drawing one) but marks it with this reason.
// Links are undirected, so the order of `a` and `b` does not matter.
// Returns the translated reason, or an empty string for a plausible link.
QString implausibleLinkReason(NodeKind a, NodeKind b);

} // namespace infralab
