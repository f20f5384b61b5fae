#pragma once

#include <QGraphicsObject>

class QPainter;

namespace infralab {

struct CanvasStyle;

// The request (or its response) on the canvas during the walkthrough: a
// round badge moved along the hop's route by the walkthrough's animation.
// It shows at a glance whether anyone on the wire could read it: a closed
// lock on green when the hop is encrypted, an open lock on amber in
// plaintext, a bar on red where a firewall drops it. A QGraphicsObject so
// its owner can hold it by QPointer: the scene deletes it with the rest.
class PacketToken : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = UserType + 4 };
    enum class Look {
        Encrypted,
        Plaintext,
        Blocked,
    };
    // In screen pixels (the token ignores the view's zoom).
    static constexpr qreal kRadius = 12;
    // How far the ring of a step inside one node spreads.
    static constexpr qreal kPulseRadius = 40;

    explicit PacketToken(Look look, QGraphicsItem *parent = nullptr);

    Look look() const { return m_look; }
    void setLook(Look look);

    // 0 draws no ring; up to 1 the ring spreads from the badge and fades.
    qreal pulse() const { return m_pulse; }
    void setPulse(qreal pulse);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The badge alone, centred on `centre`: shared with the walkthrough
    // panel, whose step list shows the same badge for each step.
    static void paintBadge(QPainter *painter, const QPointF &centre, qreal radius, Look look,
                           const CanvasStyle &style);
    static QColor colour(Look look, const CanvasStyle &style);

private:
    Look m_look;
    qreal m_pulse = 0;
};

} // namespace infralab
