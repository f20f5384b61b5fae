// Each rule of the analyser on small designs built here: it fires where it
// should, stays quiet where it should not, and fixing the design clears it.

#include "Design.h"
#include "analysis/Analyzer.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(infralab::Topology)

namespace infralab {

class TestAnalysisRules : public QObject
{
    Q_OBJECT

private slots:
    void spof_data();
    void spof() { check(Rule::Spof); }
    void singleWriter_data();
    void singleWriter() { check(Rule::SingleWriter); }
    void plaintextHop_data();
    void plaintextHop() { check(Rule::PlaintextHop); }
    void noHttps_data();
    void noHttps() { check(Rule::NoHttps); }
    void collocatedTiers_data();
    void collocatedTiers() { check(Rule::CollocatedTiers); }
    void exposedPort_data();
    void exposedPort() { check(Rule::ExposedPort); }
    void unmonitored_data();
    void unmonitored() { check(Rule::Unmonitored); }

private:
    static void columns();
    static void row(const char *name, const Topology &design, const QStringList &expected);
    static void check(Rule rule);
};

void TestAnalysisRules::columns()
{
    QTest::addColumn<Topology>("design");
    QTest::addColumn<QStringList>("expected");
}

void TestAnalysisRules::row(const char *name, const Topology &design, const QStringList &expected)
{
    QTest::newRow(name) << design << expected;
}

void TestAnalysisRules::check(Rule rule)
{
    QFETCH(Topology, design);
    QFETCH(QStringList, expected);
    QCOMPARE(summarize(analyze(design), rule), expected);
}

namespace {

// A second load balancer with the same links as the first.
Design withSecondBalancer(Design design, int servers)
{
    design.add(u"lb2"_s, NodeKind::LoadBalancer, {}, props(u"tls"_s, u"terminate"_s)).link({u"user"_s, u"lb2"_s});
    for (int i = 1; i <= servers; ++i)
        design.link({u"lb2"_s, u"web"_s + QString::number(i)});
    return design;
}

// servers(count) whose application servers reach the databases through a
// shared firewall, as seed 000 step 12 has it ("passing through the third
// firewall"); the load balancer re-encrypts.
Design databasesBehindFirewall(int count)
{
    Design design = servers(count);
    design.set(u"lb"_s, u"tls"_s, u"reencrypt"_s)
        .add(u"fw3"_s, NodeKind::Firewall, {}, firewallProps({{RuleAction::Allow, 3306, u"app-server"_s}}));
    for (int i = 1; i <= count; ++i) {
        const QString n = QString::number(i);
        design.unlink(u"app"_s + n, u"db"_s + n).link({u"app"_s + n, u"fw3"_s}).link({u"fw3"_s, u"db"_s + n});
    }
    return design;
}

// servers(1) with a firewall between the application server and the database.
Design databaseFirewall(const QString &allowedFrom)
{
    Design design = servers(1);
    design.add(u"fwdb"_s, NodeKind::Firewall, {}, firewallProps({{RuleAction::Allow, 3306, allowedFrom}}))
        .unlink(u"app1"_s, u"db1"_s)
        .link({u"app1"_s, u"fwdb"_s, u"db1"_s});
    return design;
}

Design guardedWithFront(const QList<FirewallRule> &front, RuleAction policy = RuleAction::Deny)
{
    Design design = guarded(1);
    design.set(u"fw1"_s, u"rules"_s, rulesJson(front));
    design.set(u"fw1"_s, u"policy"_s, enumToJson(ruleActionNames(), policy));
    return design;
}

const FirewallRule kHttps{RuleAction::Allow, 443, u"any"_s};
const FirewallRule kHttp{RuleAction::Allow, 80, u"any"_s};

} // namespace

void TestAnalysisRules::spof_data()
{
    columns();
    row("one load balancer in front of three servers", servers(3), {u"spof:lb"_s});
    row("a second load balancer linked like the first clears it", withSecondBalancer(servers(3), 3), {});
    row("one server behind the load balancer fails with all it runs", servers(1), {u"spof:lb"_s, u"spof:s1"_s});
    row("a lone server is reported, not its web, app and database", singleServer(), {u"spof:s1"_s});
    row("a firewall every path crosses",
        servers(3).unlink(u"user"_s, u"lb"_s).add(u"fw"_s, NodeKind::Firewall).link({u"user"_s, u"fw"_s, u"lb"_s}),
        {u"spof:lb"_s, u"spof:fw"_s});
    row("two firewalls side by side are no single point",
        servers(3)
            .unlink(u"user"_s, u"lb"_s)
            .add(u"fwA"_s, NodeKind::Firewall)
            .add(u"fwB"_s, NodeKind::Firewall)
            .link({u"user"_s, u"fwA"_s, u"lb"_s, u"fwB"_s, u"user"_s}),
        {u"spof:lb"_s});
    row("a server whose database sits behind a firewall still fails as a whole",
        singleServer()
            .add(u"fwdb"_s, NodeKind::Firewall)
            .unlink(u"app"_s, u"db"_s)
            .link({u"app"_s, u"fwdb"_s, u"db"_s}),
        {u"spof:s1"_s, u"spof:fwdb"_s});
    row("one machine running both load balancers",
        withSecondBalancer(servers(3), 3).add(u"edge"_s, NodeKind::Server).host(u"lb"_s, u"edge"_s).host(u"lb2"_s,
                                                                                                         u"edge"_s),
        {u"spof:edge"_s});
    row("a primary reached from every app server is no single point while replicas serve",
        servers(3).link({u"app2"_s, u"db1"_s}).link({u"app3"_s, u"db1"_s}), {u"spof:lb"_s});
    row("a lone database on no server",
        Design()
            .add(u"user"_s, NodeKind::Client)
            .add(u"lb"_s, NodeKind::LoadBalancer)
            .add(u"app1"_s, NodeKind::AppServer)
            .add(u"app2"_s, NodeKind::AppServer)
            .add(u"db"_s, NodeKind::Database)
            .link({u"user"_s, u"lb"_s, u"app1"_s, u"db"_s, u"app2"_s, u"lb"_s}),
        {u"spof:lb"_s, u"spof:db"_s});
    row("DNS answers a question but carries no request",
        servers(2).unlink(u"user"_s, u"lb"_s).add(u"dns"_s, NodeKind::Dns).link({u"user"_s, u"dns"_s, u"lb"_s}), {});
    row("monitoring agent and service are never reported",
        singleServer()
            .add(u"agent"_s, NodeKind::MonitoringAgent, u"s1"_s)
            .add(u"sumo"_s, NodeKind::MonitoringService)
            .link({u"agent"_s, u"sumo"_s, u"user"_s}),
        {u"spof:s1"_s});
    row("browsers that reach no data have nothing to cut",
        Design().add(u"user"_s, NodeKind::Client).add(u"db"_s, NodeKind::Database), {});
    row("without a database the deepest tier holds the data",
        Design()
            .add(u"user"_s, NodeKind::Client)
            .add(u"lb"_s, NodeKind::LoadBalancer)
            .add(u"web1"_s, NodeKind::WebServer)
            .add(u"web2"_s, NodeKind::WebServer)
            .link({u"user"_s, u"lb"_s, u"web1"_s})
            .link({u"lb"_s, u"web2"_s}),
        {u"spof:lb"_s});
}

void TestAnalysisRules::singleWriter_data()
{
    columns();
    row("one primary and two replicas", servers(3), {u"single-writer:db1"_s});
    row("a replica with automatic failover clears it", servers(3).set(u"db2"_s, u"failover"_s, u"automatic"_s), {});
    row("a replica with manual failover does not",
        servers(3).set(u"db2"_s, u"failover"_s, u"manual"_s), {u"single-writer:db1"_s});
    row("a second primary clears it", servers(3).set(u"db2"_s, u"role"_s, u"primary"_s), {});
    row("a lone database", singleServer(), {u"single-writer:db"_s});
    row("no database at all", servers(1).remove(u"db1"_s), {});
}

void TestAnalysisRules::plaintextHop_data()
{
    columns();
    row("a load balancer ending TLS sends plain HTTP to the servers", servers(3), {u"plaintext-hop:lb"_s});
    row("re-encryption clears the load balancer's hop", servers(3).set(u"lb"_s, u"tls"_s, u"reencrypt"_s), {});
    row("TLS passthrough clears it", servers(3).set(u"lb"_s, u"tls"_s, u"passthrough"_s), {});
    row("with no HTTPS at all, that is no-https's finding", servers(3).set(u"lb"_s, u"tls"_s, u"none"_s), {});
    row("databases reached through a firewall without TLS", databasesBehindFirewall(2),
        {u"plaintext-hop:db1,db2"_s});
    row("database TLS clears the database hop",
        databasesBehindFirewall(2).set(u"db1"_s, u"tls"_s, true).set(u"db2"_s, u"tls"_s, true), {});
    row("a database hop is not reported while the site has no HTTPS",
        databasesBehindFirewall(2).set(u"lb"_s, u"tls"_s, u"none"_s), {});
    row("an app server querying a database on another server",
        servers(2).set(u"lb"_s, u"tls"_s, u"reencrypt"_s).link({u"app2"_s, u"db1"_s}), {u"plaintext-hop:db1"_s});
    row("a load balancer ending TLS and databases without it",
        databasesBehindFirewall(2).set(u"lb"_s, u"tls"_s, u"terminate"_s),
        {u"plaintext-hop:lb"_s, u"plaintext-hop:db1,db2"_s});
}

void TestAnalysisRules::noHttps_data()
{
    columns();
    row("a load balancer without TLS", servers(2).set(u"lb"_s, u"tls"_s, u"none"_s), {u"no-https:lb"_s});
    row("a load balancer ending TLS", servers(2), {});
    row("TLS passthrough to the web servers", servers(2).set(u"lb"_s, u"tls"_s, u"passthrough"_s), {});
    row("a firewall in front: browsers still connect to the load balancer",
        guarded(2).set(u"lb"_s, u"tls"_s, u"none"_s), {u"no-https:lb"_s});
    row("a single server without a certificate", singleServer(), {u"no-https:web"_s});
    row("a single server whose web server holds a certificate", singleServer().set(u"web"_s, u"tls"_s, true), {});
}

void TestAnalysisRules::collocatedTiers_data()
{
    columns();
    row("every server runs web, app and database", servers(2), {u"collocated-tiers:s1,s2"_s});
    row("a single server", singleServer(), {u"collocated-tiers:s1"_s});
    row("the database moved to a server of its own clears it",
        singleServer().add(u"s2"_s, NodeKind::Server).host(u"db"_s, u"s2"_s), {});
    row("web and application together without a database", servers(1).remove(u"db1"_s), {});
}

void TestAnalysisRules::exposedPort_data()
{
    columns();
    row("no firewall at all: every tier is open", servers(1), {u"exposed-port:lb,web1,app1,db1"_s});
    row("firewalls letting in 80 and 443 only", guarded(2), {});
    row("a rule allowing 22 from any opens it", guardedWithFront({kHttps, kHttp, {RuleAction::Allow, 22, u"any"_s}}),
        {u"exposed-port:fw1,lb"_s});
    row("removing that rule clears it", guardedWithFront({kHttps, kHttp}), {});
    row("22 from the client kind is from the internet too",
        guardedWithFront({kHttps, kHttp, {RuleAction::Allow, 22, u"client"_s}}), {u"exposed-port:fw1,lb"_s});
    row("22 allowed from an internal node only",
        guardedWithFront({kHttps, kHttp, {RuleAction::Allow, 22, u"lb"_s}}), {});
    row("a deny rule for 22 placed first wins",
        guardedWithFront({{RuleAction::Deny, 22, u"any"_s}, {RuleAction::Allow, 22, u"any"_s}, kHttps}), {});
    row("an allow rule for 22 placed first wins",
        guardedWithFront({{RuleAction::Allow, 22, u"any"_s}, {RuleAction::Deny, 22, u"any"_s}, kHttps}),
        {u"exposed-port:fw1,lb"_s});
    row("a policy of allow opens every port no rule names", guardedWithFront({kHttps, kHttp}, RuleAction::Allow),
        {u"exposed-port:fw1,lb"_s});
    row("a path around the firewall leaves the load balancer open", guarded(1).link({u"user"_s, u"lb"_s}),
        {u"exposed-port:lb"_s});
    row("a database firewall allowing 3306 from any opens the database", databaseFirewall(u"any"_s),
        {u"exposed-port:lb,web1,app1"_s, u"exposed-port:fwdb,db1"_s});
    row("a database firewall allowing 3306 from the app servers keeps it closed",
        databaseFirewall(u"app-server"_s), {u"exposed-port:lb,web1,app1"_s});
    row("3306 open to any behind a front firewall that blocks it",
        guarded(1)
            .add(u"fw3"_s, NodeKind::Firewall, {}, firewallProps({{RuleAction::Allow, 3306, u"any"_s}}))
            .unlink(u"app1"_s, u"db1"_s)
            .link({u"app1"_s, u"fw3"_s, u"db1"_s}),
        {});
}

void TestAnalysisRules::unmonitored_data()
{
    columns();
    row("a server without an agent", singleServer(), {u"unmonitored:s1"_s});
    row("an agent reporting to a monitoring service clears it",
        singleServer()
            .add(u"agent"_s, NodeKind::MonitoringAgent, u"s1"_s)
            .add(u"sumo"_s, NodeKind::MonitoringService)
            .link({u"agent"_s, u"sumo"_s}),
        {});
    row("an agent that reports nowhere", singleServer().add(u"agent"_s, NodeKind::MonitoringAgent, u"s1"_s),
        {u"unmonitored:s1,agent"_s});
    row("an agent watches only its own server",
        servers(2)
            .add(u"agent1"_s, NodeKind::MonitoringAgent, u"s1"_s)
            .add(u"sumo"_s, NodeKind::MonitoringService)
            .link({u"agent1"_s, u"sumo"_s}),
        {u"unmonitored:s2"_s});
    row("no server, nothing to watch", Design().add(u"user"_s, NodeKind::Client), {});
}

} // namespace infralab

QTEST_GUILESS_MAIN(infralab::TestAnalysisRules)
#include "tst_analysisrules.moc"
