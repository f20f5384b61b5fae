#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QString>

class QUndoCommand;

namespace infralab {

class TopologyNodeItem;
class TopologyScene;

// A mouse drag of the selection. Positions are captured on press; items move
// on screen while the mouse moves, and the model changes once, on release,
// through the single command finish() returns. A frame carries the
// components it hosts; a component dropped in or out of a frame changes
// its host in the same step.
class MoveGesture
{
    Q_DECLARE_TR_FUNCTIONS(MoveGesture)

public:
    // Moves the selected nodes of `scene`; `grabbed` is the one under the mouse.
    MoveGesture(TopologyScene *scene, const TopologyNodeItem *grabbed, QPointF pressScenePos);

    // `grid` > 0 snaps the grabbed item's corner to that grid.
    void moveTo(QPointF scenePos, qreal grid);
    // Puts every item back where it was.
    void cancel();
    // The step to push, or nullptr when nothing moved. The items stay where
    // they were dropped; the command's first redo() confirms them.
    QUndoCommand *finish();

    qsizetype nodeCount() const { return m_modelStart.size(); }
    // The server the grabbed component would run on if dropped now, when
    // that is a change; empty otherwise.
    QString newHostOfGrabbed() const;

private:
    void placeItems(QPointF delta);
    // The server whose frame now holds `id`'s centre, or empty.
    QString hostUnder(const QString &id) const;

    TopologyScene *m_scene;
    QString m_grabbedId;
    QPointF m_press;
    QPointF m_delta;
    QHash<QString, QPointF> m_modelStart;   // node id -> position in the model
    QHash<QString, QPointF> m_itemStart;    // node id -> item position on screen
};

} // namespace infralab
