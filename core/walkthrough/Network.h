#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace infralab {

struct Node;
class Topology;

// The links of a design indexed by number, for the breadth-first searches of
// one derivation. Built once: Topology::neighbours() scans every link, which
// on 1000 nodes is too slow to call for each node visited.
//
// Traffic travels between "stops" (a browser, a load balancer, a web server,
// a database...) and only passes through firewalls on the way, the way the
// seeds draw them: "the request passes through the second firewall before
// reaching the chosen server" (seed 000). It never passes through another
// stop: an application server is not a router. A link to a server frame
// leads into the components the server runs.
class Network
{
public:
    explicit Network(const Topology &topology);

    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    const Node &node(int index) const { return *m_nodes[std::size_t(index)]; }
    int size() const { return int(m_nodes.size()); }
    // The nodes linked to `index`, in link order.
    const std::vector<int> &linked(int index) const { return m_linked[std::size_t(index)]; }

    // Whether a firewall lets this traffic in. An empty gate lets everything
    // through: the search then finds the route whatever the rules say.
    using Gate = std::function<bool(const Node &firewall)>;

    // What one search from a start node reached.
    class Reach
    {
    public:
        bool reached(int index) const { return m_parent[std::size_t(index)] != -1; }
        // The stops reached (no firewall, no server frame), nearest first.
        const std::vector<int> &stops() const { return m_stops; }
        // start, the nodes passed, target; empty when `target` was not reached.
        QList<int> pathTo(int target) const;

    private:
        friend class Network;
        std::vector<int> m_parent;   // -1: not reached; the start is its own parent
        std::vector<int> m_stops;
    };

    Reach reach(int start, const Gate &gate = {}) const;

private:
    std::vector<const Node *> m_nodes;
    QHash<QString, int> m_index;
    std::vector<std::vector<int>> m_linked;   // by link, both ways
    std::vector<std::vector<int>> m_hosted;   // a server's components
};

} // namespace infralab
