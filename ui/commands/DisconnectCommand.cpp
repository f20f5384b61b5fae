#include "DisconnectCommand.h"

#include "model/TopologyModel.h"

#include <QCoreApplication>

namespace infralab {

DisconnectCommand::DisconnectCommand(TopologyModel *model, const QString &a, const QString &b,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
{
    const Topology &design = model->topology();
    m_index = design.linkIndex(a, b);
    m_link = m_index >= 0 ? design.links().at(m_index) : Link{a, b, {}};
    const Node *from = design.node(m_link.from);
    const Node *to = design.node(m_link.to);
    setText(QCoreApplication::translate("DisconnectCommand", "Unlink %1 from %2")
                .arg(from ? from->label : m_link.from, to ? to->label : m_link.to));
}

void DisconnectCommand::undo()
{
    m_model->addLink(m_link, m_index);
}

void DisconnectCommand::redo()
{
    m_model->removeLink(m_link.from, m_link.to);
}

} // namespace infralab
