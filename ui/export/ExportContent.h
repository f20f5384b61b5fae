#pragma once

#include "model/Topology.h"

#include <QList>
#include <QPointer>
#include <QRectF>

class QGraphicsItem;
class QPainter;

namespace infralab {

class TopologyScene;

// What one export shows: the scene's items as they look now (finding
// highlights, a walkthrough's token, whatever else is in the scene), in
// stacking order, and the design they draw. With `selectionOnly`, the
// selected nodes, what their server frames hold, and the links among them.
class ExportContent
{
public:
    static ExportContent of(TopologyScene *scene, bool selectionOnly);

    bool isEmpty() const { return m_items.isEmpty(); }
    // The part of the scene the items cover, in whole scene units.
    QRect bounds() const { return m_bounds; }
    // The design the picture shows, to carry inside it.
    const Topology &topology() const { return m_topology; }

    // Paints the items in scene coordinates, without selection marks: the
    // painter's transform maps the scene to the output.
    void paint(QPainter *painter) const;

private:
    QList<QGraphicsItem *> m_items; // owned by the scene; only used at once
    QRect m_bounds;
    Topology m_topology;
};

} // namespace infralab
