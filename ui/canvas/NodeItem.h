#pragma once

#include "NodeLabel.h"
#include "TopologyNodeItem.h"

#include "model/Node.h"

#include <optional>

namespace infralab {

// One component (anything but a server): its icon centred at the top of a
// 120 x 100 box, the label below, and the IP in smaller grey text when the
// node has one. The box's top-left is the node's (x, y) in the file.
class NodeItem : public TopologyNodeItem
{
public:
    enum { Type = UserType + 1 };
    static constexpr qreal kWidth = 120;
    static constexpr qreal kHeight = 100;
    static constexpr qreal kIconSize = 56;
    // Space between what is drawn and the end of a link.
    static constexpr qreal kLinkGap = 5;

    explicit NodeItem(const Node &node);

    // Takes the node's current values; keeps no reference into the model.
    void setNode(const Node &node);

    NodeKind kind() const { return m_kind; }
    QString label() const { return m_label; }
    QString ip() const { return m_ip; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // Links stop at the icon and text, not at the empty corners of the box,
    // and aim at the icon so that a row of components is joined by level lines.
    QRectF linkEndRect() const override;
    QPointF linkAnchor() const override;

    static QRectF iconRect();

private:
    struct Layout
    {
        NodeLabel label;
        QString ip;          // elided to the box
        QRectF content;      // icon and text, item coordinates
    };
    const Layout &layout() const;

    NodeKind m_kind = NodeKind::Client;
    QString m_label;
    QString m_ip;
    // Needs the scene's fonts, so it is built on first use, not in setNode().
    mutable std::optional<Layout> m_layout;
};

} // namespace infralab
