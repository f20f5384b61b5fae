#pragma once

#include <QList>

#include <optional>

namespace infralab {

// The vertices, other than the ends, that every path from `source` to `sink`
// crosses in an undirected graph given as adjacency lists: remove one and
// the two ends fall apart. One depth-first search (Hopcroft and Tarjan's
// low points), so linear in vertices plus edges. Nothing when `sink` cannot
// be reached from `source` at all.
std::optional<QList<int>> verticesOnEveryPath(const QList<QList<int>> &adjacency, int source, int sink);

} // namespace infralab
