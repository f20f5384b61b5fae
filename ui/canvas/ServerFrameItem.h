#pragma once

#include "TopologyNodeItem.h"

#include "model/Node.h"

namespace infralab {

// A `server` node: a machine drawn as a rounded frame behind the components
// it hosts, with a title bar naming it and its IP ("Server 1 · 8.8.8.8").
// Hosted components keep absolute scene coordinates; the frame only frames.
class ServerFrameItem : public TopologyNodeItem
{
public:
    enum { Type = UserType + 2 };
    static constexpr qreal kTitleHeight = 30;
    static constexpr qreal kPadding = 20;           // around hosted boxes when fitting
    static constexpr qreal kTopPadding = 40;        // title bar plus a gap
    static constexpr qreal kCornerRadius = 10;
    static constexpr qreal kBorderWidth = 1.25;
    // The square in the bottom-right corner that resizes the frame.
    static constexpr qreal kGripSize = 14;
    static constexpr QSizeF kMinimumSize{160, 100};

    explicit ServerFrameItem(const QString &id);

    // `frame` is in scene coordinates (see frameFor()).
    void setServer(const Node &server, const QRectF &frame);

    // The frame a server gets: its (x, y) and size, or, when the size is
    // empty, the hosted boxes plus padding (or a small empty frame).
    static QRectF frameFor(const Node &server, const QList<QRectF> &hostedBoxes);

    QString title() const { return m_title; }
    QSizeF size() const { return m_size; }
    // In scene coordinates.
    QRectF resizeGripRect() const;
    // Shows a resize in progress, before the command lands in the model.
    void previewSize(const QSizeF &size);
    // Lit while a component dragged over it would land inside it.
    void setDropTarget(bool target);
    bool isDropTarget() const { return m_dropTarget; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_title;
    QSizeF m_size;
    bool m_dropTarget = false;
};

} // namespace infralab
