// The built-in designs hold what their seed documents describe.

#include "model/Properties.h"
#include "presets/Presets.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(infralab::NodeKind)
Q_DECLARE_METATYPE(infralab::TlsMode)
Q_DECLARE_METATYPE(infralab::Algorithm)

namespace infralab {

class TestPresets : public QObject
{
    Q_OBJECT

private slots:
    void listsTheFourPresets();
    void defaultPreset();
    void unknownPresetFails_data();
    void unknownPresetFails();
    void structure_data();
    void structure();
    void firewalls_data();
    void firewalls();
    void monitoringAgents_data();
    void monitoringAgents();
    void securedMonitoredServerAddresses();
    void singleServerRunsEverything();

private:
    static Topology load(const QString &name);
};

namespace {

const QStringList kPresetNames{u"single-server"_s, u"distributed"_s, u"secured-monitored"_s,
                               u"three-server-nginx-lb"_s};

int count(const Topology &topology, NodeKind kind)
{
    return int(topology.nodesOfKind(kind).size());
}

int databasesWithRole(const Topology &topology, DatabaseRole role)
{
    const QList<const Node *> databases = topology.nodesOfKind(NodeKind::Database);
    return int(std::count_if(databases.cbegin(), databases.cend(),
                             [role](const Node *db) { return databaseRole(*db) == role; }));
}

// A rule's "from": "any", a node kind's name or a node id.
bool comesFrom(const Topology &topology, const QString &from, const QString &expected)
{
    if (expected == u"any" || from == expected)
        return from == expected;
    const Node *node = topology.node(from);
    return node && jsonName(node->kind) == expected;
}

// The firewall that sits next to a node of `kind`.
const Node *firewallNextTo(const Topology &topology, NodeKind kind)
{
    for (const Node *firewall : topology.nodesOfKind(NodeKind::Firewall)) {
        for (const QString &id : topology.neighbours(firewall->id)) {
            if (topology.node(id) && topology.node(id)->kind == kind)
                return firewall;
        }
    }
    return nullptr;
}

} // namespace

Topology TestPresets::load(const QString &name)
{
    const LoadResult result = loadPreset(name);
    if (!result.ok())
        qWarning("%s", qPrintable(result.error->toString()));
    return result.topology;
}

void TestPresets::listsTheFourPresets()
{
    const QList<PresetInfo> presets = builtinPresets();
    QStringList names;
    QSet<QString> titles;
    for (const PresetInfo &preset : presets) {
        names.append(preset.name);
        titles.insert(preset.title);
        QVERIFY2(!preset.title.trimmed().isEmpty(), qPrintable(preset.name));
        QVERIFY2(!preset.description.trimmed().isEmpty(), qPrintable(preset.name));
    }
    names.sort();
    QStringList expected = kPresetNames;
    expected.sort();
    QCOMPARE(names, expected);
    QCOMPARE(titles.size(), presets.size());   // the dialog tells them apart by title
}

void TestPresets::defaultPreset()
{
    QCOMPARE(defaultPresetName(), u"secured-monitored"_s);
    const LoadResult result = loadSource(u"preset:"_s + defaultPresetName());
    QVERIFY(result.ok());
    QVERIFY(result.topology == load(defaultPresetName()));
}

void TestPresets::unknownPresetFails_data()
{
    QTest::addColumn<QString>("source");

    QTest::newRow("a name that does not exist") << u"preset:nope"_s;
    QTest::newRow("no name") << u"preset:"_s;
    QTest::newRow("a known name in capitals") << u"preset:SECURED-MONITORED"_s;
    QTest::newRow("a path into the resources") << u"preset:../presets/secured-monitored"_s;
}

void TestPresets::unknownPresetFails()
{
    QFETCH(QString, source);

    const LoadResult result = loadSource(source);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->file, source);
    const QString text = result.error->toString();
    QVERIFY2(text.startsWith(source + u": "_s), qPrintable(text));
    QVERIFY2(!text.contains(u'\n'), qPrintable(text));
}

void TestPresets::structure_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("firewalls");
    QTest::addColumn<int>("loadBalancers");
    QTest::addColumn<int>("servers");
    QTest::addColumn<int>("webServers");
    QTest::addColumn<int>("appServers");
    QTest::addColumn<int>("databases");
    QTest::addColumn<int>("primaries");
    QTest::addColumn<int>("replicas");
    QTest::addColumn<int>("agents");
    QTest::addColumn<int>("monitoringServices");
    QTest::addColumn<QString>("software");      // of the load balancer, if there is one
    QTest::addColumn<Algorithm>("algorithm");
    QTest::addColumn<TlsMode>("tls");
    QTest::addColumn<NodeKind>("wwwTarget");    // what DNS answers for www.foobar.com

    // Seed 004: one LAMP server, nothing in front of it.
    QTest::newRow("single-server") << u"single-server"_s << 0 << 0 << 1 << 1 << 1 << 1 << 1 << 0 << 0 << 0
                                   << QString() << Algorithm::RoundRobin << TlsMode::None << NodeKind::Server;
    // Seed 004: HAProxy over three servers, one primary and two replicas;
    // "no firewall, no HTTPS, no monitoring".
    QTest::newRow("distributed") << u"distributed"_s << 0 << 1 << 3 << 3 << 3 << 3 << 1 << 2 << 0 << 0
                                 << u"haproxy"_s << Algorithm::RoundRobin << TlsMode::None << NodeKind::LoadBalancer;
    // Seeds 000-002 and 004: three firewalls, HAProxy round-robin ending TLS,
    // a monitoring client on each of the three servers, Sumologic.
    QTest::newRow("secured-monitored") << u"secured-monitored"_s << 3 << 1 << 3 << 3 << 3 << 3 << 1 << 2 << 3 << 1
                                       << u"haproxy"_s << Algorithm::RoundRobin << TlsMode::Terminate
                                       << NodeKind::LoadBalancer;
    // Seed 003: Nginx "evenly distributes" over three all-in-one servers and
    // terminates SSL; firewalls and monitoring clients.
    QTest::newRow("three-server-nginx-lb") << u"three-server-nginx-lb"_s << 3 << 1 << 3 << 3 << 3 << 3 << 1 << 2 << 3
                                           << 1 << u"nginx"_s << Algorithm::RoundRobin << TlsMode::Terminate
                                           << NodeKind::LoadBalancer;
}

void TestPresets::structure()
{
    QFETCH(QString, name);
    QFETCH(int, firewalls);
    QFETCH(int, loadBalancers);
    QFETCH(int, servers);
    QFETCH(int, webServers);
    QFETCH(int, appServers);
    QFETCH(int, databases);
    QFETCH(int, primaries);
    QFETCH(int, replicas);
    QFETCH(int, agents);
    QFETCH(int, monitoringServices);
    QFETCH(QString, software);
    QFETCH(Algorithm, algorithm);
    QFETCH(TlsMode, tls);
    QFETCH(NodeKind, wwwTarget);

    const Topology topology = load(name);
    QVERIFY(!topology.nodes().isEmpty());
    QCOMPARE(topology.domain, u"www.foobar.com"_s);
    QCOMPARE(count(topology, NodeKind::Firewall), firewalls);
    QCOMPARE(count(topology, NodeKind::LoadBalancer), loadBalancers);
    QCOMPARE(count(topology, NodeKind::Server), servers);
    QCOMPARE(count(topology, NodeKind::WebServer), webServers);
    QCOMPARE(count(topology, NodeKind::AppServer), appServers);
    QCOMPARE(count(topology, NodeKind::Database), databases);
    QCOMPARE(databasesWithRole(topology, DatabaseRole::Primary), primaries);
    QCOMPARE(databasesWithRole(topology, DatabaseRole::Replica), replicas);
    QCOMPARE(count(topology, NodeKind::MonitoringAgent), agents);
    QCOMPARE(count(topology, NodeKind::MonitoringService), monitoringServices);
    QCOMPARE(count(topology, NodeKind::Client), 1);
    QCOMPARE(count(topology, NodeKind::Dns), 1);

    if (loadBalancers > 0) {
        const Node &lb = *topology.nodesOfKind(NodeKind::LoadBalancer).constFirst();
        QCOMPARE(loadBalancerSoftware(lb), software);
        QCOMPARE(enumToJson(algorithmNames(), loadBalancerAlgorithm(lb)), enumToJson(algorithmNames(), algorithm));
        QCOMPARE(enumToJson(tlsModeNames(), loadBalancerTls(lb)), enumToJson(tlsModeNames(), tls));
    }

    // Seed 002: "DNS A record (www)" for the site.
    const QList<DnsRecord> records = dnsRecords(*topology.nodesOfKind(NodeKind::Dns).constFirst());
    const auto www = std::find_if(records.cbegin(), records.cend(),
                                  [](const DnsRecord &r) { return r.name == u"www.foobar.com"; });
    QVERIFY(www != records.cend());
    QCOMPARE(enumToJson(dnsRecordTypeNames(), www->type), u"A"_s);
    const Node *target = topology.node(www->target);
    QVERIFY2(target, qPrintable(www->target));
    QCOMPARE(jsonName(target->kind), jsonName(wwwTarget));

    // Every component that names a host names a server.
    for (const Node &node : topology.nodes()) {
        if (!node.host.isEmpty())
            QVERIFY2(topology.node(node.host) && topology.node(node.host)->kind == NodeKind::Server,
                     qPrintable(node.id));
    }
}

void TestPresets::firewalls_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<NodeKind>("guards");          // the firewall next to this kind
    QTest::addColumn<QList<int>>("ports");         // exactly the ports let in
    QTest::addColumn<QString>("from");             // "any", or the kind every rule names

    // Seed 002: "Firewall 1 ... allowing only ports 80 (HTTP) and 443 (HTTPS)
    // from the internet"; "Firewall 2 ... allowing only trusted internal
    // traffic (e.g., from the load balancer)"; "Firewall 3 ... only internal
    // traffic (e.g., from the application servers) on MySQL port 3306".
    // TLS ends at the load balancer, so it reaches the web servers on 80.
    for (const QString &name : {u"secured-monitored"_s, u"three-server-nginx-lb"_s}) {
        QTest::addRow("%s: firewall 1 lets in 443 and 80 from anywhere", qPrintable(name))
            << name << NodeKind::Client << QList<int>{80, 443} << u"any"_s;
        QTest::addRow("%s: firewall 2 lets in only the load balancer", qPrintable(name))
            << name << NodeKind::WebServer << QList<int>{80} << u"load-balancer"_s;
        QTest::addRow("%s: firewall 3 lets in only MySQL from the app servers", qPrintable(name))
            << name << NodeKind::Database << QList<int>{3306} << u"app-server"_s;
    }
}

void TestPresets::firewalls()
{
    QFETCH(QString, name);
    QFETCH(NodeKind, guards);
    QFETCH(QList<int>, ports);
    QFETCH(QString, from);

    const Topology topology = load(name);
    const Node *firewall = firewallNextTo(topology, guards);
    QVERIFY(firewall);
    QCOMPARE(enumToJson(ruleActionNames(), firewallPolicy(*firewall)), u"deny"_s);
    QList<int> allowed;
    for (const FirewallRule &rule : firewallRules(*firewall)) {
        QCOMPARE(enumToJson(ruleActionNames(), rule.action), u"allow"_s);
        QVERIFY2(comesFrom(topology, rule.from, from), qPrintable(rule.from));
        allowed.append(rule.port);
    }
    std::sort(allowed.begin(), allowed.end());
    QCOMPARE(allowed, ports);
}

void TestPresets::monitoringAgents_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("secured-monitored") << u"secured-monitored"_s;
    QTest::newRow("three-server-nginx-lb") << u"three-server-nginx-lb"_s;
}

void TestPresets::monitoringAgents()
{
    QFETCH(QString, name);

    // Seed 002: clients "installed on each server ... send data to a
    // centralized monitoring service (SumoLogic in this case)".
    const Topology topology = load(name);
    QCOMPARE(count(topology, NodeKind::MonitoringService), 1);
    const Node &service = *topology.nodesOfKind(NodeKind::MonitoringService).constFirst();
    QSet<QString> watched;
    for (const Node *agent : topology.nodesOfKind(NodeKind::MonitoringAgent)) {
        const Node *host = topology.node(agent->host);
        QVERIFY2(host && host->kind == NodeKind::Server, qPrintable(agent->id));
        QVERIFY2(topology.hasLink(agent->id, service.id), qPrintable(agent->id));
        watched.insert(host->id);
    }
    QCOMPARE(watched.size(), count(topology, NodeKind::Server));
}

void TestPresets::securedMonitoredServerAddresses()
{
    // Seed 002: "Two Web Servers (e.g., at IPs 8.8.8.8 and 8.8.4.4)".
    const Topology topology = load(u"secured-monitored"_s);
    QStringList addresses;
    for (const Node *server : topology.nodesOfKind(NodeKind::Server)) {
        QVERIFY2(isValidIpAddress(nodeIp(*server)), qPrintable(server->id));
        addresses.append(nodeIp(*server));
    }
    QVERIFY(addresses.contains(u"8.8.8.8"_s));
    QVERIFY(addresses.contains(u"8.8.4.4"_s));
    addresses.removeDuplicates();
    QCOMPARE(addresses.size(), count(topology, NodeKind::Server));
}

void TestPresets::singleServerRunsEverything()
{
    // Seed 004: "one single server with a LAMP stack".
    const Topology topology = load(u"single-server"_s);
    QCOMPARE(count(topology, NodeKind::Server), 1);
    const Node &server = *topology.nodesOfKind(NodeKind::Server).constFirst();
    QSet<NodeKind> kinds;
    for (const Node *node : topology.hostedBy(server.id))
        kinds.insert(node->kind);
    QCOMPARE(kinds, (QSet<NodeKind>{NodeKind::WebServer, NodeKind::AppServer, NodeKind::Database}));
}

} // namespace infralab

QTEST_GUILESS_MAIN(infralab::TestPresets)
#include "tst_presets.moc"
