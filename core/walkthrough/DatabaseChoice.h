#pragma once

#include "Network.h"
#include "RequestType.h"

namespace infralab {

struct Node;

// The database an application server sends its query to, among the stops
// `reach` found from it (nearest first). Writes "always" go to the primary;
// reads go to a replica when one is within reach, the one on the same server
// first (seed 004: the Replica "is used for read-only queries"), else to the
// primary. The same server first in both cases. Null when none fits.
const Node *chooseDatabase(const Network &network, const Network::Reach &reach, const Node &app,
                           RequestType request);

} // namespace infralab
