#include "RequestGraph.h"

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

// Enough names for a one-line message; the finding's node list has them all.
constexpr qsizetype kNamesShown = 4;

QString shownLabel(const Node &node)
{
    // A label may hold line breaks; a message stays on one line.
    const QString label = node.label.simplified();
    return label.isEmpty() ? node.id : label;
}

} // namespace

RequestGraph::RequestGraph(const Topology &topology)
    : m_topology(topology)
{
    const int count = size();
    m_index.reserve(count);
    m_links.resize(count);
    m_requestLinks.resize(count);
    m_host.fill(-1, count);
    m_hosted.resize(count);
    m_ofKind.resize(allNodeKinds().size());
    for (int i = 0; i < count; ++i) {
        m_index.insert(node(i).id, i);
        m_ofKind[int(kind(i))].append(i);
        ++m_labelCount[shownLabel(node(i))];
    }
    for (int i = 0; i < count; ++i) {
        const int server = indexOf(node(i).host);
        if (server >= 0 && kind(server) == NodeKind::Server) {
            m_host[i] = server;
            m_hosted[server].append(i);
        }
    }
    for (const Link &link : topology.links()) {
        const int a = indexOf(link.from);
        const int b = indexOf(link.to);
        if (a < 0 || b < 0 || a == b)
            continue;
        m_links[a].append(b);
        m_links[b].append(a);
        if (carriesRequests(a) && carriesRequests(b)) {
            m_requestLinks[a].append(b);
            m_requestLinks[b].append(a);
        }
    }
}

bool RequestGraph::carriesRequests(NodeKind kind)
{
    return kind != NodeKind::Dns && kind != NodeKind::MonitoringAgent && kind != NodeKind::MonitoringService;
}

QString RequestGraph::name(int i) const
{
    const QString label = shownLabel(node(i));
    if (m_labelCount.value(label) < 2)
        return label;
    if (host(i) >= 0)
        return tr("%1 on %2").arg(label, shownLabel(node(host(i))));
    return tr("%1 (%2)").arg(label, node(i).id);
}

QString RequestGraph::names(const QList<int> &nodes) const
{
    if (nodes.isEmpty())
        return {};
    if (nodes.size() == 1)
        return name(nodes.first());
    QStringList shown;
    for (qsizetype i = 0; i < nodes.size() && i < kNamesShown; ++i)
        shown.append(name(nodes[i]));
    if (nodes.size() > kNamesShown) {
        const qsizetype more = nodes.size() - kNamesShown;
        return tr("%1 and %2 more").arg(shown.join(u", "_s), QString::number(more));
    }
    const QString last = shown.takeLast();
    return tr("%1 and %2").arg(shown.join(u", "_s), last);
}

QStringList RequestGraph::ids(const QList<int> &nodes) const
{
    QStringList result;
    result.reserve(nodes.size());
    for (int i : nodes)
        result.append(node(i).id);
    return result;
}

} // namespace infralab
