#pragma once

#include "model/Node.h"

#include <QUndoCommand>

namespace infralab {

class TopologyModel;

// One node replaced by an edited copy: a rename, a property set in the
// inspector. Identity is the id, so the command survives other commands
// removing and re-adding items around it.
class ChangeNodeCommand : public QUndoCommand
{
public:
    ChangeNodeCommand(TopologyModel *model, const Node &before, const Node &after, const QString &text,
                      QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    TopologyModel *m_model;
    Node m_before;
    Node m_after;
};

} // namespace infralab
