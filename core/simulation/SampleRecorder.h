#pragma once

#include "LatencyHistogram.h"
#include "Samples.h"

#include "walkthrough/RequestType.h"

#include <deque>
#include <vector>

namespace infralab {

class Topology;

// Adds up what happens during the current second in flat per-node counters
// (the event loop's hot path only increments), then closes it into a
// SecondSample. Keeps the last `historySeconds` samples and running totals,
// so memory does not grow with the length of the run.
class SampleRecorder
{
public:
    // `machineOf[i]`: the node whose CPU node i uses (its server, or itself).
    SampleRecorder(const Topology &topology, std::vector<int> machineOf, int historySeconds);

    void work(int node, double cpuSeconds) { m_busy[std::size_t(node)] += cpuSeconds; }
    void arrive(int node) { ++m_qps[std::size_t(node)]; }
    void error(int node) { ++m_errors[std::size_t(node)]; }
    void attackReached(int node) { ++m_attacks[std::size_t(node)]; }
    void drop(int firewall, int rule)
    {
        ++m_drops[std::size_t(firewall)];
        ++m_ruleDrops[std::size_t(m_ruleOffset[std::size_t(firewall)] + rule + 1)];
    }
    void sent(RequestType request)
    {
        ++m_second.sent;
        ++m_sentByType[std::size_t(request)];
    }
    void served(double latency)
    {
        ++m_second.served;
        m_secondLatency.add(latency);
    }
    void failed(RequestType request)
    {
        ++m_second.failed;
        ++m_second.failedByType[std::size_t(request)];
    }
    void attackSent(bool blocked)
    {
        ++m_totals.attacks;
        m_totals.attacksBlocked += blocked ? 1 : 0;
    }

    // This second's requests at `node` so far.
    int qps(int node) const { return m_qps[std::size_t(node)]; }

    // Ends second `t`; `reported[i]`: whether a monitoring agent delivered
    // node i's numbers. Returns the sample, also kept in history().
    const SecondSample &close(int t, const std::vector<char> &reported);

    const std::deque<SecondSample> &history() const { return m_history; }
    SimulationTotals totals() const;

private:
    const Topology &m_topology;
    std::vector<int> m_machineOf;
    std::vector<int> m_cores;          // by node, for the machines
    std::vector<int> m_ruleOffset;     // firewall -> its first slot in m_ruleDrops (the policy's)
    std::vector<int> m_ruleFirewall;   // slot -> firewall
    int m_historySeconds;

    // The current second.
    std::vector<double> m_busy;
    std::vector<int> m_qps;
    std::vector<int> m_drops;
    std::vector<int> m_errors;
    std::vector<int> m_attacks;
    std::vector<qint64> m_ruleDrops;
    SecondSample m_second;
    std::array<int, 3> m_sentByType{};
    LatencyHistogram m_secondLatency;

    // The whole run.
    std::vector<double> m_cpuSum;
    std::vector<double> m_cpuPeak;
    std::vector<qint64> m_requests, m_dropsTotal, m_errorsTotal, m_attacksTotal, m_ruleDropsTotal;
    LatencyHistogram m_latency;
    SimulationTotals m_totals;
    std::deque<SecondSample> m_history;
};

} // namespace infralab
