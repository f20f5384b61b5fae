#include "CanvasGestures.h"

#include "CanvasEditor.h"
#include "CanvasView.h"
#include "ConnectionHandleItem.h"
#include "EditorMime.h"
#include "FrameResizeGesture.h"
#include "InlineLabelEditor.h"
#include "MoveGesture.h"
#include "ServerFrameItem.h"
#include "TopologyScene.h"
#include "WireGesture.h"

#include <QApplication>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPointer>

namespace infralab {

CanvasGestures::CanvasGestures(CanvasEditor *editor)
    : QObject(editor)
    , m_editor(editor)
    , m_scene(editor->scene())
    , m_handle(new ConnectionHandleItem)
{
    TopologyScene *scene = editor->scene();
    scene->addItem(m_handle);
    scene->installEventFilter(this);
    // Hovering shows the connection handle: moves must arrive with no button
    // down too (Qt turns tracking on only for items that take hover events).
    editor->view()->viewport()->setMouseTracking(true);
    connect(scene->model(), &TopologyModel::changed, this, &CanvasGestures::refreshHandle);
    connect(scene->model(), &TopologyModel::modelReset, this, &CanvasGestures::dropGestures);
}

CanvasGestures::~CanvasGestures()
{
    // The scene deletes its items when it goes first; otherwise the handle is ours.
    if (!m_scene)
        return;
    m_wire.reset();
    delete m_handle;
}

bool CanvasGestures::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor->scene())
        return false;
    switch (event->type()) {
    case QEvent::GraphicsSceneMousePress:
        return mousePress(static_cast<QGraphicsSceneMouseEvent *>(event));
    case QEvent::GraphicsSceneMouseMove:
        return mouseMove(static_cast<QGraphicsSceneMouseEvent *>(event));
    case QEvent::GraphicsSceneMouseRelease:
        return mouseRelease(static_cast<QGraphicsSceneMouseEvent *>(event));
    case QEvent::GraphicsSceneMouseDoubleClick:
        return doubleClick(static_cast<QGraphicsSceneMouseEvent *>(event));
    case QEvent::GraphicsSceneDragEnter:
    case QEvent::GraphicsSceneDragMove:
        return dragOver(static_cast<QGraphicsSceneDragDropEvent *>(event));
    case QEvent::GraphicsSceneDrop:
        return drop(static_cast<QGraphicsSceneDragDropEvent *>(event));
    case QEvent::GraphicsSceneDragLeave:
        showDropTarget({});
        return false;
    case QEvent::KeyPress:
        return keyPress(static_cast<QKeyEvent *>(event));
    default:
        return false;
    }
}

TopologyNodeItem *CanvasGestures::nodeAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : m_editor->scene()->items(scenePos)) {
        if (auto *node = dynamic_cast<TopologyNodeItem *>(item))
            return node;
    }
    return nullptr;
}

TopologyNodeItem *CanvasGestures::gripAt(QPointF scenePos) const
{
    auto *frame = qgraphicsitem_cast<ServerFrameItem *>(nodeAt(scenePos));
    return frame && frame->resizeGripRect().contains(scenePos) ? frame : nullptr;
}

bool CanvasGestures::beyondDragDistance(QPointF scenePos) const
{
    const qreal pixels = QLineF(scenePos, m_pressPos).length() * m_editor->view()->zoom();
    return pixels >= QApplication::startDragDistance();
}

bool CanvasGestures::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        // The context menu acts on what was clicked, as in a file manager.
        TopologyNodeItem *node = nodeAt(event->scenePos());
        if (!node)
            return false;   // empty canvas: Qt clears the selection
        if (!node->isSelected())
            m_editor->selectNodes({node->id()});
        event->accept();   // or the scene would clear the selection again
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    const QPointF pos = event->scenePos();
    m_pressedId.clear();
    m_pressPos = pos;
    TopologyScene *scene = m_editor->scene();
    if (m_handle->grabs(pos)) {
        m_wire = std::make_unique<WireGesture>(scene, m_handle->nodeId());
        m_wire->moveTo(pos);
        event->accept();
        return true;
    }
    if (TopologyNodeItem *frame = gripAt(pos)) {
        scene->clearSelection();
        frame->setSelected(true);
        m_resize = std::make_unique<FrameResizeGesture>(scene, frame->id(), pos);
        event->accept();
        return true;
    }
    if (const TopologyNodeItem *node = nodeAt(pos))
        m_pressedId = node->id();
    return false;   // Qt selects, or starts a rubber band on empty canvas
}

bool CanvasGestures::mouseMove(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->scenePos();
    if (m_wire) {
        m_wire->moveTo(pos);
        return true;
    }
    if (m_resize) {
        m_resize->moveTo(pos, m_editor->grid());
        return true;
    }
    if (!m_move && !m_pressedId.isEmpty() && (event->buttons() & Qt::LeftButton) && beyondDragDistance(pos)) {
        TopologyNodeItem *pressed = m_editor->scene()->nodeItem(m_pressedId);
        if (!pressed)
            return false;
        // Ctrl+drag of an unselected node adds it; a plain drag takes it alone.
        if (!pressed->isSelected()) {
            if (!(event->modifiers() & Qt::ControlModifier))
                m_editor->scene()->clearSelection();
            pressed->setSelected(true);
        }
        m_handle->attachTo(nullptr);
        m_move = std::make_unique<MoveGesture>(m_editor->scene(), pressed, m_pressPos);
    }
    if (m_move) {
        m_move->moveTo(pos, m_editor->grid());
        showDropTarget(m_move->newHostOfGrabbed());
        return true;
    }
    if (event->buttons() == Qt::NoButton)
        hover(pos);
    return false;
}

bool CanvasGestures::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_pressedId.clear();
    if (m_wire) {
        const WireGesture::Outcome outcome = m_wire->finish(event->scenePos());
        m_wire.reset();
        m_editor->push(outcome.command);
        if (!outcome.message.isEmpty())
            emit m_editor->statusMessage(outcome.message);
        return true;
    }
    if (m_resize) {
        QUndoCommand *step = m_resize->finish();
        m_resize.reset();
        m_editor->push(step);
        return true;
    }
    if (m_move) {
        showDropTarget({});
        QUndoCommand *step = m_move->finish();
        m_move.reset();
        m_editor->push(step);
        // Not consumed: the item under the mouse still needs its release to
        // let go of the mouse; it sees the move and keeps the selection.
    }
    return false;
}

bool CanvasGestures::doubleClick(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const TopologyNodeItem *node = nodeAt(event->scenePos());
    if (!node)
        return false;
    m_editor->rename(node->id());
    event->accept();
    return true;
}

bool CanvasGestures::dragOver(QGraphicsSceneDragDropEvent *event)
{
    if (!event->mimeData()->hasFormat(kindMimeType()))
        return false;
    const auto kind = nodeKindFromJson(QString::fromUtf8(event->mimeData()->data(kindMimeType())));
    QString target;
    if (kind && *kind != NodeKind::Server && !isOutsideInfrastructure(*kind)) {
        if (const auto *frame = qgraphicsitem_cast<const ServerFrameItem *>(frameAt(event->scenePos())))
            target = frame->id();
    }
    showDropTarget(target);
    event->setDropAction(Qt::CopyAction);
    event->accept();
    return true;
}

bool CanvasGestures::drop(QGraphicsSceneDragDropEvent *event)
{
    showDropTarget({});
    const QByteArray name = event->mimeData()->data(kindMimeType());
    const std::optional<NodeKind> kind = nodeKindFromJson(QString::fromUtf8(name));
    if (!kind)
        return false;
    event->setDropAction(Qt::CopyAction);
    event->accept();
    m_editor->addNode(*kind, event->scenePos());
    m_editor->view()->setFocus(Qt::MouseFocusReason);
    return true;
}

bool CanvasGestures::keyPress(QKeyEvent *event)
{
    if (qgraphicsitem_cast<InlineLabelEditor *>(m_editor->scene()->focusItem()))
        return false;   // the keys are the editor's while renaming
    const bool large = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (m_move || m_editor->selectedNodeIds().isEmpty())
            return false;   // let the view scroll
        const int dx = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
        const int dy = event->key() == Qt::Key_Up ? -1 : event->key() == Qt::Key_Down ? 1 : 0;
        m_editor->nudgeSelection(dx, dy, large);
        event->accept();
        return true;
    }
    case Qt::Key_Escape:
        if (m_move || m_wire || m_resize) {
            if (m_move)
                m_move->cancel();
            if (m_resize)
                m_resize->cancel();
            dropGestures();
        } else
            m_editor->scene()->clearSelection();
        event->accept();
        return true;
    default:
        return false;
    }
}

void CanvasGestures::hover(QPointF scenePos)
{
    if (m_editor->view()->isPanning())
        return;   // the open hand stays until Space is released
    QWidget *viewport = m_editor->view()->viewport();
    if (m_handle->grabs(scenePos)) {
        viewport->setCursor(Qt::CrossCursor);
        return;
    }
    if (gripAt(scenePos))
        viewport->setCursor(Qt::SizeFDiagCursor);
    else
        viewport->unsetCursor();
    m_handle->attachTo(nodeAt(scenePos));
}

TopologyNodeItem *CanvasGestures::frameAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : m_editor->scene()->items(scenePos)) {
        if (auto *frame = qgraphicsitem_cast<ServerFrameItem *>(item))
            return frame;
    }
    return nullptr;
}

void CanvasGestures::showDropTarget(const QString &serverId)
{
    if (serverId == m_dropTarget)
        return;
    TopologyScene *scene = m_editor->scene();
    if (auto *old = qgraphicsitem_cast<ServerFrameItem *>(scene->nodeItem(m_dropTarget)))
        old->setDropTarget(false);
    m_dropTarget = serverId;
    if (auto *lit = qgraphicsitem_cast<ServerFrameItem *>(scene->nodeItem(serverId)))
        lit->setDropTarget(true);
}

void CanvasGestures::refreshHandle()
{
    m_handle->attachTo(m_editor->scene()->nodeItem(m_handle->nodeId()));
}

void CanvasGestures::dropGestures()
{
    showDropTarget({});
    m_move.reset();
    m_resize.reset();
    m_wire.reset();
    m_pressedId.clear();
    m_handle->attachTo(nullptr);
}

} // namespace infralab
