#include "SpofRule.h"

#include "RequestGraph.h"
#include "SinglePointsOfFailure.h"

namespace infralab {

QList<Finding> SpofRule::check(const RequestGraph &graph, const InternetReach &) const
{
    QList<Finding> findings;
    for (int node : singlePointsOfFailure(graph)) {
        QString message;
        if (graph.kind(node) == NodeKind::Server) {
            QList<int> runs;
            for (int hosted : graph.hosted(node)) {
                if (graph.carriesRequests(hosted))
                    runs.append(hosted);
            }
            message = runs.isEmpty()
                ? tr("%1 is a single point of failure: no other server can take over when it stops")
                      .arg(graph.name(node))
                : tr("%1 is a single point of failure: it runs %2, and no other server takes over when it "
                     "stops")
                      .arg(graph.name(node), graph.names(runs));
        } else {
            message = tr("%1 is a single point of failure: every way from the browsers to the data goes "
                         "through it")
                          .arg(graph.name(node));
        }
        findings.append(makeFinding(rule(), {graph.node(node).id}, message, explanation(graph.kind(node))));
    }
    return findings;
}

QString SpofRule::explanation(NodeKind kind)
{
    switch (kind) {
    case NodeKind::LoadBalancer:
        return tr("Every request enters through this one load balancer, so when it crashes or is restarted the "
                  "whole site is down even though the servers behind it are fine. Add a second load balancer "
                  "with the same links and let the pair share the public address (active-passive with a "
                  "floating IP, or both listed in DNS).");
    case NodeKind::Firewall:
        return tr("All traffic crosses this one firewall, so a crash, an overload or a bad rule change cuts "
                  "every user off. Run it as a redundant pair, or give each path its own firewall so that one "
                  "failure still leaves a way through.");
    case NodeKind::Server:
        return tr("A machine fails as a whole: a dead disk, a kernel panic or a reboot to install updates "
                  "takes down everything it runs at once. Run the site on several servers behind a load "
                  "balancer so another machine carries the traffic while this one is away.");
    case NodeKind::Database:
        return tr("The data is only reachable through this database, so when it stops every page that needs "
                  "data fails. Keep a replica on another server that can take over.");
    default:
        return tr("Requests cannot reach the data without this component, so its failure stops the site. "
                  "Run a second one on another machine and let the tier in front spread the traffic over "
                  "both.");
    }
}

} // namespace infralab
