#include "Network.h"

#include "model/Topology.h"

#include <deque>

namespace infralab {

Network::Network(const Topology &topology)
{
    const QList<Node> &nodes = topology.nodes();
    m_nodes.reserve(std::size_t(nodes.size()));
    m_index.reserve(nodes.size());
    for (const Node &node : nodes) {
        m_index.insert(node.id, int(m_nodes.size()));
        m_nodes.push_back(&node);
    }
    m_linked.resize(m_nodes.size());
    m_hosted.resize(m_nodes.size());
    for (const Link &link : topology.links()) {
        const int a = indexOf(link.from);
        const int b = indexOf(link.to);
        if (a < 0 || b < 0)
            continue;
        m_linked[std::size_t(a)].push_back(b);
        m_linked[std::size_t(b)].push_back(a);
    }
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const int host = indexOf(m_nodes[i]->host);
        if (host >= 0 && m_nodes[std::size_t(host)]->kind == NodeKind::Server)
            m_hosted[std::size_t(host)].push_back(int(i));
    }
}

QList<int> Network::Reach::pathTo(int target) const
{
    QList<int> path;
    if (target < 0 || std::size_t(target) >= m_parent.size() || !reached(target))
        return path;
    for (int at = target;; at = m_parent[std::size_t(at)]) {
        path.prepend(at);
        if (m_parent[std::size_t(at)] == at)
            break;
    }
    return path;
}

Network::Reach Network::reach(int start, const Gate &gate) const
{
    Reach result;
    result.m_parent.assign(m_nodes.size(), -1);
    if (start < 0 || start >= size())
        return result;
    result.m_parent[std::size_t(start)] = start;
    std::deque<int> queue{start};
    const auto visit = [&](int from, int to) {
        if (result.m_parent[std::size_t(to)] != -1)
            return;
        const Node &target = node(to);
        if (target.kind == NodeKind::Firewall && gate && !gate(target))
            return;
        result.m_parent[std::size_t(to)] = from;
        if (target.kind == NodeKind::Firewall || target.kind == NodeKind::Server)
            queue.push_back(to);
        else
            result.m_stops.push_back(to);
    };
    while (!queue.empty()) {
        const int at = queue.front();
        queue.pop_front();
        // A server frame is a way in to what it runs, not a way through.
        const bool frame = at != start && node(at).kind == NodeKind::Server;
        for (int next : frame ? m_hosted[std::size_t(at)] : m_linked[std::size_t(at)])
            visit(at, next);
    }
    return result;
}

} // namespace infralab
