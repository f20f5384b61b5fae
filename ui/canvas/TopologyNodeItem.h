#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QString>

namespace infralab {

class LinkItem;

// What a component and a server frame share: the node id they draw, and the
// links that must follow them when they move or change size.
class TopologyNodeItem : public QGraphicsItem
{
public:
    explicit TopologyNodeItem(const QString &id);

    QString id() const { return m_id; }

    void addLink(LinkItem *link);
    void removeLink(LinkItem *link);
    const QList<LinkItem *> &links() const { return m_links; }
    // Re-routes every attached link; call after a change of geometry.
    void adjustLinks();

    // Where links end, in scene coordinates: they aim at the anchor and stop
    // at the edge of the rect. The whole box and its centre by default.
    virtual QRectF linkEndRect() const { return sceneBoundingRect(); }
    virtual QPointF linkAnchor() const { return linkEndRect().center(); }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QString m_id;
    QList<LinkItem *> m_links;   // owned by the scene, removed before this item
};

} // namespace infralab
