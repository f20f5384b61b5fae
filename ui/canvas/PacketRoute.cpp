#include "PacketRoute.h"

#include "LinkItem.h"
#include "TopologyNodeItem.h"
#include "TopologyScene.h"

#include <algorithm>

namespace infralab {

namespace {

// The part of the route between two neighbouring stops, from `a` to `b`.
QPolygonF leg(const TopologyScene &scene, const TopologyNodeItem *a, const TopologyNodeItem *b)
{
    if (const LinkItem *link = scene.linkItem(a->id(), b->id())) {
        QPolygonF route = link->route();
        // A link between overlapping boxes is drawn as nothing: go straight.
        if (route.first() != route.last()) {
            if (link->fromItem() != a)
                std::reverse(route.begin(), route.end());
            return route;
        }
    }
    const QPointF from = a->linkAnchor();
    const QPointF to = b->linkAnchor();
    return {LinkItem::exitPoint(a->linkEndRect(), from, to), LinkItem::exitPoint(b->linkEndRect(), to, from)};
}

} // namespace

QPainterPath packetRoute(const TopologyScene &scene, const QStringList &stops)
{
    QList<const TopologyNodeItem *> items;
    for (const QString &id : stops) {
        const TopologyNodeItem *item = scene.nodeItem(id);
        if (!item)
            return {};
        items.append(item);
    }
    QPainterPath path;
    for (qsizetype i = 0; i + 1 < items.size(); ++i) {
        const QPolygonF points = leg(scene, items.at(i), items.at(i + 1));
        for (const QPointF &point : points) {
            // The first point of a later leg crosses the stop in between.
            if (path.elementCount() == 0)
                path.moveTo(point);
            else if (point != path.currentPosition())
                path.lineTo(point);
        }
    }
    return path;
}

} // namespace infralab
