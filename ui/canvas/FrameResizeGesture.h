#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>

class QUndoCommand;

namespace infralab {

class TopologyScene;

// Dragging a server frame's corner grip. The frame follows the mouse and
// never shrinks past the components it runs nor below a minimum size; the
// model changes once, on release (ResizeFrameCommand).
class FrameResizeGesture
{
public:
    FrameResizeGesture(TopologyScene *scene, const QString &serverId, QPointF pressScenePos);

    void moveTo(QPointF scenePos, qreal grid);
    void cancel();
    QUndoCommand *finish();

private:
    TopologyScene *m_scene;
    QString m_id;
    QPointF m_press;
    QRectF m_start;          // the frame as drawn on press, scene coordinates
    QPointF m_minimumCorner; // bottom-right may not go above/left of this
    QRectF m_current;
};

} // namespace infralab
