#pragma once

#include "model/Link.h"
#include "model/Node.h"

#include <QList>
#include <QStringList>
#include <QUndoCommand>

namespace infralab {

class TopologyModel;

// Deletes nodes with every link that touches them and every component that
// a deleted server hosts. Undo puts all of it back at the same places in
// file order, so a save after delete + undo writes the same file.
class RemoveNodesCommand : public QUndoCommand
{
public:
    // Captures what will go from the model as it is now.
    RemoveNodesCommand(TopologyModel *model, const QStringList &ids, const QString &text,
                       QUndoCommand *parent = nullptr);

    // Every id removed, hosted components included.
    QStringList removedIds() const;

    void undo() override;
    void redo() override;

private:
    template<typename T>
    struct AtIndex
    {
        qsizetype index;
        T value;
    };

    TopologyModel *m_model;
    QList<AtIndex<Node>> m_nodes;   // ascending index
    QList<AtIndex<Link>> m_links;   // ascending index
};

} // namespace infralab
