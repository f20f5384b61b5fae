#include "ChangeDesignCommand.h"

#include "model/TopologyModel.h"

namespace infralab {

ChangeDesignCommand::ChangeDesignCommand(TopologyModel *model, const DesignInfo &before, const DesignInfo &after,
                                         const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_before(before)
    , m_after(after)
{
}

DesignInfo ChangeDesignCommand::current(const TopologyModel &model)
{
    const Topology &topology = model.topology();
    return {topology.name, topology.domain, topology.extra};
}

void ChangeDesignCommand::undo()
{
    m_model->setDesignInfo(m_before.name, m_before.domain, m_before.extra);
}

void ChangeDesignCommand::redo()
{
    m_model->setDesignInfo(m_after.name, m_after.domain, m_after.extra);
}

} // namespace infralab
