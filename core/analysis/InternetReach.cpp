#include "InternetReach.h"

#include <QQueue>

#include <algorithm>

namespace infralab {

namespace {

// Breadth-first from the clients along request links: `enters(v)` says
// whether the traffic gets into v, `passes(v)` whether it goes on from there.
template<typename Enters, typename Passes>
QList<bool> spreadFromClients(const RequestGraph &graph, Enters enters, Passes passes)
{
    QList<bool> reached(graph.size(), false);
    QQueue<int> queue;
    for (int client : graph.ofKind(NodeKind::Client)) {
        reached[client] = true;
        queue.enqueue(client);
    }
    while (!queue.isEmpty()) {
        const int u = queue.dequeue();
        if (graph.kind(u) != NodeKind::Client && !passes(u))
            continue;
        for (int v : graph.requestLinks(u)) {
            if (!reached[v] && enters(v)) {
                reached[v] = true;
                queue.enqueue(v);
            }
        }
    }
    return reached;
}

template<typename Keep>
QList<int> reachedWhere(const RequestGraph &graph, const QList<bool> &reached, Keep keep)
{
    QList<int> result;
    for (int i = 0; i < graph.size(); ++i) {
        if (reached[i] && keep(graph.kind(i)))
            result.append(i);
    }
    return result;
}

bool comesFromInternet(const RequestGraph &graph, const QString &from)
{
    if (from == u"any" || from == jsonName(NodeKind::Client))
        return true;
    const int source = graph.indexOf(from);
    return source >= 0 && graph.kind(source) == NodeKind::Client;
}

bool isFirewall(NodeKind kind)
{
    return kind == NodeKind::Firewall;
}

} // namespace

bool isTier(NodeKind kind)
{
    switch (kind) {
    case NodeKind::LoadBalancer:
    case NodeKind::WebServer:
    case NodeKind::AppServer:
    case NodeKind::Database:
    case NodeKind::Server: return true;
    default: return false;
    }
}

bool servesHttps(const RequestGraph &graph, int node)
{
    switch (graph.kind(node)) {
    case NodeKind::LoadBalancer: return loadBalancerTls(graph.node(node)) != TlsMode::None;
    case NodeKind::WebServer: return graph.node(node).props.value(u"tls").toBool(false);
    case NodeKind::Server:
        return std::any_of(graph.hosted(node).cbegin(), graph.hosted(node).cend(), [&](int hosted) {
            return graph.kind(hosted) == NodeKind::WebServer && servesHttps(graph, hosted);
        });
    default: return false;
    }
}

InternetReach::InternetReach(const RequestGraph &graph)
    : m_graph(graph)
{
    m_filters.resize(graph.size());
    for (int firewall : graph.ofKind(NodeKind::Firewall)) {
        Filter &filter = m_filters[firewall];
        for (const FirewallRule &rule : firewallRules(graph.node(firewall))) {
            if (comesFromInternet(graph, rule.from))
                filter.rules.append(rule);
        }
        filter.policyAllows = firewallPolicy(graph.node(firewall)) == RuleAction::Allow;
    }
}

bool InternetReach::letsThrough(int firewall, int port) const
{
    const Filter &filter = m_filters[firewall];
    for (const FirewallRule &rule : filter.rules) {
        if (rule.port == port)
            return rule.action == RuleAction::Allow;
    }
    return filter.policyAllows;
}

QList<int> InternetReach::namedPorts() const
{
    QList<int> ports;
    for (const Filter &filter : m_filters) {
        for (const FirewallRule &rule : filter.rules)
            ports.append(rule.port);
    }
    std::sort(ports.begin(), ports.end());
    ports.erase(std::unique(ports.begin(), ports.end()), ports.end());
    return ports;
}

QList<int> InternetReach::entryPoints() const
{
    const QList<bool> reached = spreadFromClients(
        m_graph, [](int) { return true; }, [this](int v) { return isFirewall(m_graph.kind(v)); });
    return reachedWhere(m_graph, reached,
                        [](NodeKind kind) { return kind != NodeKind::Client && !isFirewall(kind); });
}

QList<int> InternetReach::unfilteredTiers() const
{
    const QList<bool> reached = spreadFromClients(
        m_graph, [this](int v) { return !isFirewall(m_graph.kind(v)); }, [](int) { return true; });
    return reachedWhere(m_graph, reached, isTier);
}

PortReach InternetReach::onPort(int port) const
{
    const QList<bool> reached = spreadFromClients(
        m_graph, [this, port](int v) { return !isFirewall(m_graph.kind(v)) || letsThrough(v, port); },
        [](int) { return true; });
    return {reachedWhere(m_graph, reached, isFirewall), reachedWhere(m_graph, reached, isTier)};
}

} // namespace infralab
