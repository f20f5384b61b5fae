#pragma once

#include "model/Topology.h"

namespace infralab {

// A large, valid design for benchmarks: `groups` copies of a firewall, a load
// balancer and servers with web, app and database, chained together.
Topology generatedTopology(int nodeCount);

} // namespace infralab
