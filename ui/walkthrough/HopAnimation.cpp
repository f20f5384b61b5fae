#include "HopAnimation.h"

#include "canvas/PacketRoute.h"
#include "canvas/TopologyNodeItem.h"
#include "canvas/TopologyScene.h"

#include <cmath>

namespace infralab {

HopAnimation::HopAnimation(TopologyScene *scene, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
{
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(1.0);
    connect(&m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &value) { place(value.toReal()); });
}

HopAnimation::~HopAnimation()
{
    setTokenCount(0, PacketToken::Look::Plaintext);
}

QList<QStringList> HopAnimation::journeys(const Step &step)
{
    if (step.isInsideOneNode())
        return {{step.from}};
    QList<QStringList> result{QStringList{step.from} + step.via + QStringList{step.to}};
    for (const QString &sender : step.alsoFrom)
        result.append({sender, step.to});
    return result;
}

void HopAnimation::start(const Step &step, PacketToken::Look look, int durationMs)
{
    m_animation.stop();
    m_step = step;
    setTokenCount(journeys(step).size(), look);
    refreshRoutes();
    // A hop speeds up and slows down like a thing that travels; a pulse
    // keeps an even beat.
    m_animation.setEasingCurve(step.isInsideOneNode() ? QEasingCurve::Linear : QEasingCurve::InOutCubic);
    m_animation.setDuration(std::max(1, durationMs));
    place(0);
    m_animation.start();
}

void HopAnimation::clear()
{
    m_animation.stop();
    m_step.reset();
    m_routes.clear();
    setTokenCount(0, PacketToken::Look::Plaintext);
}

void HopAnimation::setProgress(qreal progress)
{
    m_animation.stop();
    place(std::clamp(progress, 0.0, 1.0));
}

QList<PacketToken *> HopAnimation::tokens() const
{
    QList<PacketToken *> result;
    for (const QPointer<PacketToken> &token : m_tokens) {
        if (token)
            result.append(token);
    }
    return result;
}

void HopAnimation::setTokenCount(qsizetype count, PacketToken::Look look)
{
    while (m_tokens.size() > count) {
        delete m_tokens.takeLast().data();   // null when the scene went first
    }
    for (QPointer<PacketToken> &token : m_tokens) {
        if (!token && m_scene) {
            token = new PacketToken(look);
            m_scene->addItem(token);
        }
    }
    while (m_tokens.size() < count && m_scene) {
        auto *token = new PacketToken(look);
        m_scene->addItem(token);
        m_tokens.append(token);
    }
    for (const QPointer<PacketToken> &token : std::as_const(m_tokens)) {
        if (token)
            token->setLook(look);
    }
}

void HopAnimation::refreshRoutes()
{
    m_routes.clear();
    if (!m_step || !m_scene)
        return;
    for (const QStringList &stops : journeys(*m_step)) {
        QPainterPath route;
        if (stops.size() == 1) {
            if (const TopologyNodeItem *item = m_scene->nodeItem(stops.first()))
                route.moveTo(item->linkAnchor() + kBadgeOffset);
        } else {
            route = packetRoute(*m_scene, stops);
        }
        m_routes.append(route);
    }
    place(m_progress);
}

QRectF HopAnimation::hopBounds() const
{
    QRectF bounds;
    for (const QPainterPath &route : m_routes)
        bounds |= route.boundingRect();
    if (m_step && m_step->isInsideOneNode() && m_scene) {
        if (const TopologyNodeItem *item = m_scene->nodeItem(m_step->from))
            bounds |= item->sceneBoundingRect();
    }
    const qreal r = PacketToken::kRadius;
    return bounds.isNull() ? bounds : bounds.adjusted(-r, -r, r, r);
}

void HopAnimation::place(qreal progress)
{
    m_progress = progress;
    const bool inside = m_step && m_step->isInsideOneNode();
    // kPulses rings spread out one after the other; none once it is over.
    const qreal pulse = inside && progress < 1.0 ? std::fmod(progress * kPulses, 1.0) : 0.0;
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        PacketToken *token = m_tokens.at(i);
        if (!token)
            continue;
        const QPainterPath route = i < m_routes.size() ? m_routes.at(i) : QPainterPath();
        if (route.elementCount() == 0) {
            token->hide();
            continue;
        }
        token->setPos(route.elementCount() == 1 ? route.currentPosition() : route.pointAtPercent(progress));
        token->setPulse(pulse);
        token->show();
    }
    if (!m_tokens.isEmpty() && m_tokens.first() && m_tokens.first()->isVisible())
        emit tokenMoved(m_tokens.first()->pos());
}

} // namespace infralab
