// The walkthrough of designs drawn in the test: where a request is stopped,
// and why, in a student's words; and the rules that let it through.

#include "DrawnTopology.h"

#include "walkthrough/Walkthrough.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace infralab::drawn;

Q_DECLARE_METATYPE(infralab::RequestType)
Q_DECLARE_METATYPE(infralab::Topology)

namespace infralab {

class TestWalkthroughDrawn : public QObject
{
    Q_OBJECT

private slots:
    void blocked_data();
    void blocked();
    void designWithoutDatabaseSkipsTheQuery();
    void serverFrameAsEntryAndLinkEnd();
    void ruleNamingTheServerCoversItsComponents();
    void allowPolicyLetsUnmatchedTrafficThrough();
    void balancerSkipsAServerItCannotReach();
    void webServerWithItsOwnCertificate();
    void twoFirewallsInARowEachGetAStep();
};

namespace {

const QString kFront = u"Front firewall"_s;

// Browser -> [firewall] -> Nginx -> App -> [firewall] -> MySQL, on one server.
Topology webStack(const QJsonObject &frontRules = {}, const QJsonObject &dbRules = {})
{
    Topology topology = withBrowserAndDns(u"web"_s);
    topology.addNode(node(u"s1"_s, NodeKind::Server, u"Server 1"_s, {{u"ip"_s, u"192.0.2.10"_s}}));
    topology.addNode(node(u"web"_s, NodeKind::WebServer, u"Nginx"_s, {}, u"s1"_s));
    topology.addNode(node(u"app"_s, NodeKind::AppServer, u"App"_s, {}, u"s1"_s));
    topology.addNode(node(u"db"_s, NodeKind::Database, u"MySQL"_s, {{u"role"_s, u"primary"_s}}, u"s1"_s));
    const auto chain = [&](const QString &a, const QString &fw, const QJsonObject &fwRules, const QString &label,
                           const QString &b) {
        if (fwRules.isEmpty()) {
            link(topology, a, b);
            return;
        }
        topology.addNode(node(fw, NodeKind::Firewall, label, fwRules));
        link(topology, a, fw);
        link(topology, fw, b);
    };
    chain(u"user"_s, u"fw1"_s, frontRules, kFront, u"web"_s);
    link(topology, u"web"_s, u"app"_s);
    chain(u"app"_s, u"fw3"_s, dbRules, u"DB firewall"_s, u"db"_s);
    return topology;
}

// Browser -> HAProxy (plain HTTP) -> `backends` web servers, each alone.
Topology balanced(int backends)
{
    Topology topology = withBrowserAndDns(u"lb"_s);
    topology.addNode(node(u"lb"_s, NodeKind::LoadBalancer, u"HAProxy"_s, {{u"tls"_s, u"none"_s}}));
    link(topology, u"user"_s, u"lb"_s);
    for (int i = 1; i <= backends; ++i)
        topology.addNode(node(u"web"_s + QString::number(i), NodeKind::WebServer, u"Nginx "_s + QString::number(i)));
    return topology;
}

Topology without(Topology topology, const QString &id)
{
    topology.removeNode(id);
    return topology;
}

} // namespace

void TestWalkthroughDrawn::blocked_data()
{
    QTest::addColumn<Topology>("topology");
    QTest::addColumn<RequestType>("request");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("lastFrom");
    QTest::addColumn<QString>("lastTo");
    QTest::addColumn<QString>("reason");

    QTest::newRow("a design without a browser sends nothing")
        << without(webStack(), u"user"_s) << RequestType::Read << 0 << QString() << QString()
        << u"The design has no browser: add a client to send a request."_s;
    QTest::newRow("without a DNS server the name cannot be looked up")
        << without(webStack(), u"dns"_s) << RequestType::Read << 2 << u"user"_s << QString()
        << u"Browser cannot find the address of www.foobar.com: the design has no DNS server."_s;
    {
        Topology topology = webStack();
        setProp(topology, u"dns"_s, u"records"_s, records(u"shop.foobar.com"_s, u"web"_s).value(u"records"_s));
        QTest::newRow("DNS without a record for the domain") << topology << RequestType::Read << 3 << u"dns"_s
                                                             << u"user"_s
                                                             << u"DNS has no record for www.foobar.com: the browser "
                                                                "cannot find the site."_s;
        setProp(topology, u"dns"_s, u"records"_s, records(u"www.foobar.com"_s, u"192.0.2.99"_s).value(u"records"_s));
        QTest::newRow("DNS pointing at an address no node has")
            << topology << RequestType::Read << 3 << u"dns"_s << u"user"_s
            << u"DNS points www.foobar.com to 192.0.2.99, but no node in the design has that address."_s;
        setProp(topology, u"dns"_s, u"records"_s, records(u"www.foobar.com"_s, u"db"_s).value(u"records"_s));
        QTest::newRow("DNS pointing at a database")
            << topology << RequestType::Read << 3 << u"dns"_s << u"user"_s
            << u"DNS points www.foobar.com to MySQL, a database: only a load balancer or a web server can "
               "answer a browser."_s;
    }
    {
        Topology topology = webStack();
        topology.removeLink(u"user"_s, u"web"_s);
        QTest::newRow("no link from the browser to the web server")
            << topology << RequestType::Read << 5 << u"user"_s << QString()
            << u"The request cannot reach Nginx: no link leads there from Browser."_s;
        link(topology, u"user"_s, u"app"_s);
        QTest::newRow("an application server does not route the request to the web server")
            << topology << RequestType::Read << 5 << u"user"_s << QString()
            << u"The request cannot reach Nginx: no link leads there from Browser."_s;
    }
    QTest::newRow("firewall without a rule for port 80 blocks")
        << webStack(rules({{RuleAction::Allow, 443, u"any"_s}})) << RequestType::Read << 5 << u"user"_s << u"fw1"_s
        << u"Front firewall drops the request: no rule allows port 80 from Browser."_s;
    QTest::newRow("a deny rule before an allow rule wins")
        << webStack(rules({{RuleAction::Deny, 80, u"client"_s}, {RuleAction::Allow, 80, u"any"_s}}))
        << RequestType::Static << 5 << u"user"_s << u"fw1"_s
        << u"Front firewall drops the request: rule 1 denies port 80 from any browser."_s;
    QTest::newRow("load balancer without a web server behind it")
        << balanced(0) << RequestType::Read << 5 << u"user"_s << u"lb"_s
        << u"HAProxy receives the request but has no server to send it to: no link leads from it to a web "
           "server."_s;
    {
        Topology topology = balanced(2);
        topology.addNode(node(u"fw2"_s, NodeKind::Firewall, u"Inner firewall"_s,
                              rules({{RuleAction::Allow, 443, u"lb"_s}})));
        link(topology, u"lb"_s, u"fw2"_s);
        link(topology, u"fw2"_s, u"web1"_s);
        link(topology, u"fw2"_s, u"web2"_s);
        QTest::newRow("every backend behind a firewall that drops port 80")
            << topology << RequestType::Static << 6 << u"lb"_s << u"fw2"_s
            << u"Inner firewall drops the request: no rule allows port 80 from HAProxy."_s;
    }
    QTest::newRow("web server without an application server")
        << without(webStack(), u"app"_s) << RequestType::Read << 6 << u"web"_s << QString()
        << u"Nginx has no application server to forward the request to: no link leads from it to one."_s;
    QTest::newRow("database firewall without a rule for 3306 from the app")
        << webStack({}, rules({{RuleAction::Allow, 5432, u"any"_s}})) << RequestType::Read << 8 << u"app"_s
        << u"fw3"_s << u"DB firewall drops the query: no rule allows port 3306 from App."_s;
    {
        Topology topology = webStack();
        setProp(topology, u"db"_s, u"role"_s, u"replica"_s);
        QTest::newRow("a write with only a replica in reach")
            << topology << RequestType::Write << 8 << u"app"_s << QString()
            << u"App cannot save the data: no primary database is within reach, and replicas only serve reads."_s;
        topology.removeLink(u"app"_s, u"db"_s);
        QTest::newRow("a read with no link to the database")
            << topology << RequestType::Read << 8 << u"app"_s << QString()
            << u"App cannot reach any database: no link leads from it to one."_s;
    }
}

void TestWalkthroughDrawn::blocked()
{
    QFETCH(Topology, topology);
    QFETCH(RequestType, request);
    QFETCH(int, count);
    QFETCH(QString, lastFrom);
    QFETCH(QString, lastTo);
    QFETCH(QString, reason);

    const Walkthrough walkthrough = deriveWalkthrough(topology, request);
    QVERIFY(walkthrough.isBlocked());
    QCOMPARE(walkthrough.blocked, reason);
    QCOMPARE(walkthrough.steps.size(), count);
    if (count == 0)
        return;
    const Step &last = walkthrough.steps.last();
    QCOMPARE(last.from, lastFrom);
    QCOMPARE(last.to, lastTo);
    QCOMPARE(last.text, reason);
    QCOMPARE(last.n, count);
}

void TestWalkthroughDrawn::designWithoutDatabaseSkipsTheQuery()
{
    const Walkthrough walkthrough = deriveWalkthrough(without(webStack(), u"db"_s), RequestType::Read);
    QVERIFY2(!walkthrough.isBlocked(), qPrintable(walkthrough.blocked));
    QCOMPARE(walkthrough.steps.size(), 10);
    const Step &back = walkthrough.steps[8];
    QCOMPARE(back.from, u"app"_s);
    QCOMPARE(back.to, u"user"_s);
    QCOMPARE(back.via, QStringList{u"web"_s});
    QCOMPARE(back.text, u"App hands the response back to Nginx, which sends it to Browser."_s);
}

void TestWalkthroughDrawn::serverFrameAsEntryAndLinkEnd()
{
    // DNS names the machine; the cable goes to its frame: its web server answers.
    Topology topology = webStack();
    setProp(topology, u"dns"_s, u"records"_s, records(u"www.foobar.com"_s, u"s1"_s).value(u"records"_s));
    topology.removeLink(u"user"_s, u"web"_s);
    link(topology, u"user"_s, u"s1"_s);
    const Walkthrough walkthrough = deriveWalkthrough(topology, RequestType::Static);
    QVERIFY2(!walkthrough.isBlocked(), qPrintable(walkthrough.blocked));
    QVERIFY(walkthrough.steps[2].text.contains(u"192.0.2.10, the address of Nginx"_s));
    const Step &arrival = walkthrough.steps[4];
    QCOMPARE(arrival.from, u"user"_s);
    QCOMPARE(arrival.to, u"web"_s);
    QCOMPARE(arrival.via, QStringList{u"s1"_s});
    QCOMPARE(walkthrough.steps[5].via, QStringList{u"s1"_s});   // and back the same way
}

void TestWalkthroughDrawn::ruleNamingTheServerCoversItsComponents()
{
    const Walkthrough walkthrough =
        deriveWalkthrough(webStack({}, rules({{RuleAction::Allow, 3306, u"s1"_s}})), RequestType::Read);
    QVERIFY2(!walkthrough.isBlocked(), qPrintable(walkthrough.blocked));
    const Step &query = walkthrough.steps[7];
    QCOMPARE(query.via, QStringList{u"fw3"_s});
    QVERIFY(query.text.contains(u"rule 1 allows port 3306 from Server 1"_s));
}

void TestWalkthroughDrawn::allowPolicyLetsUnmatchedTrafficThrough()
{
    const Walkthrough walkthrough = deriveWalkthrough(webStack(rules({}, u"allow"_s)), RequestType::Static);
    QVERIFY2(!walkthrough.isBlocked(), qPrintable(walkthrough.blocked));
    QVERIFY(walkthrough.steps[4].text.contains(u"default policy"_s));
}

void TestWalkthroughDrawn::balancerSkipsAServerItCannotReach()
{
    Topology topology = balanced(2);
    topology.addNode(
        node(u"fw2"_s, NodeKind::Firewall, u"Inner firewall"_s, rules({{RuleAction::Allow, 443, u"any"_s}})));
    link(topology, u"lb"_s, u"fw2"_s);
    link(topology, u"fw2"_s, u"web1"_s);
    link(topology, u"lb"_s, u"web2"_s);
    for (int turn = 0; turn < 3; ++turn) {
        const Walkthrough walkthrough = deriveWalkthrough(topology, RequestType::Static, turn);
        QVERIFY2(!walkthrough.isBlocked(), qPrintable(walkthrough.blocked));
        QCOMPARE(walkthrough.steps[5].from, u"lb"_s);
        QCOMPARE(walkthrough.steps[5].to, u"web2"_s);
    }
}

void TestWalkthroughDrawn::webServerWithItsOwnCertificate()
{
    Topology topology = webStack();
    setProp(topology, u"web"_s, u"tls"_s, true);
    const Walkthrough walkthrough = deriveWalkthrough(topology, RequestType::Static);
    QVERIFY2(!walkthrough.isBlocked(), qPrintable(walkthrough.blocked));
    QCOMPARE(walkthrough.steps[3].port, 443);
    QVERIFY(walkthrough.steps[4].encrypted);
    QVERIFY(walkthrough.steps[4].text.contains(u"decrypts"_s));
    QVERIFY(walkthrough.steps[5].text.contains(u"encrypts"_s));
    QVERIFY(walkthrough.steps.last().text.contains(u"decrypts the response"_s));
}

void TestWalkthroughDrawn::twoFirewallsInARowEachGetAStep()
{
    Topology topology = webStack(rules({{RuleAction::Allow, 80, u"any"_s}}));
    topology.addNode(
        node(u"fw0"_s, NodeKind::Firewall, u"Edge firewall"_s, rules({{RuleAction::Allow, 80, u"user"_s}})));
    topology.removeLink(u"user"_s, u"fw1"_s);
    link(topology, u"user"_s, u"fw0"_s);
    link(topology, u"fw0"_s, u"fw1"_s);
    const Walkthrough walkthrough = deriveWalkthrough(topology, RequestType::Static);
    QVERIFY2(!walkthrough.isBlocked(), qPrintable(walkthrough.blocked));
    QCOMPARE(walkthrough.steps[4].to, u"fw0"_s);
    QVERIFY(walkthrough.steps[4].text.contains(u"from Browser"_s));
    QCOMPARE(walkthrough.steps[5].from, u"fw0"_s);
    QCOMPARE(walkthrough.steps[5].to, u"fw1"_s);
    QCOMPARE(walkthrough.steps[6].from, u"fw1"_s);
    QCOMPARE(walkthrough.steps[6].to, u"web"_s);
    QCOMPARE(walkthrough.steps[7].via, (QStringList{u"fw1"_s, u"fw0"_s}));
}

} // namespace infralab

QTEST_GUILESS_MAIN(infralab::TestWalkthroughDrawn)
#include "tst_walkthroughdrawn.moc"
