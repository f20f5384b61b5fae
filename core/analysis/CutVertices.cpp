#include "CutVertices.h"

#include <algorithm>

namespace infralab {

std::optional<QList<int>> verticesOnEveryPath(const QList<QList<int>> &adjacency, int source, int sink)
{
    const qsizetype count = adjacency.size();
    QList<int> order(count, -1);   // when the search first met each vertex
    QList<int> low(count, 0);      // the earliest vertex its subtree links back to
    QList<int> parent(count, -1);

    // An explicit stack: a chain of a thousand nodes must not overflow the call stack.
    struct Frame
    {
        int vertex;
        qsizetype next;   // the next neighbour to look at
    };
    QList<Frame> stack;
    int counter = 0;
    order[source] = low[source] = counter++;
    stack.append({source, 0});
    while (!stack.isEmpty()) {
        const int v = stack.last().vertex;
        const qsizetype next = stack.last().next;
        if (next < adjacency[v].size()) {
            ++stack.last().next;
            const int w = adjacency[v][next];
            if (order[w] < 0) {
                parent[w] = v;
                order[w] = low[w] = counter++;
                stack.append({w, 0});
            } else if (w != parent[v]) {
                low[v] = std::min(low[v], order[w]);
            }
        } else {
            stack.removeLast();
            if (parent[v] >= 0)
                low[parent[v]] = std::min(low[parent[v]], low[v]);
        }
    }
    if (order[sink] < 0)
        return std::nullopt;

    // On the tree path from the sink up to the source, v cuts the sink off
    // when nothing below its child on that path links back above v.
    QList<int> cuts;
    for (int child = sink, v = parent[sink]; v >= 0 && v != source; child = v, v = parent[v]) {
        if (low[child] >= order[v])
            cuts.append(v);
    }
    return cuts;
}

} // namespace infralab
