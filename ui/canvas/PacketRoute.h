#pragma once

#include <QPainterPath>
#include <QStringList>

namespace infralab {

class TopologyScene;

// The way a packet travels through `stops` (node ids in travel order) as the
// canvas draws it: along each link's own route (a reporting link's corridor
// beside its frame included), straight across the nodes it passes, and
// straight from edge to edge where two stops have no link between them.
// Starts at the edge of the first stop and ends at the edge of the last.
// Empty when fewer than two stops, or when a stop has no item.
QPainterPath packetRoute(const TopologyScene &scene, const QStringList &stops);

} // namespace infralab
