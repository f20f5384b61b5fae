#include "EntryPoint.h"

#include "model/Topology.h"

namespace infralab {

bool sameDomainName(const QString &a, const QString &b)
{
    const auto bare = [](const QString &name) { return name.endsWith(u'.') ? name.chopped(1) : name; };
    return bare(a).compare(bare(b), Qt::CaseInsensitive) == 0;
}

const Node *frontOf(const Topology &topology, const Node &target)
{
    if (target.kind == NodeKind::LoadBalancer || target.kind == NodeKind::WebServer)
        return &target;
    if (target.kind != NodeKind::Server)
        return nullptr;
    const QList<const Node *> hosted = topology.hostedBy(target.id);
    for (NodeKind front : {NodeKind::LoadBalancer, NodeKind::WebServer}) {
        for (const Node *node : hosted) {
            if (node->kind == front)
                return node;
        }
    }
    return nullptr;
}

} // namespace infralab
