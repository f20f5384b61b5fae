#include "AddNodesCommand.h"

#include "model/TopologyModel.h"

namespace infralab {

AddNodesCommand::AddNodesCommand(TopologyModel *model, const Topology &piece, const QString &text,
                                 QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_piece(piece)
{
}

void AddNodesCommand::redo()
{
    for (const Node &node : m_piece.nodes())
        m_model->addNode(node);
    for (const Link &link : m_piece.links())
        m_model->addLink(link);
}

void AddNodesCommand::undo()
{
    // Removing a node takes its links with it; hosted components go first so
    // that no server is removed while something still names it.
    const QList<Node> &nodes = m_piece.nodes();
    for (auto it = nodes.crbegin(); it != nodes.crend(); ++it)
        m_model->removeNode(it->id);
}

} // namespace infralab
