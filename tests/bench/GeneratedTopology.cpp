#include "GeneratedTopology.h"

#include "model/Properties.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

Node makeNode(const QString &id, NodeKind kind, double x, double y, const QString &host = {})
{
    Node node;
    node.id = id;
    node.kind = kind;
    node.label = kindLabel(kind) + u' ' + id;
    node.pos = {x, y};
    node.host = host;
    return node;
}

} // namespace

Topology generatedTopology(int nodeCount)
{
    Topology topology;
    topology.name = u"Generated design"_s;
    topology.domain = u"www.foobar.com"_s;
    topology.addNode(makeNode(u"user"_s, NodeKind::Client, 0, 0));
    // DNS sends the browser to the first load balancer, so a walkthrough of
    // this design goes all the way to a database.
    Node dns = makeNode(u"dns"_s, NodeKind::Dns, 0, -150);
    dns.props.insert(u"records"_s, QJsonArray{toJson(DnsRecord{u"www.foobar.com"_s, DnsRecordType::A, u"lb0"_s})});
    topology.addNode(dns);
    topology.addLink({u"user"_s, u"dns"_s, {}});
    QString previous = u"user"_s;
    // Each group: firewall, load balancer, then servers of 4 nodes
    // (frame, web, app, database), 14 nodes in all.
    for (int group = 0; topology.nodes().size() + 14 <= nodeCount; ++group) {
        const double x = 200.0 * group;
        const QString g = QString::number(group);
        Node firewall = makeNode(u"fw"_s + g, NodeKind::Firewall, x, 0);
        firewall.props.insert(u"rules"_s, QJsonArray{toJson(FirewallRule{RuleAction::Allow, 443, u"any"_s})});
        topology.addNode(firewall);
        Node balancer = makeNode(u"lb"_s + g, NodeKind::LoadBalancer, x, 120);
        balancer.props.insert(u"tls"_s, u"terminate"_s);
        topology.addNode(balancer);
        topology.addLink({previous, firewall.id, {}});
        topology.addLink({firewall.id, balancer.id, {}});
        for (int s = 0; s < 3; ++s) {
            const QString id = u"s"_s + g + u'_' + QString::number(s);
            const double y = 300.0 + 260.0 * s;
            Node server = makeNode(id, NodeKind::Server, x, y);
            server.size = {180, 240};
            topology.addNode(server);
            topology.addNode(makeNode(id + u"web"_s, NodeKind::WebServer, x + 10, y + 30, id));
            topology.addNode(makeNode(id + u"app"_s, NodeKind::AppServer, x + 10, y + 90, id));
            Node database = makeNode(id + u"db"_s, NodeKind::Database, x + 10, y + 150, id);
            database.props.insert(u"role"_s, s == 0 ? u"primary"_s : u"replica"_s);
            topology.addNode(database);
            topology.addLink({balancer.id, id + u"web"_s, {}});
            topology.addLink({id + u"web"_s, id + u"app"_s, {}});
            topology.addLink({id + u"app"_s, id + u"db"_s, {}});
        }
        previous = balancer.id;
    }
    // The few nodes left over are browsers stacked beside the first group
    // (not 100 units per node of the whole design down: the drawing stays
    // the size of the groups, as a real design would).
    for (int extra = 0; topology.nodes().size() < nodeCount; ++extra) {
        const QString id = topology.uniqueId(u"browser"_s);
        topology.addNode(makeNode(id, NodeKind::Client, -200, 100.0 * extra));
        topology.addLink({id, u"fw0"_s, {}});
    }
    return topology;
}

} // namespace infralab
