// The analyser on the built-in designs: each reports the issues its seed
// lists (and the real ones it misses), and the student's fixes clear them.
// Also the rule table, the order of findings and their JSON.

#include "Design.h"
#include "analysis/Analyzer.h"
#include "analysis/CutVertices.h"
#include "model/Properties.h"
#include "presets/Presets.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(infralab::Rule)
Q_DECLARE_METATYPE(infralab::TopologyEdit)

namespace infralab {

using Adjacency = QList<QList<int>>;

} // namespace infralab

Q_DECLARE_METATYPE(std::optional<QList<int>>)

namespace infralab {

class TestAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void presets_data();
    void presets();
    void fixesClearFindings_data();
    void fixesClearFindings();
    void findingsAreSortedAndStable();
    void findingsAreReadable();
    void ruleTable();
    void json();
    void verticesOnEveryPath_data();
    void verticesOnEveryPath();
    void longChainDoesNotExhaustTheStack();

private:
    static Topology preset(const QString &name);
};

Topology TestAnalyzer::preset(const QString &name)
{
    const LoadResult result = loadPreset(name);
    if (!result.ok())
        qFatal("preset %s: %s", qPrintable(name), qPrintable(result.error->toString()));
    return result.topology;
}

void TestAnalyzer::presets_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");

    // Seed 004 lists the single server as a SPOF; the rest it does not name.
    QTest::newRow("single-server: the server, no HTTPS, no firewall, no monitoring, one writer, one box")
        << u"single-server"_s
        << QStringList{u"spof:s1"_s,
                       u"no-https:web"_s,
                       u"exposed-port:web,app,db"_s,
                       u"single-writer:db"_s,
                       u"unmonitored:s1"_s,
                       u"collocated-tiers:s1"_s};
    // Seed 004: the load balancer is a SPOF; no firewall, no HTTPS, no monitoring.
    QTest::newRow("distributed: the load balancer, no HTTPS, no firewall, no monitoring, one writer")
        << u"distributed"_s
        << QStringList{u"spof:lb"_s,
                       u"no-https:lb"_s,
                       u"exposed-port:lb,web1,app1,db1,web2,app2,db2,web3,app3,db3"_s,
                       u"single-writer:db1"_s,
                       u"unmonitored:s1,s2,s3"_s,
                       u"collocated-tiers:s1,s2,s3"_s};
    // Seeds 001, 002, 004: TLS ends at HAProxy, one writer, identical servers;
    // the single HAProxy and the firewalls every request crosses are SPOFs.
    const QStringList secured{u"spof:fw1"_s,
                              u"spof:lb"_s,
                              u"spof:fw2"_s,
                              u"spof:fw3"_s,
                              u"single-writer:db1"_s,
                              u"plaintext-hop:lb"_s,
                              u"plaintext-hop:db1,db2,db3"_s,
                              u"collocated-tiers:s1,s2,s3"_s};
    QTest::newRow("secured-monitored: TLS ends at HAProxy, one writer, identical servers, single HAProxy")
        << u"secured-monitored"_s << secured;
    // Seed 003: the same three issues, with Nginx as the load balancer.
    QTest::newRow("three-server-nginx-lb: TLS ends at the Nginx load balancer, one writer, identical servers")
        << u"three-server-nginx-lb"_s << secured;
}

void TestAnalyzer::presets()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    QCOMPARE(summarize(analyze(preset(name))), expected);
}

void TestAnalyzer::fixesClearFindings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<TopologyEdit>("fix");
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");

    const auto setProp = [](const QString &id, const QString &key, const QJsonValue &value) {
        return [=](Topology &topology) {
            Node node = *topology.node(id);
            node.props.insert(key, value);
            topology.replaceNode(node);
        };
    };
    QTest::newRow("secured-monitored: a second HAProxy between the same firewalls")
        << u"secured-monitored"_s << TopologyEdit([](Topology &topology) {
               Node second = *topology.node(u"lb"_s);
               second.id = u"lb2"_s;
               topology.addNode(second);
               topology.addLink({u"fw1"_s, u"lb2"_s, {}});
               topology.addLink({u"lb2"_s, u"fw2"_s, {}});
           })
        << Rule::Spof << QStringList{u"spof:fw1"_s, u"spof:lb"_s, u"spof:fw2"_s, u"spof:fw3"_s}
        << QStringList{u"spof:fw1"_s, u"spof:fw2"_s, u"spof:fw3"_s};
    QTest::newRow("secured-monitored: HAProxy re-encrypts towards the servers")
        << u"secured-monitored"_s << TopologyEdit(setProp(u"lb"_s, u"tls"_s, u"reencrypt"_s)) << Rule::PlaintextHop
        << QStringList{u"plaintext-hop:lb"_s, u"plaintext-hop:db1,db2,db3"_s}
        << QStringList{u"plaintext-hop:db1,db2,db3"_s};
    QTest::newRow("secured-monitored: a replica takes over automatically")
        << u"secured-monitored"_s << TopologyEdit(setProp(u"db2"_s, u"failover"_s, u"automatic"_s))
        << Rule::SingleWriter << QStringList{u"single-writer:db1"_s} << QStringList{};
    QTest::newRow("secured-monitored: firewall 1 lets SSH in from anywhere")
        << u"secured-monitored"_s << TopologyEdit([](Topology &topology) {
               Node firewall = *topology.node(u"fw1"_s);
               QJsonArray rules = firewall.props.value(u"rules"_s).toArray();
               rules.append(toJson(FirewallRule{RuleAction::Allow, 22, u"any"_s}));
               firewall.props.insert(u"rules"_s, rules);
               topology.replaceNode(firewall);
           })
        << Rule::ExposedPort << QStringList{} << QStringList{u"exposed-port:fw1,lb"_s};
    QTest::newRow("distributed: a second HAProxy linked like the first")
        << u"distributed"_s << TopologyEdit([](Topology &topology) {
               Node second = *topology.node(u"lb"_s);
               second.id = u"lb2"_s;
               topology.addNode(second);
               for (const QString &to : {u"user"_s, u"web1"_s, u"web2"_s, u"web3"_s})
                   topology.addLink({u"lb2"_s, to, {}});
           })
        << Rule::Spof << QStringList{u"spof:lb"_s} << QStringList{};
    QTest::newRow("distributed: HTTPS at HAProxy")
        << u"distributed"_s << TopologyEdit(setProp(u"lb"_s, u"tls"_s, u"reencrypt"_s)) << Rule::NoHttps
        << QStringList{u"no-https:lb"_s} << QStringList{};
    QTest::newRow("distributed: an agent on each server reporting to a service")
        << u"distributed"_s << TopologyEdit([](Topology &topology) {
               topology.addNode(Node{u"sumo"_s, NodeKind::MonitoringService, u"Sumologic"_s, {}, {}, {}, {}, {}});
               for (const QString &server : {u"s1"_s, u"s2"_s, u"s3"_s}) {
                   const QString agent = u"agent-"_s + server;
                   topology.addNode(Node{agent, NodeKind::MonitoringAgent, u"Agent"_s, {}, {}, server, {}, {}});
                   topology.addLink({agent, u"sumo"_s, {}});
               }
           })
        << Rule::Unmonitored << QStringList{u"unmonitored:s1,s2,s3"_s} << QStringList{};
    QTest::newRow("single-server: the database moved to a server of its own")
        << u"single-server"_s << TopologyEdit([](Topology &topology) {
               topology.addNode(Node{u"s2"_s, NodeKind::Server, u"Database server"_s, {}, {}, {}, {}, {}});
               Node database = *topology.node(u"db"_s);
               database.host = u"s2"_s;
               topology.replaceNode(database);
           })
        << Rule::CollocatedTiers << QStringList{u"collocated-tiers:s1"_s} << QStringList{};
}

void TestAnalyzer::fixesClearFindings()
{
    QFETCH(QString, name);
    QFETCH(TopologyEdit, fix);
    QFETCH(Rule, rule);
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    Topology topology = preset(name);
    QCOMPARE(summarize(analyze(topology), rule), before);
    fix(topology);
    QCOMPARE(summarize(analyze(topology), rule), after);
}

void TestAnalyzer::findingsAreSortedAndStable()
{
    for (const PresetInfo &info : builtinPresets()) {
        const Topology topology = preset(info.name);
        const QList<Finding> findings = analyze(topology);
        QCOMPARE(analyze(topology), findings);
        for (qsizetype i = 1; i < findings.size(); ++i) {
            const Finding &a = findings[i - 1];
            const Finding &b = findings[i];
            QVERIFY2(a.severity < b.severity || (a.severity == b.severity && a.rule <= b.rule),
                     qPrintable(info.name + u": "_s + a.message + u" before "_s + b.message));
        }
    }
}

void TestAnalyzer::findingsAreReadable()
{
    const QList<Finding> findings = analyze(preset(u"secured-monitored"_s));
    QVERIFY(!findings.isEmpty());
    QCOMPARE(findings[1].nodes, QStringList{u"lb"_s});
    QVERIFY2(findings[1].message.contains(u"HAProxy"_s), qPrintable(findings[1].message));
    for (const PresetInfo &info : builtinPresets()) {
        for (const Finding &finding : analyze(preset(info.name))) {
            QCOMPARE(finding.severity, defaultSeverity(finding.rule));
            QVERIFY(!finding.message.isEmpty());
            QVERIFY(!finding.message.contains(u'\n'));
            // Why it matters and how to fix it: two to four sentences.
            const qsizetype sentences = finding.explanation.count(u". "_s) + 1;
            QVERIFY2(finding.explanation.endsWith(u'.') && sentences >= 2 && sentences <= 4,
                     qPrintable(finding.explanation));
        }
    }
    // A label with a line break still gives a one-line message.
    Design design = singleServer();
    Node server = *design.topology().node(u"s1"_s);
    server.label = u"Main\nserver"_s;
    Topology topology = design;
    topology.replaceNode(server);
    const QList<Finding> spof = analyze(topology);
    QCOMPARE(spof.first().message.left(12), u"Main server "_s);
}

void TestAnalyzer::ruleTable()
{
    const QStringList ids{u"spof"_s,         u"single-writer"_s, u"plaintext-hop"_s, u"no-https"_s,
                          u"collocated-tiers"_s, u"exposed-port"_s, u"unmonitored"_s};
    QStringList seen;
    for (Rule rule : allRules()) {
        seen.append(ruleJsonName(rule));
        const std::optional<Rule> parsed = ruleFromJson(ruleJsonName(rule));
        QVERIFY(parsed);
        QCOMPARE(*parsed, rule);
        QVERIFY(!ruleTitle(rule).isEmpty());
    }
    QCOMPARE(seen, ids);
    QVERIFY(!ruleFromJson(u"spf"));
    for (Severity severity : {Severity::High, Severity::Medium, Severity::Low}) {
        const std::optional<Severity> parsed = severityFromJson(severityJsonName(severity));
        QVERIFY(parsed);
        QCOMPARE(*parsed, severity);
    }
    QCOMPARE(severityJsonName(Severity::Medium), u"medium"_s);
}

void TestAnalyzer::json()
{
    const Finding finding = makeFinding(Rule::Spof, {u"lb"_s}, u"HAProxy fails alone"_s, u"Add one."_s);
    const QJsonObject document = findingsToJson({finding});
    const QJsonArray findings = document.value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject object = findings.first().toObject();
    QCOMPARE(object.value(u"rule"_s).toString(), u"spof"_s);
    QCOMPARE(object.value(u"severity"_s).toString(), u"high"_s);
    QCOMPARE(object.value(u"nodes"_s).toArray(), QJsonArray{u"lb"_s});
    QCOMPARE(object.value(u"message"_s).toString(), u"HAProxy fails alone"_s);
    QCOMPARE(object.value(u"explanation"_s).toString(), u"Add one."_s);
    QCOMPARE(findingsToJson({}), QJsonObject({{u"findings"_s, QJsonArray()}}));
}

void TestAnalyzer::verticesOnEveryPath_data()
{
    QTest::addColumn<Adjacency>("graph");
    QTest::addColumn<std::optional<QList<int>>>("expected");
    // Vertex 0 is the source, the last one the sink.
    QTest::newRow("a path: every inner vertex") << Adjacency{{1}, {0, 2}, {1, 3}, {2}}
                                                << std::optional<QList<int>>(QList<int>{2, 1});
    QTest::newRow("a cycle: none") << Adjacency{{1, 2}, {0, 3}, {0, 3}, {1, 2}}
                                   << std::optional<QList<int>>(QList<int>{});
    QTest::newRow("two parallel paths meeting at a waist")
        << Adjacency{{1, 2}, {0, 3}, {0, 3}, {1, 2, 4}, {3}} << std::optional<QList<int>>(QList<int>{3});
    QTest::newRow("a side loop off the path is not a detour")
        << Adjacency{{1}, {0, 2, 3}, {1, 3, 4}, {1, 2}, {2}} << std::optional<QList<int>>(QList<int>{2, 1});
    QTest::newRow("the sink out of reach") << Adjacency{{1}, {0}, {}} << std::optional<QList<int>>();
}

void TestAnalyzer::verticesOnEveryPath()
{
    QFETCH(Adjacency, graph);
    QFETCH(std::optional<QList<int>>, expected);
    QCOMPARE(infralab::verticesOnEveryPath(graph, 0, int(graph.size()) - 1), expected);
}

void TestAnalyzer::longChainDoesNotExhaustTheStack()
{
    // 100,000 load balancers in a row to one database: each of them, and
    // the lone database, is a single point; the search must not recurse.
    Topology topology;
    topology.addNode(Node{u"user"_s, NodeKind::Client, {}, {}, {}, {}, {}, {}});
    QString previous = u"user"_s;
    constexpr int kLength = 100000;
    for (int i = 0; i < kLength; ++i) {
        const QString id = u"lb"_s + QString::number(i);
        topology.addNode(Node{id, NodeKind::LoadBalancer, {}, {}, {}, {}, {}, {}});
        topology.addLink({previous, id, {}});
        previous = id;
    }
    topology.addNode(Node{u"db"_s, NodeKind::Database, {}, {}, {}, {}, {}, {}});
    topology.addLink({previous, u"db"_s, {}});
    QCOMPARE(summarize(analyze(topology), Rule::Spof).size(), kLength + 1);
}

} // namespace infralab

QTEST_GUILESS_MAIN(infralab::TestAnalyzer)
#include "tst_analyzer.moc"
