#include "NodeLiveStateItem.h"

#include "canvas/NodeItem.h"
#include "canvas/ServerFrameItem.h"
#include "canvas/TopologyScene.h"

#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

constexpr qreal kBarThickness = 6;
constexpr qreal kComponentBarLength = 44;
constexpr qreal kComponentBarGap = 5;     // clear of the icon's plate in dark palettes
constexpr qreal kFrameBarLength = 46;
constexpr qreal kFrameMargin = 10;
constexpr qreal kPercentWidth = 40;   // "100%" in the detail font
constexpr qreal kPillHeight = 17;
constexpr qreal kPillPadding = 6;

const CanvasStyle &styleOf(const QGraphicsItem *item)
{
    static const CanvasStyle fallback = CanvasStyle::from(QPalette(), QFont());
    const TopologyScene *scene = TopologyScene::of(item);
    return scene ? scene->style() : fallback;
}

QFont pillFont(const CanvasStyle &style)
{
    QFont font = style.detailFont;
    font.setPixelSize(11);
    font.setBold(true);
    return font;
}

void paintPill(QPainter *painter, const QRectF &rect, const QColor &fill, const QString &text, const QFont &font)
{
    painter->setPen(QPen(fill.darker(125), 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, text);
}

} // namespace

NodeLiveStateItem::NodeLiveStateItem(QGraphicsItem *node)
    : QGraphicsObject(node)
{
    setAcceptedMouseButtons(Qt::NoButton);   // the node underneath takes every click
    followNode();
}

bool NodeLiveStateItem::isFrame() const
{
    return parentItem() && parentItem()->type() == ServerFrameItem::Type;
}

void NodeLiveStateItem::followNode()
{
    const QRectF box = parentItem() ? parentItem()->boundingRect() : QRectF();
    if (box == m_box)
        return;
    prepareGeometryChange();
    m_box = box;
}

void NodeLiveStateItem::setState(const NodeLiveState &state)
{
    followNode();
    if (state == m_state)
        return;
    const NodeLiveState before = m_state;
    const QRectF oldBounds = boundingRect();
    const QRectF oldBadge = dropBadgeRect();
    m_state = state;
    setToolTip(describe());
    const bool lookChanged = state.down != before.down || state.failedItself != before.failedItself
        || state.hasLoad != before.hasLoad || state.countsDrops != before.countsDrops;
    if (lookChanged || boundingRect() != oldBounds) {
        m_state = before;
        prepareGeometryChange();
        m_state = state;
        update();
        return;
    }
    // A new second usually moves a bar and a count: repaint those, not the
    // whole node (the scene then repaints only what they cover).
    if (state.cpu != before.cpu)
        update(loadRegion());
    if (state.drops != before.drops)
        update(oldBadge.united(dropBadgeRect()));
}

QColor NodeLiveStateItem::loadColour(int cpu) const
{
    const CanvasStyle &style = styleOf(this);
    if (cpu >= kHighLoad)
        return style.tokenBlocked;
    if (cpu >= kBusyLoad)
        return style.tokenPlaintext;
    return style.tokenEncrypted;
}

QString NodeLiveStateItem::describe() const
{
    QStringList lines;
    const QLocale locale;
    if (m_state.down)
        lines << (m_state.failedItself ? tr("Down: you failed it (right-click, Recover)") : tr("Down: its server is down"));
    if (m_state.hasLoad)
        lines << tr("CPU: %1% of its machine in the last simulated second").arg(m_state.cpu);
    if (m_state.countsDrops) {
        lines << tr("Dropped %1 packets in the last simulated second, %2 since the start")
                     .arg(locale.toString(m_state.drops), locale.toString(m_state.totalDrops));
    }
    return lines.join(u'\n');
}

QRectF NodeLiveStateItem::loadBarRect() const
{
    if (isFrame()) {
        return {m_box.right() - kFrameMargin - kFrameBarLength,
                (ServerFrameItem::kTitleHeight - kBarThickness) / 2, kFrameBarLength, kBarThickness};
    }
    // Over the icon like a health bar: links arrive at the icon's sides.
    const QRectF icon = NodeItem::iconRect();
    return {icon.center().x() - kComponentBarLength / 2, icon.top() - kComponentBarGap - kBarThickness,
            kComponentBarLength, kBarThickness};
}

QRectF NodeLiveStateItem::loadRegion() const
{
    const QRectF bar = loadBarRect().adjusted(-1, -1, 1, 1);
    // A frame writes the percentage left of its bar.
    return isFrame() ? QRectF(bar.left() - kPercentWidth - 4, 0, bar.width() + kPercentWidth + 4,
                              ServerFrameItem::kTitleHeight)
                     : bar;
}

QRectF NodeLiveStateItem::downMarkRect() const
{
    const QFontMetricsF metrics(pillFont(styleOf(this)));
    const qreal width = metrics.horizontalAdvance(tr("DOWN")) + 2 * kPillPadding;
    if (isFrame()) {
        return {m_box.right() - kFrameMargin - width, (ServerFrameItem::kTitleHeight - kPillHeight) / 2, width,
                kPillHeight};
    }
    const QRectF icon = NodeItem::iconRect();
    return {icon.center().x() - width / 2, icon.bottom() - kPillHeight + 2, width, kPillHeight};
}

QRectF NodeLiveStateItem::dropBadgeRect() const
{
    const QFontMetricsF metrics(pillFont(styleOf(this)));
    const QString text = tr("%1/s").arg(QLocale().toString(m_state.drops));
    const qreal width = std::max(kPillHeight, metrics.horizontalAdvance(text) + 2 * kPillPadding);
    const QRectF icon = NodeItem::iconRect();
    return {icon.right() - 2, icon.top() - 2, width, kPillHeight};
}

QRectF NodeLiveStateItem::boundingRect() const
{
    QRectF rect = m_box;
    if (m_state.hasLoad)
        rect = rect.united(loadBarRect());
    if (m_state.countsDrops)
        rect = rect.united(dropBadgeRect());
    return rect.adjusted(-1, -1, 1, 1);
}

QPainterPath NodeLiveStateItem::shape() const
{
    // Only what is drawn on top answers the pointer: the node's own tooltip
    // and clicks stay everywhere else.
    QPainterPath path;
    if (m_state.down && m_state.failedItself) {
        path.addRect(downMarkRect());
        return path;
    }
    if (m_state.down)
        return path;
    if (m_state.hasLoad)
        path.addRect(loadBarRect().adjusted(-3, -3, 3, 3));
    if (m_state.countsDrops)
        path.addRect(dropBadgeRect());
    return path;
}

void NodeLiveStateItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    // A down node has nothing to count: the mark says it all. A component
    // down with its server says nothing: the server's frame does.
    if (m_state.down) {
        if (m_state.failedItself)
            paintDown(painter);
        return;
    }
    if (m_state.hasLoad)
        paintLoadBar(painter);
    if (m_state.countsDrops)
        paintDrops(painter);
}

void NodeLiveStateItem::paintLoadBar(QPainter *painter) const
{
    const CanvasStyle &style = styleOf(this);
    const QRectF track = loadBarRect();
    QColor trackColour = style.secondaryText;
    trackColour.setAlphaF(0.25);
    painter->setPen(Qt::NoPen);
    painter->setBrush(trackColour);
    const qreal radius = kBarThickness / 2;
    painter->drawRoundedRect(track, radius, radius);
    const qreal share = std::clamp(m_state.cpu, 0, 100) / 100.0;
    if (share > 0) {
        QRectF fill = track;
        fill.setWidth(std::max(kBarThickness, track.width() * share));
        painter->setBrush(loadColour(m_state.cpu));
        painter->drawRoundedRect(fill, radius, radius);
    }
    if (isFrame()) {
        const qreal zoom = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
        if (!CanvasStyle::readable(style.detailFont, zoom))
            return;
        painter->setFont(style.detailFont);
        painter->setPen(style.secondaryText);
        const QRectF text(track.left() - kPercentWidth - 4, 0, kPercentWidth, ServerFrameItem::kTitleHeight);
        painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, tr("%1%").arg(m_state.cpu));
    }
}

void NodeLiveStateItem::paintDown(QPainter *painter) const
{
    const CanvasStyle &style = styleOf(this);
    QColor wash = style.tokenBlocked;
    wash.setAlphaF(isFrame() ? 0.10 : 0.16);
    painter->setPen(Qt::NoPen);
    painter->setBrush(wash);
    const qreal radius = isFrame() ? ServerFrameItem::kCornerRadius : 8;
    painter->drawRoundedRect(m_box.adjusted(1, 1, -1, -1), radius, radius);
    QColor edge = style.tokenBlocked;
    edge.setAlphaF(0.7);
    painter->setPen(QPen(edge, 1.5, isFrame() ? Qt::SolidLine : Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(m_box.adjusted(1.5, 1.5, -1.5, -1.5), radius, radius);
    paintPill(painter, downMarkRect(), style.tokenBlocked, tr("DOWN"), pillFont(style));
}

void NodeLiveStateItem::paintDrops(QPainter *painter) const
{
    const CanvasStyle &style = styleOf(this);
    const QColor fill = m_state.drops > 0 ? style.tokenBlocked : style.secondaryText;
    paintPill(painter, dropBadgeRect(), fill, tr("%1/s").arg(QLocale().toString(m_state.drops)), pillFont(style));
}

} // namespace infralab
