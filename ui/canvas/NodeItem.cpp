#include "NodeItem.h"

#include "CanvasStyle.h"
#include "IconCache.h"
#include "TopologyScene.h"

#include "model/Properties.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

constexpr qreal kIconTop = 4;
constexpr qreal kTextTop = kIconTop + NodeItem::kIconSize + 4;
constexpr qreal kTextSidePadding = 1;
constexpr qreal kTextWidth = NodeItem::kWidth - 2 * kTextSidePadding;
constexpr qreal kPlatePadding = 2;
constexpr qreal kPlateRadius = 12;

} // namespace

NodeItem::NodeItem(const Node &node)
    : TopologyNodeItem(node.id)
{
    setZValue(2);   // above links and server frames
    setFlag(ItemIsSelectable);
    setNode(node);
}

void NodeItem::setNode(const Node &node)
{
    m_kind = node.kind;
    m_label = node.label;
    m_ip = nodeIp(node);
    m_layout.reset();
    setToolTip(u"%1 \u2014 %2"_s.arg(node.label, kindTooltip(node.kind)));
    setPos(node.pos);
    adjustLinks();   // the text, and so the link ends, may have changed
    update();
}

QRectF NodeItem::iconRect()
{
    return {(kWidth - kIconSize) / 2, kIconTop, kIconSize, kIconSize};
}

QRectF NodeItem::boundingRect() const
{
    return {0, 0, kWidth, kHeight};
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRect(boundingRect());
    return path;
}

QRectF NodeItem::linkEndRect() const
{
    if (!TopologyScene::of(this))
        return sceneBoundingRect();
    const qreal g = kLinkGap;
    return mapRectToScene(layout().content.adjusted(-g, -g, g, g));
}

QPointF NodeItem::linkAnchor() const
{
    return mapToScene(iconRect().center());
}

const NodeItem::Layout &NodeItem::layout() const
{
    if (m_layout)
        return *m_layout;
    const TopologyScene *canvas = TopologyScene::of(this);
    Q_ASSERT(canvas);
    const CanvasStyle &style = canvas->style();

    Layout layout;
    layout.label = NodeLabel::layout(m_label, kTextWidth, m_ip.isEmpty(), style);
    const QFontMetricsF labelMetrics(layout.label.font);
    qreal textWidth = 0;
    qreal textHeight = 0;
    for (const QString &line : std::as_const(layout.label.lines)) {
        textWidth = std::max(textWidth, labelMetrics.horizontalAdvance(line));
        textHeight += labelMetrics.height();
    }
    if (!m_ip.isEmpty()) {
        const QFontMetricsF detailMetrics(style.detailFont);
        layout.ip = detailMetrics.elidedText(m_ip, Qt::ElideRight, kTextWidth);
        textWidth = std::max(textWidth, detailMetrics.horizontalAdvance(layout.ip));
        textHeight += detailMetrics.height();
    }
    textWidth = std::min(textWidth, kTextWidth);
    const QRectF text((kWidth - textWidth) / 2, kTextTop, textWidth, textHeight);
    layout.content = iconRect().united(text).intersected(boundingRect());
    m_layout = layout;
    return *m_layout;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    TopologyScene *canvas = TopologyScene::of(this);
    if (!canvas)
        return;
    const CanvasStyle &style = canvas->style();
    const qreal zoom = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());

    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->setRenderHint(QPainter::Antialiasing);
    if (option->state & QStyle::State_Selected) {
        painter->setPen(QPen(style.selection, 1.5));
        painter->setBrush(style.selectionFill);
        painter->drawRoundedRect(boundingRect().adjusted(0.75, 0.75, -0.75, -0.75), kPlateRadius, kPlateRadius);
    }
    if (style.iconPlate.alpha() > 0) {
        const QRectF plate = iconRect().adjusted(-kPlatePadding, -kPlatePadding, kPlatePadding, kPlatePadding);
        painter->setPen(Qt::NoPen);
        painter->setBrush(style.iconPlate);
        painter->drawRoundedRect(plate, kPlateRadius, kPlateRadius);
    }
    canvas->icons().paint(painter, QString::fromLatin1(kindInfo(m_kind).iconName), iconRect());

    paintHighlight(painter, boundingRect(), kPlateRadius);
    if (!CanvasStyle::readable(style.smallLabelFont, zoom))
        return;
    const Layout &text = layout();
    const QFontMetricsF labelMetrics(text.label.font);
    qreal y = kTextTop;
    painter->setFont(text.label.font);
    painter->setPen(style.text);
    for (const QString &line : text.label.lines) {
        painter->drawText(QRectF(kTextSidePadding, y, kTextWidth, labelMetrics.height()),
                          Qt::AlignHCenter | Qt::AlignTop, line);
        y += labelMetrics.height();
    }
    if (!text.ip.isEmpty()) {
        painter->setFont(style.detailFont);
        painter->setPen(style.secondaryText);
        painter->drawText(QRectF(kTextSidePadding, y, kTextWidth, QFontMetricsF(style.detailFont).height()),
                          Qt::AlignHCenter | Qt::AlignTop, text.ip);
    }
}

} // namespace infralab
