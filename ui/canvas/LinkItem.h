#pragma once

#include <QGraphicsItem>
#include <QLineF>
#include <QPolygonF>

namespace infralab {

class TopologyNodeItem;

// A cable between two nodes: a straight line from one node's anchor to the
// other's, clipped at the edges of both ends' boxes (TopologyNodeItem::
// linkAnchor() and linkEndRect()) so it never runs under an icon or a label.
// A reporting link from inside a server frame to a service outside it leaves
// the frame sideways and runs up the corridor beside it, so that the agents
// of stacked servers never draw across the other servers.
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    static constexpr qreal kPenWidth = 2.0;
    static constexpr qreal kEmphasisedPenWidth = 3.5;

    // `reporting` draws a monitoring path (dashed, lighter) rather than a
    // request path.
    LinkItem(TopologyNodeItem *from, TopologyNodeItem *to, bool reporting);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    TopologyNodeItem *fromItem() const { return m_from; }
    TopologyNodeItem *toItem() const { return m_to; }
    bool isReporting() const { return m_reporting; }
    // The two ends; route() has the corners in between, if any.
    QLineF line() const { return QLineF(m_route.first(), m_route.last()); }
    const QPolygonF &route() const { return m_route; }

    // A link that makes no sense between these kinds (implausibleLinkReason())
    // is drawn dashed in red with a warning sign, and says why in its tooltip.
    // Empty for a sensible link.
    void setImplausibleReason(const QString &reason);
    QString implausibleReason() const { return m_implausibleReason; }
    bool isImplausible() const { return !m_implausibleReason.isEmpty(); }

    // Follows the ends' current boxes.
    void adjust();

    // Drawn thicker in the highlight colour: the walkthrough's hop runs here.
    void setEmphasised(bool emphasised);
    bool isEmphasised() const { return m_emphasised; }
    // Faded: the walkthrough's step does not use this link.
    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }

    // Where the ray from `origin` (inside `box`) towards `target` leaves the
    // box; `target` itself when it lies inside.
    static QPointF exitPoint(const QRectF &box, const QPointF &origin, const QPointF &target);

private:
    TopologyNodeItem *m_from;
    TopologyNodeItem *m_to;
    bool m_reporting;
    bool m_emphasised = false;
    bool m_dimmed = false;
    QPolygonF routeAroundFrame(const QRectF &frame, const TopologyNodeItem *inside,
                               const TopologyNodeItem *outside) const;
    QRectF hostFrameRect(const TopologyNodeItem *item) const;
    // Half-way along the route: where the warning sign sits.
    QPointF midpoint() const;
    void paintWarning(QPainter *painter, const QColor &colour) const;

    QString m_implausibleReason;

    QPolygonF m_route{QPointF(), QPointF()};   // scene coordinates; the item stays at the origin
};

} // namespace infralab
