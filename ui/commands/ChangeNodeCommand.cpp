#include "ChangeNodeCommand.h"

#include "model/TopologyModel.h"

namespace infralab {

ChangeNodeCommand::ChangeNodeCommand(TopologyModel *model, const Node &before, const Node &after,
                                     const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_before(before)
    , m_after(after)
{
    Q_ASSERT(before.id == after.id);
}

void ChangeNodeCommand::undo()
{
    m_model->updateNode(m_before);
}

void ChangeNodeCommand::redo()
{
    m_model->updateNode(m_after);
}

} // namespace infralab
