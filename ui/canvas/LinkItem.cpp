#include "LinkItem.h"

#include "CanvasStyle.h"
#include "TopologyNodeItem.h"
#include "TopologyScene.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace infralab {

namespace {

// Wider than the pen so a thin line is easy to point at.
constexpr qreal kHitWidth = 8.0;
// How far outside a frame a routed reporting link runs.
constexpr qreal kCorridor = 18.0;
constexpr qreal kWarningRadius = 8.0;

} // namespace

LinkItem::LinkItem(TopologyNodeItem *from, TopologyNodeItem *to, bool reporting)
    : m_from(from)
    , m_to(to)
    , m_reporting(reporting)
{
    setZValue(1);   // above server frames, below the components it joins
    setFlag(ItemIsSelectable);
    adjust();
}

void LinkItem::setImplausibleReason(const QString &reason)
{
    if (reason == m_implausibleReason)
        return;
    prepareGeometryChange();   // the warning sign widens the bounds
    m_implausibleReason = reason;
    setToolTip(reason);
}

QPointF LinkItem::midpoint() const
{
    qreal length = 0;
    for (qsizetype i = 1; i < m_route.size(); ++i)
        length += QLineF(m_route[i - 1], m_route[i]).length();
    qreal remaining = length / 2;
    for (qsizetype i = 1; i < m_route.size(); ++i) {
        const QLineF segment(m_route[i - 1], m_route[i]);
        if (remaining <= segment.length() && segment.length() > 0)
            return segment.pointAt(remaining / segment.length());
        remaining -= segment.length();
    }
    return m_route.first();
}

QPointF LinkItem::exitPoint(const QRectF &box, const QPointF &origin, const QPointF &target)
{
    // The smallest t in (0, 1] at which origin + t * d crosses a side.
    const QPointF d = target - origin;
    qreal t = 1.0;
    if (d.x() > 0)
        t = std::min(t, (box.right() - origin.x()) / d.x());
    else if (d.x() < 0)
        t = std::min(t, (box.left() - origin.x()) / d.x());
    if (d.y() > 0)
        t = std::min(t, (box.bottom() - origin.y()) / d.y());
    else if (d.y() < 0)
        t = std::min(t, (box.top() - origin.y()) / d.y());
    return origin + d * std::max(t, 0.0);
}

QRectF LinkItem::hostFrameRect(const TopologyNodeItem *item) const
{
    const TopologyScene *canvas = TopologyScene::of(this);
    if (!canvas || !canvas->model())
        return {};
    const Node *node = canvas->model()->topology().node(item->id());
    const TopologyNodeItem *frame = node && !node->host.isEmpty() ? canvas->nodeItem(node->host) : nullptr;
    return frame ? frame->sceneBoundingRect() : QRectF();
}

QPolygonF LinkItem::routeAroundFrame(const QRectF &frame, const TopologyNodeItem *inside,
                                     const TopologyNodeItem *outside) const
{
    const QPointF start = inside->linkAnchor();
    const QPointF end = outside->linkAnchor();
    const bool left = end.x() <= frame.center().x();
    const qreal corridorX = left ? frame.left() - kCorridor : frame.right() + kCorridor;
    const QPointF exit(corridorX, start.y());
    const QPointF turn(corridorX, end.y());
    QPolygonF route{exitPoint(inside->linkEndRect(), start, exit), exit, turn,
                    exitPoint(outside->linkEndRect(), end, turn)};
    if (inside != m_from)
        std::reverse(route.begin(), route.end());
    return route;
}

void LinkItem::adjust()
{
    const QRectF a = m_from->linkEndRect();
    const QRectF b = m_to->linkEndRect();
    const QPointF anchorA = m_from->linkAnchor();
    const QPointF anchorB = m_to->linkAnchor();
    QPolygonF route{exitPoint(a, anchorA, anchorB), exitPoint(b, anchorB, anchorA)};
    // Overlapping boxes leave no visible cable: draw nothing rather than a
    // line running backwards across both.
    if (a.intersects(b))
        route = {anchorA, anchorA};
    if (m_reporting) {
        const QRectF frameA = hostFrameRect(m_from);
        const QRectF frameB = hostFrameRect(m_to);
        if (!frameA.isNull() && frameB.isNull() && !frameA.contains(anchorB))
            route = routeAroundFrame(frameA, m_from, m_to);
        else if (!frameB.isNull() && frameA.isNull() && !frameB.contains(anchorA))
            route = routeAroundFrame(frameB, m_to, m_from);
    }
    if (route == m_route)
        return;
    prepareGeometryChange();
    m_route = route;
}

void LinkItem::setEmphasised(bool emphasised)
{
    if (emphasised == m_emphasised)
        return;
    m_emphasised = emphasised;
    update();
}

void LinkItem::setDimmed(bool dimmed)
{
    if (dimmed == m_dimmed)
        return;
    m_dimmed = dimmed;
    setOpacity(dimmed ? CanvasStyle::kDimmedOpacity : 1.0);
}

QRectF LinkItem::boundingRect() const
{
    const qreal half = kHitWidth / 2;
    QRectF bounds = m_route.boundingRect().adjusted(-half, -half, half, half);
    if (isImplausible()) {
        const qreal r = kWarningRadius + 1;
        bounds |= QRectF(midpoint() - QPointF(r, r), QSizeF(2 * r, 2 * r));
    }
    return bounds;
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path;
    path.addPolygon(m_route);
    QPainterPathStroker stroker;
    stroker.setWidth(kHitWidth);
    stroker.setCapStyle(Qt::FlatCap);
    return stroker.createStroke(path);
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_route.first() == m_route.last())
        return;
    const TopologyScene *canvas = TopologyScene::of(this);
    if (!canvas)
        return;
    const CanvasStyle &style = canvas->style();
    QColor colour = m_reporting ? style.reportingLink : style.link;
    if (isImplausible())
        colour = style.mistake;
    const bool selected = isSelected();
    QPen pen(selected ? style.selection : colour, selected ? kPenWidth * 1.75 : kPenWidth, Qt::SolidLine,
             Qt::RoundCap);
    if (m_emphasised && !selected) {
        pen.setColor(style.hopLink);
        pen.setWidthF(kEmphasisedPenWidth);
    }
    // Dashes are in pen widths: keep them 6 scene units (reporting) or 5
    // (a mistake) whatever the width.
    if (isImplausible())
        pen.setDashPattern({5.0 / pen.widthF(), 4.0 / pen.widthF()});
    else if (m_reporting)
        pen.setDashPattern({6.0 / pen.widthF(), 6.0 / pen.widthF()});
    // Zoomed far out a line is under a pixel wide: a one-pixel cosmetic pen
    // looks the same and skips the stroker (round caps are curves to flatten).
    const qreal zoom = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (pen.widthF() * zoom < 1.0) {
        pen.setWidthF(0);
        pen.setCapStyle(Qt::FlatCap);
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen);
    painter->drawPolyline(m_route);
    if (isImplausible())
        paintWarning(painter, colour);
}

void LinkItem::paintWarning(QPainter *painter, const QColor &colour) const
{
    // A round sign with an exclamation mark, drawn as shapes so it needs no
    // font and stays crisp at every zoom.
    const QPointF centre = midpoint();
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawEllipse(centre, kWarningRadius, kWarningRadius);
    painter->setBrush(Qt::white);
    const qreal w = kWarningRadius * 0.26;
    painter->drawRoundedRect(QRectF(centre.x() - w / 2, centre.y() - kWarningRadius * 0.6, w,
                                    kWarningRadius * 0.75),
                             w / 2, w / 2);
    painter->drawEllipse(QPointF(centre.x(), centre.y() + kWarningRadius * 0.45), w * 0.6, w * 0.6);
}

} // namespace infralab
