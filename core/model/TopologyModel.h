#pragma once

#include "Topology.h"

#include <QObject>

namespace infralab {

// The single source of truth while a document is open: owns a Topology and
// tells every view what changed. Edits arrive through the UI's undo commands.
class TopologyModel : public QObject
{
    Q_OBJECT

public:
    explicit TopologyModel(QObject *parent = nullptr);

    const Topology &topology() const { return m_topology; }

    void reset(const Topology &topology);
    // `index` is the position in file order; -1 appends.
    void addNode(const Node &node, qsizetype index = -1);
    void updateNode(const Node &node);
    void removeNode(const QString &id);
    void addLink(const Link &link, qsizetype index = -1);
    void removeLink(const QString &a, const QString &b);
    // The design's own fields: name, domain and the unknown top-level keys
    // (where "description" lives).
    void setDesignInfo(const QString &name, const QString &domain, const QJsonObject &extra);

signals:
    void modelReset();
    void nodeAdded(const QString &id);
    void nodeChanged(const QString &id);
    void nodeRemoved(const QString &id);
    void linkAdded(const QString &from, const QString &to);
    void linkRemoved(const QString &from, const QString &to);
    void designInfoChanged();
    // After any of the above: one place for views that only need "something".
    void changed();

private:
    Topology m_topology;
};

} // namespace infralab
