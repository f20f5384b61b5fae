#pragma once

#include "model/Topology.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace infralab {

// The analysers' read-only view of a Topology: nodes by position (file
// order), links as adjacency lists, hosting both ways, and how to name nodes
// in a message. Built once per analysis so every rule stays linear.
class RequestGraph
{
    Q_DECLARE_TR_FUNCTIONS(RequestGraph)

public:
    explicit RequestGraph(const Topology &topology);

    const Topology &topology() const { return m_topology; }
    int size() const { return int(m_topology.nodes().size()); }
    const Node &node(int i) const { return m_topology.nodes()[i]; }
    NodeKind kind(int i) const { return node(i).kind; }
    int indexOf(const QString &id) const { return m_index.value(id, -1); }

    // DNS answers a question and the monitoring nodes watch: none of them
    // carries a user's request, so they are no hop on the request path.
    bool carriesRequests(int i) const { return carriesRequests(kind(i)); }
    static bool carriesRequests(NodeKind kind);

    // Every node linked to i.
    const QList<int> &links(int i) const { return m_links[i]; }
    // The nodes linked to i when both carry requests: the request graph.
    const QList<int> &requestLinks(int i) const { return m_requestLinks[i]; }
    // The server that runs i, or -1.
    int host(int i) const { return m_host[i]; }
    // What a server runs, in file order.
    const QList<int> &hosted(int server) const { return m_hosted[server]; }
    const QList<int> &ofKind(NodeKind kind) const { return m_ofKind[int(kind)]; }

    // A node as a message names it: its label, with its server when another
    // node has the same label ("Nginx on Server 2").
    QString name(int i) const;
    // "A", "A and B", "A, B and C", "A, B, C, D and 5 more".
    QString names(const QList<int> &nodes) const;
    QStringList ids(const QList<int> &nodes) const;

private:
    const Topology &m_topology;
    QHash<QString, int> m_index;
    QList<QList<int>> m_links;
    QList<QList<int>> m_requestLinks;
    QList<int> m_host;
    QList<QList<int>> m_hosted;
    QList<QList<int>> m_ofKind;
    QHash<QString, int> m_labelCount;
};

} // namespace infralab
