#include "ConnectionHandleItem.h"

#include "CanvasStyle.h"
#include "ServerFrameItem.h"
#include "TopologyNodeItem.h"
#include "TopologyScene.h"

#include <QPainter>

namespace infralab {

namespace {

constexpr qreal kGrabRadius = ConnectionHandleItem::kRadius + 4;

} // namespace

ConnectionHandleItem::ConnectionHandleItem()
{
    setZValue(20);   // above everything it sits on
    setAcceptedMouseButtons(Qt::NoButton);   // the editor handles the drag
    hide();
}

QPointF ConnectionHandleItem::spotOn(const TopologyNodeItem *node)
{
    const QRectF box = node->linkEndRect();
    if (node->type() == ServerFrameItem::Type)
        return {box.right(), box.top() + ServerFrameItem::kTitleHeight / 2};
    return {box.right(), node->linkAnchor().y()};
}

void ConnectionHandleItem::attachTo(const TopologyNodeItem *node)
{
    if (!node) {
        m_nodeId.clear();
        hide();
        return;
    }
    m_nodeId = node->id();
    setPos(spotOn(node));
    show();
}

bool ConnectionHandleItem::grabs(QPointF scenePos) const
{
    return isVisible() && QLineF(scenePos, pos()).length() <= kGrabRadius;
}

QRectF ConnectionHandleItem::boundingRect() const
{
    const qreal r = kRadius + 1;
    return {-r, -r, 2 * r, 2 * r};
}

void ConnectionHandleItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const TopologyScene *canvas = TopologyScene::of(this);
    if (!canvas)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(canvas->style().background, 1.5));
    painter->setBrush(canvas->style().selection);
    painter->drawEllipse(QPointF(0, 0), kRadius, kRadius);
    // A plus sign: "a link starts here".
    painter->setPen(QPen(canvas->style().background, 1.5, Qt::SolidLine, Qt::RoundCap));
    const qreal arm = kRadius * 0.5;
    painter->drawLine(QPointF(-arm, 0), QPointF(arm, 0));
    painter->drawLine(QPointF(0, -arm), QPointF(0, arm));
}

} // namespace infralab
