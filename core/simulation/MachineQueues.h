#pragma once

#include "model/Properties.h"
#include "model/Topology.h"

#include <algorithm>
#include <vector>

namespace infralab {

// The CPUs of a design: a server's cores are shared by what it runs, a
// component without a host has its own (`cores`). Each machine serves its
// work first come, first served on whichever core frees first, so a queue
// is just the time each core is booked until.
class MachineQueues
{
public:
    explicit MachineQueues(const Topology &design)
    {
        const QList<Node> &nodes = design.nodes();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            const Node *host = design.node(nodes[i].host);
            m_machineOf.push_back(host && host->kind == NodeKind::Server ? int(host - nodes.constData()) : int(i));
            m_coreBegin.push_back(m_coreFree.size());
            m_coreFree.insert(m_coreFree.end(), std::size_t(nodeCores(nodes[i])), 0.0);
        }
        m_coreBegin.push_back(m_coreFree.size());
    }

    // By node: the node whose CPU it uses (its server, or itself).
    const std::vector<int> &machineOf() const { return m_machineOf; }

    // Books `cost` seconds of `machine` for work arriving at `arrival`;
    // returns when it is done, or a negative number when it would wait
    // longer than `timeout` (and books nothing).
    double book(int machine, double arrival, double cost, double timeout)
    {
        const auto first = m_coreFree.begin() + std::ptrdiff_t(m_coreBegin[std::size_t(machine)]);
        const auto core = std::min_element(first, m_coreFree.begin() + std::ptrdiff_t(m_coreBegin[std::size_t(machine) + 1]));
        const double start = std::max(arrival, *core);
        if (start - arrival > timeout)
            return -1;
        *core = start + cost;
        return *core;
    }

private:
    std::vector<int> m_machineOf;
    std::vector<std::size_t> m_coreBegin;   // by node: its first core in m_coreFree; one more at the end
    std::vector<double> m_coreFree;         // when each core has finished what it is booked for
};

} // namespace infralab
