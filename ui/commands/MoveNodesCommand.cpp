#include "MoveNodesCommand.h"

#include "CommandIds.h"

#include "model/TopologyModel.h"

#include <QSet>

namespace infralab {

MoveNodesCommand::MoveNodesCommand(TopologyModel *model, const QHash<QString, QPointF> &before,
                                   const QHash<QString, QPointF> &after, Gesture gesture, const QString &text,
                                   QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_before(before)
    , m_after(after)
    , m_gesture(gesture)
{
}

void MoveNodesCommand::apply(const QHash<QString, QPointF> &positions)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        const Node *current = m_model->topology().node(it.key());
        if (!current)
            continue;
        Node moved = *current;
        moved.pos = it.value();
        m_model->updateNode(moved);
    }
}

void MoveNodesCommand::undo()
{
    apply(m_before);
}

void MoveNodesCommand::redo()
{
    apply(m_after);
}

int MoveNodesCommand::id() const
{
    // Drags never merge: each one is a gesture of its own.
    return m_gesture == Gesture::Nudge ? int(CommandId::NudgeNodes) : -1;
}

bool MoveNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveNodesCommand *>(other);
    // Only nudges of the very same nodes: another selection is another step.
    if (next->m_gesture != Gesture::Nudge)
        return false;
    if (QSet<QString>(next->m_after.keyBegin(), next->m_after.keyEnd())
        != QSet<QString>(m_after.keyBegin(), m_after.keyEnd()))
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace infralab
