#pragma once

#include <QGraphicsTextItem>

namespace infralab {

// Renames a node in place: a text field over its label (or a frame's title).
// Enter or a click elsewhere keeps the text, Escape drops it; either way the
// editor reports once and the owner deletes it. Another window or a menu
// taking the focus for a while leaves it open.
class InlineLabelEditor : public QGraphicsTextItem
{
    Q_OBJECT

public:
    enum { Type = UserType + 11 };

    InlineLabelEditor(const QString &nodeId, const QString &text, const QFont &font, qreal width);

    QString nodeId() const { return m_nodeId; }
    int type() const override { return Type; }

    // Keeps the typed text (true) or drops it (false). Idempotent.
    void finish(bool accepted);

signals:
    void finished(const QString &nodeId, const QString &text, bool accepted);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_nodeId;
    bool m_finished = false;
};

} // namespace infralab
