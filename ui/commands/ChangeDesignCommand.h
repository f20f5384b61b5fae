#pragma once

#include <QJsonObject>
#include <QString>
#include <QUndoCommand>

namespace infralab {

class TopologyModel;

// The design's own fields edited in the inspector: name, domain and the
// top-level extras (where "description" lives).
struct DesignInfo
{
    QString name;
    QString domain;
    QJsonObject extra;

    friend bool operator==(const DesignInfo &, const DesignInfo &) = default;
};

class ChangeDesignCommand : public QUndoCommand
{
public:
    ChangeDesignCommand(TopologyModel *model, const DesignInfo &before, const DesignInfo &after, const QString &text,
                        QUndoCommand *parent = nullptr);

    static DesignInfo current(const TopologyModel &model);

    void undo() override;
    void redo() override;

private:
    TopologyModel *m_model;
    DesignInfo m_before;
    DesignInfo m_after;
};

} // namespace infralab
