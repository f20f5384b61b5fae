#include "SingleWriterRule.h"

#include "RequestGraph.h"
#include "model/Properties.h"

namespace infralab {

QList<Finding> SingleWriterRule::check(const RequestGraph &graph, const InternetReach &) const
{
    QList<int> primaries;
    bool standbyTakesOver = false;
    for (int database : graph.ofKind(NodeKind::Database)) {
        const Node &node = graph.node(database);
        if (databaseRole(node) == DatabaseRole::Primary)
            primaries.append(database);
        else if (databaseFailover(node) == Failover::Automatic)
            standbyTakesOver = true;
    }
    if (primaries.size() != 1 || standbyTakesOver)
        return {};
    const int primary = primaries.first();
    return {makeFinding(
        rule(), {graph.node(primary).id},
        tr("%1 is the only database that accepts writes, and no replica takes over when it fails")
            .arg(graph.name(primary)),
        tr("Replicas can answer reads, but every sign-up, order or post has to be written to this one "
           "primary. If it fails, writes stop until someone promotes a replica by hand. Let a replica take "
           "over automatically (failover: automatic) or run a second primary."))};
}

} // namespace infralab
