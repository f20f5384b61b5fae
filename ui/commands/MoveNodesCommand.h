#pragma once

#include <QHash>
#include <QPointF>
#include <QString>
#include <QUndoCommand>

namespace infralab {

class TopologyModel;

// Nodes moved to new positions, by id. A mouse drag pushes one of these on
// release with the positions captured on press; keyboard nudges of the same
// selection merge into one step, so ten presses of an arrow key undo at once.
class MoveNodesCommand : public QUndoCommand
{
public:
    enum class Gesture { Drag, Nudge };

    MoveNodesCommand(TopologyModel *model, const QHash<QString, QPointF> &before,
                     const QHash<QString, QPointF> &after, Gesture gesture, const QString &text,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QHash<QString, QPointF> &positions);

    TopologyModel *m_model;
    QHash<QString, QPointF> m_before;
    QHash<QString, QPointF> m_after;
    Gesture m_gesture;
};

} // namespace infralab
