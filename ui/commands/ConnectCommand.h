#pragma once

#include "model/Link.h"

#include <QUndoCommand>

namespace infralab {

class TopologyModel;

// A new link between two existing nodes. The caller has refused self-links
// and duplicates (with a reason the user sees) before pushing this.
class ConnectCommand : public QUndoCommand
{
public:
    ConnectCommand(TopologyModel *model, const Link &link, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    TopologyModel *m_model;
    Link m_link;
};

} // namespace infralab
