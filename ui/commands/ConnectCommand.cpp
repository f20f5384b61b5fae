#include "ConnectCommand.h"

#include "model/TopologyModel.h"

#include <QCoreApplication>

namespace infralab {

namespace {

QString labelOf(const TopologyModel *model, const QString &id)
{
    const Node *node = model->topology().node(id);
    return node ? node->label : id;
}

} // namespace

ConnectCommand::ConnectCommand(TopologyModel *model, const Link &link, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("ConnectCommand", "Link %1 to %2")
                       .arg(labelOf(model, link.from), labelOf(model, link.to)),
                   parent)
    , m_model(model)
    , m_link(link)
{
}

void ConnectCommand::undo()
{
    m_model->removeLink(m_link.from, m_link.to);
}

void ConnectCommand::redo()
{
    m_model->addLink(m_link);
}

} // namespace infralab
