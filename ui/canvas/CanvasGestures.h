#pragma once

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QString>

#include <memory>

class QGraphicsSceneDragDropEvent;
class QGraphicsSceneMouseEvent;
class QKeyEvent;

namespace infralab {

class CanvasEditor;
class ConnectionHandleItem;
class FrameResizeGesture;
class MoveGesture;
class TopologyNodeItem;
class TopologyScene;
class WireGesture;

// Reads the mouse, the keyboard and drops on the scene (as an event filter,
// so the items stay plain views of the model) and turns them into the
// editor's commands: drag to move, drag a frame's grip to resize it, drag
// from a connection handle to link, double-click to rename, arrow keys to
// nudge, a palette entry dropped to add. Clicks, Ctrl+clicks and rubber-band
// selection are left to Qt.
class CanvasGestures : public QObject
{
    Q_OBJECT

public:
    explicit CanvasGestures(CanvasEditor *editor);
    ~CanvasGestures() override;

    ConnectionHandleItem *connectionHandle() const { return m_handle; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool mousePress(QGraphicsSceneMouseEvent *event);
    bool mouseMove(QGraphicsSceneMouseEvent *event);
    bool mouseRelease(QGraphicsSceneMouseEvent *event);
    bool doubleClick(QGraphicsSceneMouseEvent *event);
    bool dragOver(QGraphicsSceneDragDropEvent *event);
    bool drop(QGraphicsSceneDragDropEvent *event);
    bool keyPress(QKeyEvent *event);
    void hover(QPointF scenePos);
    void refreshHandle();
    // Lights the frame a drop would land in (empty id: none).
    void showDropTarget(const QString &serverId);
    // Forgets any gesture in progress, leaving the items where they are.
    void dropGestures();

    TopologyNodeItem *nodeAt(QPointF scenePos) const;
    // The frame whose resize grip is at `scenePos`, if any.
    TopologyNodeItem *gripAt(QPointF scenePos) const;
    // The topmost server frame at `scenePos`, whatever lies on it.
    TopologyNodeItem *frameAt(QPointF scenePos) const;
    bool beyondDragDistance(QPointF scenePos) const;

    CanvasEditor *m_editor;
    QPointer<TopologyScene> m_scene;   // may go before us
    ConnectionHandleItem *m_handle;   // owned by the scene
    QString m_pressedId;              // node under a left press that may become a move
    QPointF m_pressPos;
    QString m_dropTarget;             // server id of the lit frame
    std::unique_ptr<MoveGesture> m_move;
    std::unique_ptr<WireGesture> m_wire;
    std::unique_ptr<FrameResizeGesture> m_resize;
};

} // namespace infralab
