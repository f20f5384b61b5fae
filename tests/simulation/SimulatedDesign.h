#pragma once

// Small designs for the simulation tests, built in code so each test shows
// what it changes.

#include "model/Topology.h"
#include "presets/Presets.h"

#include <QJsonArray>
#include <QTest>

namespace infralab::test {

inline Node node(const QString &id, NodeKind kind, const QString &host = {}, const QJsonObject &props = {})
{
    Node n;
    n.id = id;
    n.kind = kind;
    n.label = id;
    n.host = host;
    n.props = props;
    return n;
}

inline void link(Topology &topology, const QString &a, const QString &b)
{
    topology.addLink({a, b, {}});
}

// Browser -> [firewall] -> load balancer -> web servers, each alone on its
// server "s<i>" with the given props. No application: static requests only.
inline Topology balancedStatic(int servers, const QJsonObject &balancer, const QList<QJsonObject> &serverProps = {},
                               const QJsonObject *firewall = nullptr)
{
    Topology topology;
    topology.domain = QStringLiteral("www.foobar.com");
    topology.addNode(node(QStringLiteral("user"), NodeKind::Client));
    topology.addNode(node(QStringLiteral("dns"), NodeKind::Dns, {},
                          QJsonObject{{QStringLiteral("records"),
                                       QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("www.foobar.com")},
                                                              {QStringLiteral("type"), QStringLiteral("A")},
                                                              {QStringLiteral("target"), QStringLiteral("lb")}}}}}));
    QJsonObject lbProps = balancer;
    lbProps.insert(QStringLiteral("ip"), QStringLiteral("203.0.113.10"));
    topology.addNode(node(QStringLiteral("lb"), NodeKind::LoadBalancer, {}, lbProps));
    link(topology, QStringLiteral("user"), QStringLiteral("dns"));
    if (firewall) {
        topology.addNode(node(QStringLiteral("fw"), NodeKind::Firewall, {}, *firewall));
        link(topology, QStringLiteral("user"), QStringLiteral("fw"));
        link(topology, QStringLiteral("fw"), QStringLiteral("lb"));
    } else {
        link(topology, QStringLiteral("user"), QStringLiteral("lb"));
    }
    for (int i = 1; i <= servers; ++i) {
        const QString server = QStringLiteral("s%1").arg(i);
        const QString web = QStringLiteral("web%1").arg(i);
        topology.addNode(node(server, NodeKind::Server, {}, serverProps.value(i - 1)));
        topology.addNode(node(web, NodeKind::WebServer, server, serverProps.value(i - 1)));
        link(topology, QStringLiteral("lb"), web);
    }
    return topology;
}

inline Topology preset(const QString &name)
{
    LoadResult result = loadPreset(name);
    if (!result.ok())
        qFatal("preset %s does not load", qPrintable(name));
    return result.topology;
}

// The design with one node's props changed.
inline Topology withProps(Topology topology, const QString &id, const QJsonObject &props)
{
    Node changed = *topology.node(id);
    for (auto it = props.begin(); it != props.end(); ++it)
        changed.props.insert(it.key(), it.value());
    topology.replaceNode(changed);
    return topology;
}

} // namespace infralab::test
