// The walkthrough of the built-in designs: seed 000's 18 steps one for one on
// secured-monitored, each preset with each request type, and any deletion.

#include "DrawnTopology.h"

#include "walkthrough/Walkthrough.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(infralab::RequestType)

namespace infralab {

class TestWalkthrough : public QObject
{
    Q_OBJECT

private slots:
    void secureMonitoredReadIsSeed000();
    void seed000Steps_data();
    void seed000Steps();
    void presetsAndRequests_data();
    void presetsAndRequests();
    void removingAnyNodeOrLinkNeverBreaksTheStory_data();
    void removingAnyNodeOrLinkNeverBreaksTheStory();
};

namespace {

QStringList kindNames(const QList<NodeKind> &kinds)
{
    QStringList names;
    for (NodeKind kind : kinds)
        names.append(jsonName(kind));
    return names;
}

// The UI moves a token from `from` through `via` to `to`: every leg must be
// a link, or a server frame leading into a component it runs.
bool followsLinks(const Topology &topology, const Step &step)
{
    if (step.isInsideOneNode())
        return topology.contains(step.from);
    QStringList legs = QStringList{step.from} + step.via + QStringList{step.to};
    for (qsizetype i = 0; i + 1 < legs.size(); ++i) {
        const Node *a = topology.node(legs[i]);
        const Node *b = topology.node(legs[i + 1]);
        if (!a || !b)
            return false;
        const bool intoFrame = (a->kind == NodeKind::Server && b->host == a->id)
            || (b->kind == NodeKind::Server && a->host == b->id);
        if (!topology.hasLink(a->id, b->id) && !intoFrame)
            return false;
    }
    return true;
}

Topology securedMonitored()
{
    return drawn::preset(u"secured-monitored"_s);
}

} // namespace

void TestWalkthrough::secureMonitoredReadIsSeed000()
{
    const Walkthrough walkthrough = deriveWalkthrough(securedMonitored(), RequestType::Read);
    QCOMPARE(walkthrough.steps.size(), 18);
    QVERIFY2(!walkthrough.isBlocked(), qPrintable(walkthrough.blocked));
    QCOMPARE(walkthrough.request, RequestType::Read);
    for (qsizetype i = 0; i < walkthrough.steps.size(); ++i)
        QCOMPARE(walkthrough.steps[i].n, int(i + 1));
}

void TestWalkthrough::seed000Steps_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("via");
    QTest::addColumn<QStringList>("alsoFrom");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<int>("port");
    QTest::addColumn<QStringList>("words");

    const auto row = [](const char *name, int n, const QString &from, const QString &to, const QStringList &via,
                        const QStringList &kinds, bool encrypted, int port, const QStringList &words,
                        const QStringList &alsoFrom = {}) {
        QTest::newRow(name) << n << from << to << via << alsoFrom << kinds << encrypted << port << words;
    };
    row("1 the user types the domain in the browser", 1, u"user"_s, QString(), {}, {u"client"_s}, false, 0,
        {u"types"_s, u"www.foobar.com"_s});
    row("2 the browser asks DNS", 2, u"user"_s, u"dns"_s, {}, {u"client"_s, u"dns"_s}, false, 53,
        {u"DNS"_s, u"www.foobar.com"_s});
    row("3 DNS answers with the load balancer's address", 3, u"dns"_s, u"user"_s, {}, {u"dns"_s, u"client"_s},
        false, 53, {u"203.0.113.10"_s, u"HAProxy"_s});
    row("4 the browser sends HTTPS to that address", 4, u"user"_s, QString(), {}, {u"client"_s}, true, 443,
        {u"HTTPS"_s, u"203.0.113.10"_s, u"443"_s});
    row("5 firewall 1 filters incoming traffic", 5, u"user"_s, u"fw1"_s, {}, {u"client"_s, u"firewall"_s}, true,
        443, {u"Firewall 1"_s, u"filters"_s, u"443"_s});
    row("6 HAProxy decrypts and picks a server by round-robin", 6, u"fw1"_s, u"lb"_s, {},
        {u"firewall"_s, u"load-balancer"_s}, true, 443,
        {u"HAProxy"_s, u"decrypts"_s, u"certificate"_s, u"round-robin"_s, u"Server 1"_s, u"8.8.8.8"_s});
    row("7 the request passes firewall 2 before the chosen server", 7, u"lb"_s, u"fw2"_s, {},
        {u"load-balancer"_s, u"firewall"_s}, false, 80, {u"Firewall 2"_s, u"Server 1"_s, u"port 80"_s});
    row("8 the monitoring client on that server starts collecting", 8, u"agent1"_s, QString(), {},
        {u"monitoring-agent"_s}, false, 0, {u"Monitoring client"_s, u"Server 1"_s, u"collecting"_s});
    row("9 the request reaches Nginx on the chosen server", 9, u"fw2"_s, u"web1"_s, {},
        {u"firewall"_s, u"web-server"_s}, false, 80, {u"Nginx"_s, u"Server 1"_s, u"8.8.8.8"_s});
    row("10 Nginx as reverse proxy forwards to the app server", 10, u"web1"_s, u"app1"_s, {},
        {u"web-server"_s, u"app-server"_s}, false, 0, {u"reverse proxy"_s, u"App server"_s, u"same server"_s});
    row("11 the app server runs the application code", 11, u"app1"_s, QString(), {}, {u"app-server"_s}, false, 0,
        {u"application code"_s});
    row("12 the app queries MySQL through firewall 3", 12, u"app1"_s, u"db2"_s, {u"fw3"_s},
        {u"app-server"_s, u"firewall"_s, u"database"_s}, false, 3306,
        {u"MySQL replica"_s, u"3306"_s, u"Firewall 3"_s, u"read"_s});
    row("13 MySQL returns the results to the app", 13, u"db2"_s, u"app1"_s, {u"fw3"_s},
        {u"database"_s, u"firewall"_s, u"app-server"_s}, false, 3306, {u"MySQL replica"_s, u"results"_s});
    row("14 the app generates the HTML response", 14, u"app1"_s, QString(), {}, {u"app-server"_s}, false, 0,
        {u"HTML"_s});
    row("15 back to Nginx, which forwards it to HAProxy", 15, u"app1"_s, u"lb"_s, {u"web1"_s, u"fw2"_s},
        {u"app-server"_s, u"web-server"_s, u"firewall"_s, u"load-balancer"_s}, false, 80,
        {u"Nginx"_s, u"HAProxy"_s});
    row("16 HAProxy encrypts the response for the browser", 16, u"lb"_s, u"user"_s, {u"fw1"_s},
        {u"load-balancer"_s, u"firewall"_s, u"client"_s}, true, 443, {u"encrypts"_s, u"certificate"_s, u"Browser"_s});
    row("17 the browser decrypts and displays the page", 17, u"user"_s, QString(), {}, {u"client"_s}, true, 0,
        {u"decrypts"_s, u"displays"_s});
    row("18 the monitoring clients report to Sumologic", 18, u"agent1"_s, u"sumo"_s, {},
        {u"monitoring-agent"_s, u"monitoring-service"_s}, false, 0,
        {u"Sumologic"_s, u"Server 1"_s, u"Server 2"_s, u"Server 3"_s}, {u"agent2"_s, u"agent3"_s});
}

void TestWalkthrough::seed000Steps()
{
    QFETCH(int, n);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, via);
    QFETCH(QStringList, alsoFrom);
    QFETCH(QStringList, kinds);
    QFETCH(bool, encrypted);
    QFETCH(int, port);
    QFETCH(QStringList, words);

    const Topology topology = securedMonitored();
    const Walkthrough walkthrough = deriveWalkthrough(topology, RequestType::Read);
    QVERIFY(walkthrough.steps.size() >= n);
    const Step &step = walkthrough.steps[n - 1];
    QCOMPARE(step.n, n);
    QCOMPARE(step.from, from);
    QCOMPARE(step.to, to);
    QCOMPARE(step.via, via);
    QCOMPARE(step.alsoFrom, alsoFrom);
    QCOMPARE(kindNames(step.kinds), kinds);
    QCOMPARE(step.encrypted, encrypted);
    QCOMPARE(step.port, port);
    for (const QString &word : words)
        QVERIFY2(step.text.contains(word, Qt::CaseInsensitive), qPrintable(step.text + u" lacks "_s + word));
    QVERIFY(followsLinks(topology, step));
}

void TestWalkthrough::presetsAndRequests_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<RequestType>("request");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("lastFrom");
    QTest::addColumn<QString>("lastTo");

    const auto row = [](const QString &preset, RequestType request, int count, const QString &lastFrom,
                        const QString &lastTo) {
        QTest::addRow("%s %s: %d steps", qPrintable(preset), qPrintable(jsonName(request)), count)
            << preset << request << count << lastFrom << lastTo;
    };
    // A LAMP server: no load balancer, firewall or monitoring steps.
    row(u"single-server"_s, RequestType::Static, 7, u"user"_s, QString());
    row(u"single-server"_s, RequestType::Read, 12, u"user"_s, QString());
    row(u"single-server"_s, RequestType::Write, 12, u"user"_s, QString());
    // HAProxy, no firewall, no HTTPS, no monitoring.
    row(u"distributed"_s, RequestType::Static, 9, u"user"_s, QString());
    row(u"distributed"_s, RequestType::Read, 14, u"user"_s, QString());
    row(u"distributed"_s, RequestType::Write, 14, u"user"_s, QString());
    // Static: steps 10 to 14 (application and database) go away.
    row(u"secured-monitored"_s, RequestType::Static, 13, u"agent1"_s, u"sumo"_s);
    row(u"secured-monitored"_s, RequestType::Read, 18, u"agent1"_s, u"sumo"_s);
    row(u"secured-monitored"_s, RequestType::Write, 18, u"agent1"_s, u"sumo"_s);
    row(u"three-server-nginx-lb"_s, RequestType::Static, 13, u"agent1"_s, u"sumo"_s);
    row(u"three-server-nginx-lb"_s, RequestType::Read, 18, u"agent1"_s, u"sumo"_s);
    row(u"three-server-nginx-lb"_s, RequestType::Write, 18, u"agent1"_s, u"sumo"_s);
}

void TestWalkthrough::presetsAndRequests()
{
    QFETCH(QString, preset);
    QFETCH(RequestType, request);
    QFETCH(int, count);
    QFETCH(QString, lastFrom);
    QFETCH(QString, lastTo);

    const Topology topology = drawn::preset(preset);
    const Walkthrough walkthrough = deriveWalkthrough(topology, request);
    QVERIFY2(!walkthrough.isBlocked(), qPrintable(walkthrough.blocked));
    QCOMPARE(walkthrough.request, request);
    QCOMPARE(walkthrough.steps.size(), count);
    const Step &first = walkthrough.steps.first();
    QCOMPARE(first.from, u"user"_s);
    QVERIFY(first.isInsideOneNode());
    QVERIFY(first.text.contains(u"www.foobar.com"_s));
    QCOMPARE(walkthrough.steps.last().from, lastFrom);
    QCOMPARE(walkthrough.steps.last().to, lastTo);
    for (const Step &step : walkthrough.steps) {
        QVERIFY2(followsLinks(topology, step), qPrintable(step.text));
        QVERIFY(!step.text.isEmpty());
        const bool serverSide = step.kinds.contains(NodeKind::AppServer) || step.kinds.contains(NodeKind::Database);
        if (request == RequestType::Static)
            QVERIFY2(!serverSide, qPrintable(step.text));
    }
}

void TestWalkthrough::removingAnyNodeOrLinkNeverBreaksTheStory_data()
{
    QTest::addColumn<QString>("preset");
    for (const QString &preset :
         {u"single-server"_s, u"distributed"_s, u"secured-monitored"_s, u"three-server-nginx-lb"_s})
        QTest::newRow(qPrintable(preset)) << preset;
}

void TestWalkthrough::removingAnyNodeOrLinkNeverBreaksTheStory()
{
    // The canvas re-derives after every edit: whatever the student deletes,
    // the walkthrough either reaches the browser or says where it stops.
    QFETCH(QString, preset);
    const Topology original = drawn::preset(preset);
    QList<Topology> edited;
    for (const Node &node : original.nodes()) {
        Topology topology = original;
        topology.removeNode(node.id);
        edited.append(topology);
    }
    for (const Link &link : original.links()) {
        Topology topology = original;
        topology.removeLink(link.from, link.to);
        edited.append(topology);
    }
    for (const Topology &topology : std::as_const(edited)) {
        for (RequestType request : allRequestTypes()) {
            const Walkthrough walkthrough = deriveWalkthrough(topology, request);
            for (qsizetype i = 0; i < walkthrough.steps.size(); ++i) {
                const Step &step = walkthrough.steps[i];
                QCOMPARE(step.n, int(i + 1));
                for (const QString &id : step.nodes())
                    QVERIFY2(topology.contains(id), qPrintable(id));
                QVERIFY(!step.text.isEmpty());
            }
            if (walkthrough.isBlocked()) {
                QVERIFY(walkthrough.steps.isEmpty() || walkthrough.steps.last().text == walkthrough.blocked);
            } else {
                const Step &last = walkthrough.steps.last();
                QVERIFY2(last.from == u"user" || last.kinds.contains(NodeKind::MonitoringService),
                         qPrintable(last.text));
            }
        }
    }
}

} // namespace infralab

QTEST_GUILESS_MAIN(infralab::TestWalkthrough)
#include "tst_walkthrough.moc"
