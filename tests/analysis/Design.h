#pragma once

// Small designs built in a test, one call per node or chain of links, and a
// compact way to compare findings: "rule:node,node".

#include "analysis/Finding.h"
#include "model/Properties.h"
#include "model/Topology.h"

#include <QJsonArray>
#include <QStringList>

#include <functional>
#include <optional>

namespace infralab {

class Design
{
public:
    Design &add(const QString &id, NodeKind kind, const QString &host = {}, const QJsonObject &props = {})
    {
        Node node;
        node.id = id;
        node.kind = kind;
        node.label = id;
        node.host = host;
        node.props = props;
        m_topology.addNode(node);
        return *this;
    }
    // Links each id to the next: link({"user", "fw", "lb"}) draws two links.
    Design &link(const QStringList &chain)
    {
        for (qsizetype i = 1; i < chain.size(); ++i)
            m_topology.addLink({chain[i - 1], chain[i], {}});
        return *this;
    }
    Design &set(const QString &id, const QString &key, const QJsonValue &value)
    {
        Node node = *m_topology.node(id);
        node.props.insert(key, value);
        m_topology.replaceNode(node);
        return *this;
    }
    Design &host(const QString &id, const QString &server)
    {
        Node node = *m_topology.node(id);
        node.host = server;
        m_topology.replaceNode(node);
        return *this;
    }
    Design &remove(const QString &id)
    {
        m_topology.removeNode(id);
        return *this;
    }
    Design &unlink(const QString &a, const QString &b)
    {
        m_topology.removeLink(a, b);
        return *this;
    }
    const Topology &topology() const { return m_topology; }
    operator Topology() const { return m_topology; }

private:
    Topology m_topology;
};

inline QJsonArray rulesJson(const QList<FirewallRule> &rules)
{
    QJsonArray array;
    for (const FirewallRule &rule : rules)
        array.append(toJson(rule));
    return array;
}

inline QJsonObject firewallProps(const QList<FirewallRule> &rules)
{
    using namespace Qt::StringLiterals;
    return {{u"rules"_s, rulesJson(rules)}};
}

inline QJsonObject props(const QString &key, const QJsonValue &value)
{
    return {{key, value}};
}

// user - lb - web<i> - app<i> - db<i> for i in 1..count, each trio on server
// s<i>; db1 is the primary, the others replicas. The load balancer ends TLS;
// no firewall, no agent.
inline Design servers(int count)
{
    using namespace Qt::StringLiterals;
    Design design;
    design.add(u"user"_s, NodeKind::Client)
        .add(u"lb"_s, NodeKind::LoadBalancer, {}, props(u"tls"_s, u"terminate"_s))
        .link({u"user"_s, u"lb"_s});
    for (int i = 1; i <= count; ++i) {
        const QString n = QString::number(i);
        const QString server = u"s"_s + n;
        design.add(server, NodeKind::Server)
            .add(u"web"_s + n, NodeKind::WebServer, server)
            .add(u"app"_s + n, NodeKind::AppServer, server)
            .add(u"db"_s + n, NodeKind::Database, server,
                 props(u"role"_s, i == 1 ? u"primary"_s : u"replica"_s))
            .link({u"lb"_s, u"web"_s + n, u"app"_s + n,
                   u"db"_s + n});
    }
    return design;
}

// servers(count) behind seed 002's firewalls: firewall 1 lets 443 and 80
// in from anywhere, firewall 2 lets the load balancer reach the web servers
// on 80. user - fw1 - lb - fw2 - web<i>.
inline Design guarded(int count)
{
    using namespace Qt::StringLiterals;
    Design design = servers(count);
    design.unlink(u"user"_s, u"lb"_s)
        .add(u"fw1"_s, NodeKind::Firewall, {},
             firewallProps({{RuleAction::Allow, 443, u"any"_s}, {RuleAction::Allow, 80, u"any"_s}}))
        .add(u"fw2"_s, NodeKind::Firewall, {}, firewallProps({{RuleAction::Allow, 80, u"lb"_s}}))
        .link({u"user"_s, u"fw1"_s, u"lb"_s, u"fw2"_s});
    for (int i = 1; i <= count; ++i) {
        const QString web = u"web"_s + QString::number(i);
        design.unlink(u"lb"_s, web).link({u"fw2"_s, web});
    }
    return design;
}

// One server running web, app and a primary database, linked straight to
// the browser: seed 004's single web infrastructure.
inline Design singleServer()
{
    using namespace Qt::StringLiterals;
    Design design;
    design.add(u"user"_s, NodeKind::Client)
        .add(u"s1"_s, NodeKind::Server)
        .add(u"web"_s, NodeKind::WebServer, u"s1"_s)
        .add(u"app"_s, NodeKind::AppServer, u"s1"_s)
        .add(u"db"_s, NodeKind::Database, u"s1"_s, props(u"role"_s, u"primary"_s))
        .link({u"user"_s, u"web"_s, u"app"_s, u"db"_s});
    return design;
}

// "spof:lb", "plaintext-hop:db1,db2": what fired on which nodes, in order;
// only one rule's findings when `only` is set.
inline QStringList summarize(const QList<Finding> &findings, std::optional<Rule> only = std::nullopt)
{
    QStringList lines;
    for (const Finding &finding : findings) {
        if (!only || finding.rule == *only)
            lines.append(ruleJsonName(finding.rule) + u':' + finding.nodes.join(u','));
    }
    return lines;
}

using TopologyEdit = std::function<void(Topology &)>;

} // namespace infralab
