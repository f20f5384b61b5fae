#pragma once

#include <QString>
#include <QUndoCommand>

namespace infralab {

class TopologyModel;

// A component moved into a server frame, out of it, or into another one:
// its `host` names the server that now runs it (empty for none).
class SetHostCommand : public QUndoCommand
{
public:
    SetHostCommand(TopologyModel *model, const QString &nodeId, const QString &host, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void apply(const QString &host);

    TopologyModel *m_model;
    QString m_id;
    QString m_oldHost;
    QString m_newHost;
};

} // namespace infralab
