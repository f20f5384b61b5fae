#include "MonitoringService.h"

#include "CostModel.h"
#include "SampleRecorder.h"

#include "model/Properties.h"
#include "model/Topology.h"

#include <algorithm>

namespace infralab {

MonitoringService::MonitoringService(const Topology &design, const std::vector<int> &machineOf)
    : m_machineOf(machineOf)
{
    const QList<Node> &nodes = design.nodes();
    const std::size_t count = std::size_t(nodes.size());
    m_agentOf.assign(count, -1);
    m_threshold.assign(count, 0.0);
    m_alerting.assign(count, 0);
    m_reported.assign(count, 0);
    for (std::size_t i = 0; i < count; ++i) {
        const Node &node = nodes[qsizetype(i)];
        if (node.kind == NodeKind::WebServer)
            m_threshold[i] = qpsAlertThreshold(node);
        if (node.kind != NodeKind::MonitoringAgent)
            continue;
        // Seed 000, step 18: the agent reports where it is linked to.
        for (const QString &next : design.neighbours(node.id)) {
            const Node *service = design.node(next);
            if (service && service->kind == NodeKind::MonitoringService) {
                m_agentOf[std::size_t(machineOf[i])] = int(i);
                m_service = int(service - nodes.constData());
                break;
            }
        }
    }
}

const std::vector<char> &MonitoringService::collect(SampleRecorder &recorder, const std::vector<char> &down)
{
    std::fill(m_reported.begin(), m_reported.end(), 0);
    for (std::size_t machine = 0; machine < m_agentOf.size(); ++machine) {
        const int agent = m_agentOf[machine];
        if (agent < 0 || down[std::size_t(agent)])
            continue;
        recorder.work(agent, cost::monitoringReport());
        recorder.arrive(m_service);
        for (std::size_t i = 0; i < m_machineOf.size(); ++i)
            m_reported[i] = m_reported[i] || std::size_t(m_machineOf[i]) == machine;
    }
    return m_reported;
}

// Seed 003: "Set up alerts to notify administrators if QPS exceeds
// predefined thresholds."
std::vector<MonitoringService::Alert> MonitoringService::compare(const SampleRecorder &recorder)
{
    std::vector<Alert> alerts;
    for (std::size_t i = 0; i < m_threshold.size(); ++i) {
        const double threshold = m_threshold[i];
        if (threshold <= 0 || !m_reported[i])
            continue;   // no threshold, or no data: nothing to compare
        const int qps = recorder.qps(int(i));
        char &alerting = m_alerting[i];
        if (!alerting && qps > threshold) {
            alerting = 1;
            alerts.push_back({SimulationEventKind::AlertRaised, int(i), qps, threshold});
        } else if (alerting && qps <= threshold) {
            alerting = 0;
            alerts.push_back({SimulationEventKind::AlertCleared, int(i), qps, threshold});
        }
    }
    return alerts;
}

} // namespace infralab
