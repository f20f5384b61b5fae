#include "InlineLabelEditor.h"

#include "CanvasStyle.h"
#include "TopologyScene.h"

#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>

namespace infralab {

InlineLabelEditor::InlineLabelEditor(const QString &nodeId, const QString &text, const QFont &font, qreal width)
    : m_nodeId(nodeId)
{
    setZValue(30);
    setFont(font);
    setPlainText(text);
    setTextWidth(width);
    QTextOption centred = document()->defaultTextOption();
    centred.setAlignment(Qt::AlignHCenter);
    centred.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDefaultTextOption(centred);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    setTextCursor(all);   // typing replaces the old name, as in a file manager
}

void InlineLabelEditor::finish(bool accepted)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(m_nodeId, toPlainText().simplified(), accepted);
}

void InlineLabelEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish(true);
        return;
    case Qt::Key_Escape:
        finish(false);
        return;
    default:
        QGraphicsTextItem::keyPressEvent(event);
    }
}

void InlineLabelEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    // Switching to another window or opening a menu is not leaving the field.
    if (event->reason() == Qt::ActiveWindowFocusReason || event->reason() == Qt::PopupFocusReason)
        return;
    // Later, and only if still alive: the focus also goes when the window
    // closes, and nothing may be pushed on a document being torn down.
    QMetaObject::invokeMethod(this, [this] { finish(true); }, Qt::QueuedConnection);
}

void InlineLabelEditor::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    if (const TopologyScene *canvas = TopologyScene::of(this)) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(canvas->style().selection, 1.5));
        painter->setBrush(canvas->style().background);
        painter->drawRoundedRect(boundingRect().adjusted(0.75, 0.75, -0.75, -0.75), 4, 4);
    }
    // Our frame replaces Qt's dashed focus rectangle.
    QStyleOptionGraphicsItem plain(*option);
    plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
    QGraphicsTextItem::paint(painter, &plain, widget);
}

} // namespace infralab
