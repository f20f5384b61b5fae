#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QString>

class QPainter;

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

    // Drawn with a ring, e.g. because the selected finding names this node.
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }

    // Faded into the background, e.g. because the walkthrough's step does
    // not involve this node.
    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }

    // Where links end, in scene coordinates: they aim at the anchor and stop
    // at the edge of the rect. The whole box and its centre by default.
    virtual QRectF linkEndRect() const { return sceneBoundingRect(); }
    virtual QPointF linkAnchor() const { return linkEndRect().center(); }

protected:
    // The highlight ring along the inside of `box` (item coordinates), so it
    // stays within boundingRect(); nothing when not highlighted.
    void paintHighlight(QPainter *painter, const QRectF &box, qreal radius) const;

    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QString m_id;
    QList<LinkItem *> m_links;   // owned by the scene, removed before this item
    bool m_highlighted = false;
    bool m_dimmed = false;
};

} // namespace infralab
