#pragma once

#include "Link.h"
#include "Node.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace infralab {

// A whole design: the value that files, presets, undo and the clipboard carry.
// Plain data with lookups; change notification is TopologyModel's job.
class Topology
{
public:
    QString name;
    QString domain;
    QJsonObject extra;   // unknown top-level keys, written back on save

    const QList<Node> &nodes() const { return m_nodes; }
    const QList<Link> &links() const { return m_links; }

    const Node *node(const QString &id) const;
    bool contains(const QString &id) const { return m_index.contains(id); }
    QList<const Node *> nodesOfKind(NodeKind kind) const;
    // Components whose `host` is this server, in file order.
    QList<const Node *> hostedBy(const QString &serverId) const;
    QList<Link> linksOf(const QString &id) const;
    QStringList neighbours(const QString &id) const;
    bool hasLink(const QString &a, const QString &b) const;

    // Mutators keep the id index in step. They do not validate: the loader
    // and the editor's commands check before they call.
    void addNode(const Node &node);
    // At `index` in file order (clamped): undoing a delete puts a node back
    // where it was, so the saved file does not change.
    void insertNode(qsizetype index, const Node &node);
    void replaceNode(const Node &node);   // same id
    qsizetype indexOf(const QString &id) const { return m_index.value(id, -1); }
    // Removes the node and its links; hosted nodes lose their host.
    void removeNode(const QString &id);
    void addLink(const Link &link);
    void insertLink(qsizetype index, const Link &link);
    // Position of the link joining a and b in file order, or -1.
    qsizetype linkIndex(const QString &a, const QString &b) const;
    void removeLink(const QString &a, const QString &b);

    // A fresh id built on `stem` ("fw" gives "fw1", "fw2", ...).
    QString uniqueId(const QString &stem) const;

    friend bool operator==(const Topology &a, const Topology &b)
    {
        return a.name == b.name && a.domain == b.domain && a.extra == b.extra
            && a.m_nodes == b.m_nodes && a.m_links == b.m_links;
    }

private:
    void reindex();

    QList<Node> m_nodes;
    QList<Link> m_links;
    QHash<QString, qsizetype> m_index;   // id -> position in m_nodes
};

} // namespace infralab
