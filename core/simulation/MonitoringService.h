#pragma once

#include "SimulationEvent.h"

#include <vector>

namespace infralab {

class SampleRecorder;
class Topology;

// The monitoring of seeds 000 and 003: each agent sends its server's
// numbers to the monitoring service it is linked to, once a second; the
// service compares each web server's QPS with its `qpsAlert` threshold. A
// server without an agent, or stopped, sends nothing, so nothing is known
// about it and it raises no alert.
class MonitoringService
{
public:
    MonitoringService(const Topology &design, const std::vector<int> &machineOf);

    int service() const { return m_service; }   // -1 when the design has none

    // Whether an agent linked to a monitoring service watches the machine
    // `node` runs on: what the service can know about, when nothing is down.
    bool covers(int node) const { return m_agentOf[std::size_t(m_machineOf[std::size_t(node)])] >= 0; }

    // The agents still running report (their CPU goes on their server's
    // bill). Returns, by node, whether its numbers reached the service.
    const std::vector<char> &collect(SampleRecorder &recorder, const std::vector<char> &down);

    struct Alert
    {
        SimulationEventKind kind;   // AlertRaised or AlertCleared
        int node;
        int qps;
        double threshold;
    };
    // After collect(): the alerts that start or end this second.
    std::vector<Alert> compare(const SampleRecorder &recorder);

private:
    const std::vector<int> &m_machineOf;
    std::vector<int> m_agentOf;       // by machine: its reporting agent, or -1
    std::vector<double> m_threshold;  // by node: a web server's qpsAlert, else 0
    std::vector<char> m_alerting;
    std::vector<char> m_reported;
    int m_service = -1;
};

} // namespace infralab
