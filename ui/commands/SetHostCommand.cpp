#include "SetHostCommand.h"

#include "model/TopologyModel.h"

#include <QCoreApplication>

namespace infralab {

SetHostCommand::SetHostCommand(TopologyModel *model, const QString &nodeId, const QString &host,
                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_id(nodeId)
    , m_newHost(host)
{
    const Topology &design = model->topology();
    const Node *node = design.node(nodeId);
    if (node)
        m_oldHost = node->host;
    const QString label = node ? node->label : nodeId;
    const Node *server = design.node(host);
    if (server)
        setText(QCoreApplication::translate("SetHostCommand", "Move %1 into %2").arg(label, server->label));
    else
        setText(QCoreApplication::translate("SetHostCommand", "Move %1 out of its server").arg(label));
}

void SetHostCommand::apply(const QString &host)
{
    const Node *current = m_model->topology().node(m_id);
    if (!current)
        return;
    Node moved = *current;
    moved.host = host;
    m_model->updateNode(moved);
}

void SetHostCommand::undo()
{
    apply(m_oldHost);
}

void SetHostCommand::redo()
{
    apply(m_newHost);
}

} // namespace infralab
