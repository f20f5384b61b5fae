#include "UnmonitoredRule.h"

#include "RequestGraph.h"

#include <algorithm>

namespace infralab {

namespace {

// DESIGN.md: "a link to a monitoring-service node says where they report".
bool reportsSomewhere(const RequestGraph &graph, int agent)
{
    const QList<int> &links = graph.links(agent);
    return std::any_of(links.cbegin(), links.cend(),
                       [&](int i) { return graph.kind(i) == NodeKind::MonitoringService; });
}

} // namespace

QList<Finding> UnmonitoredRule::check(const RequestGraph &graph, const InternetReach &) const
{
    QList<int> withoutAgent;
    QList<int> unheard;         // servers whose agents all report nowhere
    QList<int> unheardAgents;
    for (int server : graph.ofKind(NodeKind::Server)) {
        QList<int> agents;
        for (int hosted : graph.hosted(server)) {
            if (graph.kind(hosted) == NodeKind::MonitoringAgent)
                agents.append(hosted);
        }
        if (agents.isEmpty()) {
            withoutAgent.append(server);
        } else if (std::none_of(agents.cbegin(), agents.cend(),
                                [&](int agent) { return reportsSomewhere(graph, agent); })) {
            unheard.append(server);
            unheardAgents.append(agents);
        }
    }

    QList<Finding> findings;
    if (!withoutAgent.isEmpty()) {
        const QString names = graph.names(withoutAgent);
        findings.append(makeFinding(
            rule(), graph.ids(withoutAgent),
            withoutAgent.size() == 1 ? tr("%1 has no monitoring agent").arg(names)
                                     : tr("%1 have no monitoring agent").arg(names),
            tr("Nobody watches these machines' processor, memory, errors or request rate, so a problem is "
               "noticed by the users before the team. Put a monitoring agent on every server and link it to a "
               "monitoring service that keeps the data and raises alerts.")));
    }
    if (!unheard.isEmpty()) {
        const QString names = graph.names(unheard);
        findings.append(makeFinding(
            rule(), graph.ids(unheard) + graph.ids(unheardAgents),
            unheard.size() == 1 ? tr("The monitoring agent on %1 reports to no monitoring service").arg(names)
                                : tr("The monitoring agents on %1 report to no monitoring service").arg(names),
            tr("An agent collects metrics and logs, but with no monitoring service to receive them nobody sees "
               "them and no alert ever fires. Link each agent to a monitoring service.")));
    }
    return findings;
}

} // namespace infralab
