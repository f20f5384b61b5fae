#pragma once

#include "model/Topology.h"

#include <QUndoCommand>

namespace infralab {

class TopologyModel;

// Adds a piece of design (nodes, then the links between them): a palette
// drop, a paste, a duplicate. The piece's ids must be free in the model
// (withFreshIds() makes them so). Undo removes exactly what was added.
class AddNodesCommand : public QUndoCommand
{
public:
    AddNodesCommand(TopologyModel *model, const Topology &piece, const QString &text,
                    QUndoCommand *parent = nullptr);

    const Topology &piece() const { return m_piece; }

    void undo() override;
    void redo() override;

private:
    TopologyModel *m_model;
    Topology m_piece;
};

} // namespace infralab
