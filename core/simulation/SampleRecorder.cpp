#include "SampleRecorder.h"

#include "model/Properties.h"
#include "model/Topology.h"

#include <algorithm>

namespace infralab {

SampleRecorder::SampleRecorder(const Topology &topology, std::vector<int> machineOf, int historySeconds)
    : m_topology(topology)
    , m_machineOf(std::move(machineOf))
    , m_historySeconds(std::max(historySeconds, 1))
{
    const std::size_t count = std::size_t(topology.nodes().size());
    m_cores.resize(count);
    m_ruleOffset.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Node &node = topology.nodes()[qsizetype(i)];
        m_cores[i] = nodeCores(node);
        m_ruleOffset[i] = int(m_ruleFirewall.size());
        if (node.kind == NodeKind::Firewall)
            m_ruleFirewall.insert(m_ruleFirewall.end(), std::size_t(firewallRules(node).size()) + 1, int(i));
    }
    for (auto *counts : {&m_qps, &m_drops, &m_errors, &m_attacks})
        counts->assign(count, 0);
    m_busy.assign(count, 0.0);
    m_cpuSum.assign(count, 0.0);
    m_cpuPeak.assign(count, 0.0);
    for (auto *totals : {&m_requests, &m_dropsTotal, &m_errorsTotal, &m_attacksTotal})
        totals->assign(count, 0);
    m_ruleDrops.assign(m_ruleFirewall.size(), 0);
    m_ruleDropsTotal.assign(m_ruleFirewall.size(), 0);
}

const SecondSample &SampleRecorder::close(int t, const std::vector<char> &reported)
{
    const QList<Node> &nodes = m_topology.nodes();
    // A server's CPU is shared by what it runs: add up its components first.
    std::vector<double> machineBusy(m_busy.size(), 0.0);
    for (std::size_t i = 0; i < m_busy.size(); ++i)
        machineBusy[std::size_t(m_machineOf[i])] += m_busy[i];

    m_second.t = t;
    m_second.nodes.clear();
    m_second.nodes.reserve(nodes.size());
    for (std::size_t i = 0; i < m_busy.size(); ++i) {
        const Node &node = nodes[qsizetype(i)];
        const int machine = m_machineOf[i];
        const double busy = node.kind == NodeKind::Server ? machineBusy[i] : m_busy[i];
        const double cpu = std::min(100.0, 100.0 * busy / m_cores[std::size_t(machine)]);
        m_second.nodes.append({node.id, node.kind, cpu, m_qps[i], m_drops[i], m_errors[i], m_attacks[i],
                               reported[i] != 0});
        m_cpuSum[i] += cpu;
        m_cpuPeak[i] = std::max(m_cpuPeak[i], cpu);
        m_requests[i] += m_qps[i];
        m_dropsTotal[i] += m_drops[i];
        m_errorsTotal[i] += m_errors[i];
        m_attacksTotal[i] += m_attacks[i];
    }
    m_second.ruleDrops.clear();
    for (std::size_t slot = 0; slot < m_ruleDrops.size(); ++slot) {
        if (m_ruleDrops[slot] == 0)
            continue;
        const int firewall = m_ruleFirewall[slot];
        const int rule = int(slot) - m_ruleOffset[std::size_t(firewall)] - 1;
        m_second.ruleDrops.append({nodes[firewall].id, rule, m_ruleDrops[slot]});
        m_ruleDropsTotal[slot] += m_ruleDrops[slot];
    }
    m_second.p50Ms = m_secondLatency.percentile(0.5) * 1000.0;
    m_second.p95Ms = m_secondLatency.percentile(0.95) * 1000.0;

    ++m_totals.seconds;
    m_totals.sent += m_second.sent;
    m_totals.served += m_second.served;
    m_totals.failed += m_second.failed;
    for (std::size_t type = 0; type < m_second.failedByType.size(); ++type) {
        m_totals.sentByType[type] += m_sentByType[type];
        m_totals.failedByType[type] += m_second.failedByType[type];
    }
    m_sentByType.fill(0);
    m_latency.merge(m_secondLatency);

    m_history.push_back(m_second);
    while (int(m_history.size()) > m_historySeconds)
        m_history.pop_front();

    // A fresh second.
    std::fill(m_busy.begin(), m_busy.end(), 0.0);
    for (auto *counts : {&m_qps, &m_drops, &m_errors, &m_attacks})
        std::fill(counts->begin(), counts->end(), 0);
    std::fill(m_ruleDrops.begin(), m_ruleDrops.end(), 0);
    m_secondLatency.clear();
    const SecondSample &closed = m_history.back();
    m_second = SecondSample{};
    return closed;
}

SimulationTotals SampleRecorder::totals() const
{
    SimulationTotals totals = m_totals;
    totals.p50Ms = m_latency.percentile(0.5) * 1000.0;
    totals.p95Ms = m_latency.percentile(0.95) * 1000.0;
    totals.p99Ms = m_latency.percentile(0.99) * 1000.0;
    const QList<Node> &nodes = m_topology.nodes();
    const double seconds = std::max(1, totals.seconds);
    for (std::size_t i = 0; i < m_busy.size(); ++i) {
        const Node &node = nodes[qsizetype(i)];
        totals.nodes.append({node.id, node.kind, m_cpuSum[i] / seconds, m_cpuPeak[i], m_requests[i],
                             m_dropsTotal[i], m_errorsTotal[i], m_attacksTotal[i]});
    }
    for (std::size_t slot = 0; slot < m_ruleDropsTotal.size(); ++slot) {
        if (m_ruleDropsTotal[slot] == 0)
            continue;
        const int firewall = m_ruleFirewall[slot];
        totals.ruleDrops.append(
            {nodes[firewall].id, int(slot) - m_ruleOffset[std::size_t(firewall)] - 1, m_ruleDropsTotal[slot]});
    }
    return totals;
}

} // namespace infralab
