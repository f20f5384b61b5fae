#pragma once

#include "model/Node.h"

#include <QList>
#include <QWidget>

namespace infralab {

class PropertySection;
class TopologyModel;

// Every field of one node: the general section, then the sections its kind
// has (a firewall's rules, a database's role...). Built for one kind.
class NodeEditor : public QWidget
{
    Q_OBJECT

public:
    NodeEditor(const TopologyModel *model, NodeKind kind, QWidget *parent = nullptr);

    NodeKind kind() const { return m_kind; }
    QString nodeId() const { return m_nodeId; }
    void setNode(const Node &node);

signals:
    void edited(const infralab::Node &after, const QString &text);

private:
    NodeKind m_kind;
    QString m_nodeId;
    QList<PropertySection *> m_sections;
};

} // namespace infralab
