#pragma once

#include "model/Link.h"

#include <QUndoCommand>

namespace infralab {

class TopologyModel;

// One link deleted on its own, its nodes staying. Undo puts it back at its
// place in file order.
class DisconnectCommand : public QUndoCommand
{
public:
    // Captures the link joining a and b as it is in the model now.
    DisconnectCommand(TopologyModel *model, const QString &a, const QString &b, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    TopologyModel *m_model;
    Link m_link;
    qsizetype m_index = -1;
};

} // namespace infralab
