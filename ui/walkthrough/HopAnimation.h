#pragma once

#include "canvas/PacketToken.h"

#include "walkthrough/Step.h"

#include <QList>
#include <QObject>
#include <QPainterPath>
#include <QPointer>
#include <QVariantAnimation>

#include <optional>

namespace infralab {

class TopologyScene;

// Moves the packet of one walkthrough step across the canvas: eased from
// the sender's edge to the receiver's along the links as drawn, through the
// nodes the hop passes; one packet per sender when several send at once
// (every monitoring client reporting); pulsing in place for a step inside
// one node. Its timer runs only while a packet moves.
class HopAnimation : public QObject
{
    Q_OBJECT

public:
    // Where a packet rests on a node for a step inside it, from the icon's
    // centre: on the icon's upper right corner, like a badge.
    static constexpr QPointF kBadgeOffset{26, -24};
    static constexpr int kPulses = 2;

    explicit HopAnimation(TopologyScene *scene, QObject *parent = nullptr);
    ~HopAnimation() override;

    // Sets the packets of `step` off from the start of its hop.
    void start(const Step &step, PacketToken::Look look, int durationMs);
    // No packet at all (the walkthrough's overview).
    void clear();
    // Jumps to `progress` (0 to 1) of the hop and stops there.
    void setProgress(qreal progress);
    qreal progress() const { return m_progress; }
    bool isRunning() const { return m_animation.state() == QAbstractAnimation::Running; }

    // The design moved under the packets: follow the links where they are
    // now. A stop deleted from the design hides its packet.
    void refreshRoutes();

    QList<PacketToken *> tokens() const;
    // The whole hop in scene coordinates: what the view should show.
    QRectF hopBounds() const;
    // The node ids each packet of `step` travels through, sender first.
    static QList<QStringList> journeys(const Step &step);

signals:
    // The first packet's position, every frame.
    void tokenMoved(const QPointF &scenePos);

private:
    void place(qreal progress);
    void setTokenCount(qsizetype count, PacketToken::Look look);

    QPointer<TopologyScene> m_scene;
    QVariantAnimation m_animation;
    std::optional<Step> m_step;
    QList<QPainterPath> m_routes;                 // per packet; one point for a step inside a node
    QList<QPointer<PacketToken>> m_tokens;        // items of the scene, which may delete them first
    qreal m_progress = 0;
};

} // namespace infralab
