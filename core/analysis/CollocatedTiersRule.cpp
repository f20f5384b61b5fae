#include "CollocatedTiersRule.h"

#include "RequestGraph.h"

#include <algorithm>

namespace infralab {

QList<Finding> CollocatedTiersRule::check(const RequestGraph &graph, const InternetReach &) const
{
    QList<int> servers;
    for (int server : graph.ofKind(NodeKind::Server)) {
        const QList<int> &hosted = graph.hosted(server);
        const auto runs = [&](NodeKind kind) {
            return std::any_of(hosted.cbegin(), hosted.cend(), [&](int i) { return graph.kind(i) == kind; });
        };
        if (runs(NodeKind::WebServer) && runs(NodeKind::AppServer) && runs(NodeKind::Database))
            servers.append(server);
    }
    if (servers.isEmpty())
        return {};
    const QString message = servers.size() == 1
        ? tr("%1 runs the web server, the application server and the database together").arg(graph.names(servers))
        : tr("%1 each run the web server, the application server and the database together")
              .arg(graph.names(servers));
    return {makeFinding(rule(), graph.ids(servers), message,
                        tr("The three tiers compete for one machine's processor, memory and disk, a fault or a "
                           "bad deployment in one of them takes the others down, and none can grow on its own. "
                           "Move the database to servers of its own, then scale the web and application tiers "
                           "separately."))};
}

} // namespace infralab
