#include "TopologyNodeItem.h"

#include "LinkItem.h"

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

QVariant TopologyNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemScenePositionHasChanged)
        adjustLinks();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace infralab
