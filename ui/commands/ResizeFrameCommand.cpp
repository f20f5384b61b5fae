#include "ResizeFrameCommand.h"

#include "model/TopologyModel.h"

#include <QCoreApplication>

namespace infralab {

ResizeFrameCommand::ResizeFrameCommand(TopologyModel *model, const QString &serverId, const QRectF &before,
                                       const QRectF &after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_id(serverId)
    , m_oldPos(before.topLeft())
    , m_after(after)
{
    if (const Node *server = model->topology().node(serverId)) {
        m_oldPos = server->pos;
        m_oldSize = server->size;
        setText(QCoreApplication::translate("ResizeFrameCommand", "Resize %1").arg(server->label));
    }
}

void ResizeFrameCommand::apply(const QPointF &pos, const QSizeF &size)
{
    const Node *current = m_model->topology().node(m_id);
    if (!current)
        return;
    Node resized = *current;
    resized.pos = pos;
    resized.size = size;
    m_model->updateNode(resized);
}

void ResizeFrameCommand::undo()
{
    apply(m_oldPos, m_oldSize);
}

void ResizeFrameCommand::redo()
{
    apply(m_after.topLeft(), m_after.size());
}

} // namespace infralab
