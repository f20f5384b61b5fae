#pragma once

// Designs drawn in a test, a few lines each, and the preset edits the tests
// make (remove a firewall, change the TLS mode).

#include "model/Properties.h"
#include "model/Topology.h"
#include "presets/Presets.h"

#include <QJsonArray>
#include <QTest>

namespace infralab::drawn {

using namespace Qt::StringLiterals;

inline Node node(const QString &id, NodeKind kind, const QString &label, const QJsonObject &props = {},
                 const QString &host = {})
{
    Node n;
    n.id = id;
    n.kind = kind;
    n.label = label;
    n.props = props;
    n.host = host;
    return n;
}

inline QJsonObject rules(const QList<FirewallRule> &list, const QString &policy = u"deny"_s)
{
    QJsonArray array;
    for (const FirewallRule &rule : list)
        array.append(toJson(rule));
    return {{u"rules"_s, array}, {u"policy"_s, policy}};
}

inline QJsonObject records(const QString &name, const QString &target)
{
    return {{u"records"_s, QJsonArray{toJson(DnsRecord{name, DnsRecordType::A, target})}}};
}

// A browser and a DNS whose record for www.foobar.com points at `target`.
inline Topology withBrowserAndDns(const QString &target)
{
    Topology topology;
    topology.domain = u"www.foobar.com"_s;
    topology.addNode(node(u"user"_s, NodeKind::Client, u"Browser"_s));
    topology.addNode(node(u"dns"_s, NodeKind::Dns, u"DNS"_s, records(u"www.foobar.com"_s, target)));
    topology.addLink({u"user"_s, u"dns"_s, {}});
    return topology;
}

inline void link(Topology &topology, const QString &a, const QString &b)
{
    topology.addLink({a, b, {}});
}

inline Topology preset(const QString &name)
{
    const LoadResult result = loadPreset(name);
    if (!result.ok())
        qFatal("preset %s does not load", qPrintable(name));
    return result.topology;
}

inline void setProp(Topology &topology, const QString &id, const QString &key, const QJsonValue &value)
{
    Node changed = *topology.node(id);
    changed.props.insert(key, value);
    topology.replaceNode(changed);
}

} // namespace infralab::drawn
