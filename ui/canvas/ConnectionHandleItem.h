#pragma once

#include <QGraphicsItem>
#include <QString>

namespace infralab {

class TopologyNodeItem;

// The small circle on the right edge of the node under the mouse: drag from
// it to another node to draw a link. It names its node by id, so a node
// deleted under it never leaves it pointing at a dead item.
class ConnectionHandleItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 10 };
    static constexpr qreal kRadius = 6;

    ConnectionHandleItem();

    // Sits on `node`'s edge, or hides when `node` is null.
    void attachTo(const TopologyNodeItem *node);
    QString nodeId() const { return m_nodeId; }
    // Scene coordinates; a little larger than the circle, for a quick hand.
    bool grabs(QPointF scenePos) const;

    // Where a link leaving `node` starts, in scene coordinates.
    static QPointF spotOn(const TopologyNodeItem *node);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_nodeId;
};

} // namespace infralab
