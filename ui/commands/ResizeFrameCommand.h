#pragma once

#include <QRectF>
#include <QString>
#include <QUndoCommand>

namespace infralab {

class TopologyModel;

// A server frame given a new position and size (scene units). The frame's
// components keep their places: resizing never moves what a server runs.
class ResizeFrameCommand : public QUndoCommand
{
public:
    // `before` is the frame as drawn when the gesture began: a frame that
    // fitted its components gets their box as its explicit size.
    ResizeFrameCommand(TopologyModel *model, const QString &serverId, const QRectF &before, const QRectF &after,
                       QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void apply(const QPointF &pos, const QSizeF &size);

    TopologyModel *m_model;
    QString m_id;
    QPointF m_oldPos;
    QSizeF m_oldSize;   // as in the model: empty for a frame that fitted
    QRectF m_after;
};

} // namespace infralab
