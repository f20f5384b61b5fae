#pragma once

#include "NodeLiveState.h"

#include <QGraphicsObject>

namespace infralab {

// The live state of one node drawn over its item (as a child, so it moves,
// fades and goes away with it): a small load bar in green, amber or red, a
// red wash and a "down" mark when the node is down, and on a firewall a
// badge counting the packets it dropped in the last second. Components show
// the bar over their icon; server frames in their title bar.
class NodeLiveStateItem : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = UserType + 20 };
    // Load from here is amber, and from kHighLoad red.
    static constexpr int kBusyLoad = 60;
    static constexpr int kHighLoad = 85;

    explicit NodeLiveStateItem(QGraphicsItem *node);

    // Repaints only when `state` differs from what is shown.
    void setState(const NodeLiveState &state);
    const NodeLiveState &state() const { return m_state; }
    // The node's box changed size (a server frame resized).
    void followNode();

    // The bar's colour for a load, in the scene's palette.
    QColor loadColour(int cpu) const;
    QString describe() const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // In item coordinates, for tests and hit checks.
    QRectF loadBarRect() const;
    QRectF dropBadgeRect() const;
    // What a change of load repaints.
    QRectF loadRegion() const;
    QRectF downMarkRect() const;

private:
    bool isFrame() const;
    void paintLoadBar(QPainter *painter) const;
    void paintDown(QPainter *painter) const;
    void paintDrops(QPainter *painter) const;

    NodeLiveState m_state;
    QRectF m_box;   // the node's boundingRect when last followed
};

} // namespace infralab
