#include "PacketToken.h"

#include "CanvasStyle.h"
#include "TopologyScene.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace infralab {

namespace {

constexpr qreal kShadowOffset = 1.5;
constexpr qreal kPulsePenWidth = 3;

// A padlock drawn in the unit of the badge's radius `r`, centred on the
// origin; `open` lifts the shackle out of the body on one side.
void paintLock(QPainter *painter, qreal r, bool open)
{
    const QRectF body(-0.40 * r, -0.08 * r, 0.80 * r, 0.60 * r);
    const qreal legX = 0.25 * r;
    const qreal lift = open ? 0.20 * r : 0;
    const qreal shackleTop = -0.60 * r - lift;
    QPainterPath shackle;
    shackle.moveTo(-legX, body.top() - (open ? lift : 0));
    shackle.lineTo(-legX, shackleTop + legX);
    shackle.arcTo(QRectF(-legX, shackleTop, 2 * legX, 2 * legX), 180, -180);
    // The right leg reaches into the body when closed, stops short when open.
    shackle.lineTo(legX, open ? shackleTop + legX + 0.08 * r : body.top());
    painter->setPen(QPen(Qt::white, 0.16 * r, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(shackle);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(body, 0.12 * r, 0.12 * r);
}

} // namespace

PacketToken::PacketToken(Look look, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_look(look)
{
    setZValue(10);   // above every node and link
    // The same size on screen at every zoom: a packet must stay easy to spot
    // on a fitted design, and not swell into a ball when zoomed in.
    setFlag(ItemIgnoresTransformations);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void PacketToken::setLook(Look look)
{
    if (look == m_look)
        return;
    m_look = look;
    update();
}

void PacketToken::setPulse(qreal pulse)
{
    pulse = std::clamp(pulse, 0.0, 1.0);
    if (pulse == m_pulse)
        return;
    m_pulse = pulse;
    update();
}

QRectF PacketToken::boundingRect() const
{
    // Fixed, so a spreading ring never needs prepareGeometryChange().
    const qreal extent = kPulseRadius + kPulsePenWidth;
    return {-extent, -extent, 2 * extent, 2 * extent};
}

QColor PacketToken::colour(Look look, const CanvasStyle &style)
{
    switch (look) {
    case Look::Encrypted:
        return style.tokenEncrypted;
    case Look::Plaintext:
        return style.tokenPlaintext;
    case Look::Blocked:
        return style.tokenBlocked;
    }
    return style.tokenPlaintext;
}

void PacketToken::paintBadge(QPainter *painter, const QPointF &centre, qreal radius, Look look,
                             const CanvasStyle &style)
{
    const QColor fill = colour(look, style);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(centre);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 60));
    painter->drawEllipse(QPointF(0, kShadowOffset * radius / kRadius), radius, radius);
    painter->setBrush(fill);
    painter->setPen(QPen(Qt::white, std::max(1.0, 0.15 * radius)));
    painter->drawEllipse(QPointF(), radius - 0.5, radius - 0.5);
    if (look == Look::Blocked) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(Qt::white);
        const qreal w = 0.55 * radius;
        const qreal h = 0.16 * radius;
        painter->drawRoundedRect(QRectF(-w, -h, 2 * w, 2 * h), h / 2, h / 2);
    } else {
        paintLock(painter, radius, look == Look::Plaintext);
    }
    painter->restore();
}

void PacketToken::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const TopologyScene *canvas = qobject_cast<TopologyScene *>(scene());
    if (!canvas)
        return;
    const CanvasStyle &style = canvas->style();
    if (m_pulse > 0) {
        QColor ring = colour(m_look, style);
        ring.setAlphaF(float(0.7 * (1.0 - m_pulse)));
        const qreal radius = kRadius + m_pulse * (kPulseRadius - kRadius);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(ring, kPulsePenWidth));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(), radius, radius);
    }
    paintBadge(painter, QPointF(), kRadius, m_look, style);
}

} // namespace infralab
