#include "ServerFrameItem.h"

#include "CanvasStyle.h"
#include "IconCache.h"
#include "TopologyScene.h"

#include "model/Properties.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

constexpr QSizeF kEmptyFrameSize(200, 120);
constexpr qreal kTitleIconSize = 18;
constexpr qreal kTitleInset = 10;

} // namespace

ServerFrameItem::ServerFrameItem(const QString &id)
    : TopologyNodeItem(id)
{
    setZValue(0);   // behind links and the components it hosts
    setFlag(ItemIsSelectable);
}

QRectF ServerFrameItem::resizeGripRect() const
{
    const QRectF frame = sceneBoundingRect();
    return {frame.bottomRight() - QPointF(kGripSize, kGripSize), QSizeF(kGripSize, kGripSize)};
}

void ServerFrameItem::setDropTarget(bool target)
{
    if (target == m_dropTarget)
        return;
    m_dropTarget = target;
    update();
}

void ServerFrameItem::previewSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
    adjustLinks();
}

QRectF ServerFrameItem::frameFor(const Node &server, const QList<QRectF> &hostedBoxes)
{
    if (!server.size.isEmpty())
        return {server.pos, server.size};
    if (hostedBoxes.isEmpty())
        return {server.pos, kEmptyFrameSize};
    QRectF united;
    for (const QRectF &box : hostedBoxes)
        united |= box;
    return united.adjusted(-kPadding, -kTopPadding, kPadding, kPadding);
}

void ServerFrameItem::setServer(const Node &server, const QRectF &frame)
{
    const QString ip = nodeIp(server);
    m_title = ip.isEmpty() ? server.label : u"%1 \u00b7 %2"_s.arg(server.label, ip);
    setToolTip(u"%1 \u2014 %2"_s.arg(m_title, kindTooltip(NodeKind::Server)));
    if (frame.size() != m_size) {
        prepareGeometryChange();
        m_size = frame.size();
    }
    setPos(frame.topLeft());
    adjustLinks();   // a new size moves the edges links are clipped at
    update();
}

QRectF ServerFrameItem::boundingRect() const
{
    return {QPointF(0, 0), m_size};
}

QPainterPath ServerFrameItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(boundingRect(), kCornerRadius, kCornerRadius);
    return path;
}

void ServerFrameItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    TopologyScene *canvas = TopologyScene::of(this);
    if (!canvas)
        return;
    const CanvasStyle &style = canvas->style();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);

    // Inset by half the border so the stroke stays inside boundingRect().
    const qreal inset = kBorderWidth / 2;
    const QRectF frame = boundingRect().adjusted(inset, inset, -inset, -inset);
    QPainterPath outline;
    outline.addRoundedRect(frame, kCornerRadius, kCornerRadius);
    painter->fillPath(outline, style.frameFill);

    painter->save();
    painter->setClipPath(outline);
    const QRectF titleBar(frame.left(), frame.top(), frame.width(), kTitleHeight);
    painter->fillRect(titleBar, style.frameTitleFill);
    painter->setPen(QPen(style.frameBorder, kBorderWidth * 0.6));
    painter->drawLine(titleBar.bottomLeft(), titleBar.bottomRight());
    painter->restore();

    if (m_dropTarget)
        painter->fillPath(outline, style.selectionFill);
    const bool selected = (option->state & QStyle::State_Selected) || m_dropTarget;
    painter->setPen(QPen(selected ? style.selection : style.frameBorder, selected ? kBorderWidth * 2 : kBorderWidth));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(outline);
    if (option->state & QStyle::State_Selected) {
        // Three short diagonals in the corner, as on a window's size grip.
        painter->setPen(QPen(style.selection, 1.5, Qt::SolidLine, Qt::RoundCap));
        const QPointF corner = frame.bottomRight() - QPointF(4, 4);
        for (const qreal d : {4.0, 8.0, 12.0})
            painter->drawLine(corner - QPointF(d, 0), corner - QPointF(0, d));
    }

    const QRectF iconRect(titleBar.left() + kTitleInset, titleBar.center().y() - kTitleIconSize / 2,
                          kTitleIconSize, kTitleIconSize);
    canvas->icons().paint(painter, QString::fromLatin1(kindInfo(NodeKind::Server).iconName), iconRect);
    const qreal zoom = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());

    paintHighlight(painter, boundingRect(), kCornerRadius);
    if (!CanvasStyle::readable(style.frameTitleFont, zoom))
        return;
    const QRectF textRect(iconRect.right() + 8, titleBar.top(), titleBar.right() - iconRect.right() - 8 - kTitleInset,
                          kTitleHeight);
    painter->setFont(style.frameTitleFont);
    painter->setPen(style.text);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(style.frameTitleFont).elidedText(m_title, Qt::ElideRight, textRect.width()));
}

} // namespace infralab
