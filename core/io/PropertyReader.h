#pragma once

#include "JsonLocator.h"

namespace infralab {

class ReadContext;
class Topology;
struct Node;

// Checks the kind-specific `props` of one node (types, enum values, ranges).
bool readProperties(ReadContext &ctx, const Node &node, const JsonPath &propsPath);
// Checks what props name once every node is known: DNS targets, rule sources.
bool checkPropertyReferences(ReadContext &ctx, const Topology &topology, const Node &node,
                             const JsonPath &propsPath);

} // namespace infralab
