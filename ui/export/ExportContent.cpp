#include "ExportContent.h"

#include "canvas/LinkItem.h"
#include "canvas/TopologyNodeItem.h"
#include "canvas/TopologyScene.h"

#include <QPainter>
#include <QSet>
#include <QStyleOptionGraphicsItem>

namespace infralab {

namespace {

// The selected nodes and the components their frames hold, by id.
QSet<QString> chosenNodeIds(const TopologyScene *scene)
{
    const Topology &topology = scene->model()->topology();
    QSet<QString> ids;
    for (const QGraphicsItem *item : scene->selectedItems()) {
        const auto *node = dynamic_cast<const TopologyNodeItem *>(item);
        if (!node)
            continue;
        ids.insert(node->id());
        for (const Node *hosted : topology.hostedBy(node->id()))
            ids.insert(hosted->id);
    }
    return ids;
}

// The part of the design with only these nodes: links among them kept, a
// host left out is forgotten so the part is a valid design of its own.
Topology partOf(const Topology &whole, const QSet<QString> &ids)
{
    Topology part;
    part.name = whole.name;
    part.domain = whole.domain;
    part.extra = whole.extra;
    for (Node node : whole.nodes()) {
        if (!ids.contains(node.id))
            continue;
        if (!ids.contains(node.host))
            node.host.clear();
        part.addNode(node);
    }
    for (const Link &link : whole.links()) {
        if (ids.contains(link.from) && ids.contains(link.to))
            part.addLink(link);
    }
    return part;
}

bool isChosen(const QGraphicsItem *item, const QSet<QString> &ids)
{
    // Decorations a feature adds to a node (a token, a badge) come with it.
    for (const QGraphicsItem *top = item; top; top = top->parentItem()) {
        if (const auto *node = dynamic_cast<const TopologyNodeItem *>(top))
            return ids.contains(node->id());
        if (top->type() == LinkItem::Type) {
            const auto *link = static_cast<const LinkItem *>(top);
            return ids.contains(link->fromItem()->id()) && ids.contains(link->toItem()->id());
        }
    }
    return false;
}

} // namespace

ExportContent ExportContent::of(TopologyScene *scene, bool selectionOnly)
{
    ExportContent content;
    const QSet<QString> ids = selectionOnly ? chosenNodeIds(scene) : QSet<QString>();
    if (selectionOnly)
        content.m_topology = partOf(scene->model()->topology(), ids);
    else
        content.m_topology = scene->model()->topology();
    QRectF covered;
    for (QGraphicsItem *item : scene->items(Qt::AscendingOrder)) {
        if (!item->isVisible() || (selectionOnly && !isChosen(item, ids)))
            continue;
        content.m_items.append(item);
        covered |= item->sceneBoundingRect();
    }
    content.m_bounds = covered.toAlignedRect();
    return content;
}

void ExportContent::paint(QPainter *painter) const
{
    QStyleOptionGraphicsItem option;
    option.state = QStyle::State_Enabled; // no selection or focus marks in a picture
    for (QGraphicsItem *item : m_items) {
        painter->save();
        painter->setTransform(item->sceneTransform(), true);
        painter->setOpacity(item->effectiveOpacity());
        option.rect = item->boundingRect().toAlignedRect();
        option.exposedRect = item->boundingRect();
        item->paint(painter, &option, nullptr);
        painter->restore();
    }
}

} // namespace infralab
