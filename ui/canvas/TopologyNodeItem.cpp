#include "TopologyNodeItem.h"

#include "LinkItem.h"
#include "TopologyScene.h"

#include <QPainter>

namespace infralab {

TopologyNodeItem::TopologyNodeItem(const QString &id)
    : m_id(id)
{
    setFlag(ItemSendsScenePositionChanges);
}

void TopologyNodeItem::addLink(LinkItem *link)
{
    if (!m_links.contains(link))
        m_links.append(link);
}

void TopologyNodeItem::removeLink(LinkItem *link)
{
    m_links.removeAll(link);
}

void TopologyNodeItem::adjustLinks()
{
    for (LinkItem *link : std::as_const(m_links))
        link->adjust();
}

void TopologyNodeItem::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

void TopologyNodeItem::setDimmed(bool dimmed)
{
    if (dimmed == m_dimmed)
        return;
    m_dimmed = dimmed;
    setOpacity(dimmed ? CanvasStyle::kDimmedOpacity : 1.0);
}

void TopologyNodeItem::paintHighlight(QPainter *painter, const QRectF &box, qreal radius) const
{
    const TopologyScene *canvas = TopologyScene::of(this);
    if (!m_highlighted || !canvas)
        return;
    constexpr qreal kRingWidth = 3;
    const qreal inset = kRingWidth / 2;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(canvas->style().highlight, kRingWidth));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(box.adjusted(inset, inset, -inset, -inset), radius, radius);
    painter->restore();
}

QVariant TopologyNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemScenePositionHasChanged)
        adjustLinks();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace infralab
