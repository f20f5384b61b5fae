// The simulation core: deterministic runs, the load balancer's algorithms,
// firewall rules counted per rule, health checks, bounded memory.

#include "SimulatedDesign.h"

#include "simulation/Simulation.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(infralab::AttackMix)

namespace infralab {

using namespace test;

class TestSimulation : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameRun();
    void otherSeedOtherRun();
    void requestsFollowTheWalkthroughPath();
    void balancerSpreadsByAlgorithm_data();
    void balancerSpreadsByAlgorithm();
    void firewallsDropWhatTheirRulesSay_data();
    void firewallsDropWhatTheirRulesSay();
    void firewallDropsLegitimateTrafficItHasNoRuleFor();
    void healthChecksDetectADeadBackend_data();
    void healthChecksDetectADeadBackend();
    void overloadQueuesThenTimesOut();
    void historyDoesNotGrowWithDuration();

private:
    static const NodeTotals &totalsOf(const SimulationTotals &totals, const QString &id);
};

const NodeTotals &TestSimulation::totalsOf(const SimulationTotals &totals, const QString &id)
{
    for (const NodeTotals &node : totals.nodes) {
        if (node.node == id)
            return node;
    }
    qFatal("no node %s", qPrintable(id));
}

void TestSimulation::sameSeedSameRun()
{
    SimulationConfig config;
    config.requestRate = 300;
    config.attackRate = 40;
    config.seed = 42;
    const Topology design = preset(u"secured-monitored"_s);
    Simulation first(design, config);
    Simulation second(design, config);
    for (Simulation *simulation : {&first, &second}) {
        simulation->advanceTo(5.5);
        simulation->failNode(u"s2"_s);
        simulation->advanceTo(20);
    }
    QVERIFY(first.totals().sent > 5000);
    QCOMPARE(first.totals(), second.totals());
    QCOMPARE(first.history(), second.history());
    QCOMPARE(first.events(), second.events());
}

void TestSimulation::otherSeedOtherRun()
{
    SimulationConfig config;
    config.requestRate = 300;
    Simulation first(preset(u"secured-monitored"_s), config);
    config.seed = 2;
    Simulation second(preset(u"secured-monitored"_s), config);
    first.advanceTo(10);
    second.advanceTo(10);
    QVERIFY(first.totals().sent != second.totals().sent);
    // About 300 a second either way: the rate, not the seed, sets the load.
    QVERIFY2(std::abs(first.totals().sent - 3000) < 200, qPrintable(QString::number(first.totals().sent)));
    QVERIFY2(std::abs(second.totals().sent - 3000) < 200, qPrintable(QString::number(second.totals().sent)));
}

// Seed 000's path: firewall 1, HAProxy, firewall 2, Nginx, the app server
// on the same server, firewall 3, MySQL. Writes reach only the primary.
void TestSimulation::requestsFollowTheWalkthroughPath()
{
    SimulationConfig config;
    config.requestRate = 200;
    config.mix = {0, 0, 1};   // writes only
    Simulation simulation(preset(u"secured-monitored"_s), config);
    simulation.advanceTo(10);
    simulation.setRequestRate(0);   // let the last ones arrive
    simulation.advanceTo(12);
    const SimulationTotals totals = simulation.totals();
    QCOMPARE(totals.failed, 0);
    QCOMPARE(totals.served, totals.sent);
    for (const QString &id : {u"fw1"_s, u"lb"_s, u"fw2"_s})
        QCOMPARE(totalsOf(totals, id).requests, totals.sent);
    QCOMPARE(totalsOf(totals, u"web1"_s).requests + totalsOf(totals, u"web2"_s).requests
                 + totalsOf(totals, u"web3"_s).requests,
             totals.sent);
    QCOMPARE(totalsOf(totals, u"app2"_s).requests, totalsOf(totals, u"web2"_s).requests);
    QCOMPARE(totalsOf(totals, u"fw3"_s).requests, totals.sent);
    QCOMPARE(totalsOf(totals, u"db1"_s).requests, totals.sent);
    QCOMPARE(totalsOf(totals, u"db2"_s).requests, 0);
    // The latency is the internet's round trip plus the work on the way.
    QVERIFY2(totals.p50Ms > 30 && totals.p50Ms < 60, qPrintable(QString::number(totals.p50Ms)));
}

void TestSimulation::balancerSpreadsByAlgorithm_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<int>("clients");
    QTest::addColumn<bool>("firstIsSlow");
    QTest::addColumn<double>("lowest");    // the first server's share of the requests
    QTest::addColumn<double>("highest");

    QTest::newRow("round-robin splits evenly") << u"round-robin"_s << 10000 << false << 0.499 << 0.501;
    QTest::newRow("round-robin ignores that a server is slow") << u"round-robin"_s << 10000 << true << 0.499 << 0.501;
    QTest::newRow("least-connections splits evenly between equals")
        << u"least-connections"_s << 10000 << false << 0.45 << 0.55;
    QTest::newRow("least-connections sends less to a slow server")
        << u"least-connections"_s << 10000 << true << 0.0 << 0.4;
    QTest::newRow("source hash spreads many clients") << u"source"_s << 10000 << false << 0.4 << 0.6;
    QTest::newRow("source hash keeps one client on one server") << u"source"_s << 1 << false << 0.0 << 0.0;
}

void TestSimulation::balancerSpreadsByAlgorithm()
{
    QFETCH(QString, algorithm);
    QFETCH(int, clients);
    QFETCH(bool, firstIsSlow);
    QFETCH(double, lowest);
    QFETCH(double, highest);

    // The slow server has one core and a web server 150 times heavier: it
    // serves 33 static files a second at most, and round-robin gives it 30.
    QList<QJsonObject> servers{{}, {}};
    if (firstIsSlow)
        servers[0] = QJsonObject{{u"cores"_s, 1}, {u"cpuMs"_s, 15.0}};
    const Topology design = balancedStatic(2, {{u"algorithm"_s, algorithm}}, servers);
    SimulationConfig config;
    config.requestRate = 60;
    config.mix = {1, 0, 0};
    config.clients = clients;
    Simulation simulation(design, config);
    simulation.advanceTo(120);
    simulation.setRequestRate(0);   // let the last ones arrive
    simulation.advanceTo(130);
    const SimulationTotals totals = simulation.totals();
    QCOMPARE(totals.failed, 0);
    const double first = double(totalsOf(totals, u"web1"_s).requests) / double(totals.sent);
    if (clients == 1) {
        // All on one server, whichever the hash gives.
        QVERIFY2(first == 0.0 || first == 1.0, qPrintable(QString::number(first)));
        return;
    }
    QVERIFY2(first >= lowest && first <= highest, qPrintable(QString::number(first)));
}

void TestSimulation::firewallsDropWhatTheirRulesSay_data()
{
    QTest::addColumn<QJsonArray>("rules");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<AttackMix>("mix");
    QTest::addColumn<int>("droppingRule");   // -1: the policy; -2: nothing dropped

    const auto rule = [](const char *action, int port, const QString &from = u"any"_s) {
        return QJsonObject{{u"action"_s, QString::fromLatin1(action)}, {u"port"_s, port}, {u"from"_s, from}};
    };
    const AttackMix ssh{0, 1, 0, 0};
    const AttackMix mysql{0, 0, 1, 0};
    QTest::newRow("deny rule for port 22 counts the brute force on that rule")
        << QJsonArray{rule("allow", 443), rule("deny", 22)} << u"allow"_s << ssh << 1;
    QTest::newRow("default deny drops a MySQL probe no rule mentions")
        << QJsonArray{rule("allow", 443)} << u"deny"_s << mysql << -1;
    QTest::newRow("rule allowing 3306 from anywhere lets the probes reach the target")
        << QJsonArray{rule("allow", 3306)} << u"deny"_s << mysql << -2;
    QTest::newRow("first match wins: allow before deny lets SSH in")
        << QJsonArray{rule("allow", 22), rule("deny", 22)} << u"deny"_s << ssh << -2;
    QTest::newRow("a rule for another source does not apply to the internet")
        << QJsonArray{rule("deny", 22, u"lb"_s)} << u"allow"_s << ssh << -2;
    QTest::newRow("a deny rule for the browser's kind applies to the internet")
        << QJsonArray{rule("deny", 22, u"client"_s)} << u"allow"_s << ssh << 0;
}

void TestSimulation::firewallsDropWhatTheirRulesSay()
{
    QFETCH(QJsonArray, rules);
    QFETCH(QString, policy);
    QFETCH(AttackMix, mix);
    QFETCH(int, droppingRule);

    const QJsonObject firewall{{u"rules"_s, rules}, {u"policy"_s, policy}};
    SimulationConfig config;
    config.requestRate = 0;
    config.attackRate = 500;
    config.attackMix = mix;
    Simulation simulation(balancedStatic(2, {}, {}, &firewall), config);
    simulation.advanceTo(10);
    const SimulationTotals totals = simulation.totals();
    QVERIFY2(totals.attacks > 4000, qPrintable(QString::number(totals.attacks)));
    const NodeTotals &fw = totalsOf(totals, u"fw"_s);
    const NodeTotals &lb = totalsOf(totals, u"lb"_s);
    QCOMPARE(fw.requests, totals.attacks);   // every packet is evaluated
    if (droppingRule == -2) {
        QCOMPARE(fw.drops, 0);
        QCOMPARE(totals.ruleDrops, QList<RuleDrops>());
        QCOMPARE(lb.attacks, totals.attacks);   // what no firewall stops reaches its target
        return;
    }
    QCOMPARE(fw.drops, totals.attacks);
    QCOMPARE(totals.attacksBlocked, totals.attacks);
    QCOMPARE(totals.ruleDrops, (QList<RuleDrops>{{u"fw"_s, droppingRule, totals.attacks}}));
    QCOMPARE(lb.attacks, 0);
    // The per-second samples add up to the same.
    qint64 perSecond = 0;
    for (const SecondSample &sample : simulation.history()) {
        for (const RuleDrops &drops : sample.ruleDrops)
            perSecond += drops.drops;
    }
    QCOMPARE(perSecond, totals.attacks);
}

// HTTPS arrives on 443; a firewall that allows only 80 drops every request.
void TestSimulation::firewallDropsLegitimateTrafficItHasNoRuleFor()
{
    const QJsonObject firewall{
        {u"rules"_s, QJsonArray{QJsonObject{{u"action"_s, u"allow"_s}, {u"port"_s, 80}, {u"from"_s, u"any"_s}}}}};
    SimulationConfig config;
    config.requestRate = 100;
    Simulation simulation(balancedStatic(2, {{u"tls"_s, u"terminate"_s}}, {}, &firewall), config);
    simulation.advanceTo(5);
    const SimulationTotals totals = simulation.totals();
    QVERIFY(totals.sent > 300);
    QCOMPARE(totals.failed, totals.sent);
    QCOMPARE(totalsOf(totals, u"fw"_s).drops, totals.sent);
    QCOMPARE(totals.ruleDrops, (QList<RuleDrops>{{u"fw"_s, -1, totals.sent}}));
    QCOMPARE(totalsOf(totals, u"lb"_s).requests, 0);
}

void TestSimulation::healthChecksDetectADeadBackend_data()
{
    QTest::addColumn<double>("interval");
    QTest::addColumn<int>("fall");

    QTest::newRow("HAProxy's defaults: every 2 s, down after 3") << 2.0 << 3;
    QTest::newRow("every second, down after 5") << 1.0 << 5;
    QTest::newRow("every 5 s, down at the first failure") << 5.0 << 1;
}

void TestSimulation::healthChecksDetectADeadBackend()
{
    QFETCH(double, interval);
    QFETCH(int, fall);

    const Topology design = balancedStatic(3, {{u"healthInterval"_s, interval}, {u"healthFall"_s, fall}});
    SimulationConfig config;
    config.requestRate = 300;
    config.mix = {1, 0, 0};
    Simulation simulation(design, config);
    const double failedAt = 20.3;
    simulation.advanceTo(failedAt);
    QVERIFY(simulation.failNode(u"s2"_s));
    QVERIFY(simulation.isDown(u"web2"_s));   // a server's failure takes down what it runs
    simulation.advanceTo(60);

    const QList<SimulationEvent> &events = simulation.events();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].kind, SimulationEventKind::NodeFailed);
    QCOMPARE(events[1].kind, SimulationEventKind::BackendDown);
    QCOMPARE(events[1].node, u"web2"_s);
    QCOMPARE(events[1].by, u"lb"_s);
    const double detection = events[1].t - failedAt;
    QVERIFY2(detection > interval * (fall - 1) && detection <= interval * fall, qPrintable(QString::number(detection)));

    // Until detected, web2 keeps its third of the traffic and fails it all;
    // after, it gets none and nothing fails.
    for (const SecondSample &sample : simulation.history()) {
        const NodeSample &web2 = sample.nodes[simulation.design().nodes().indexOf(*simulation.design().node(u"web2"_s))];
        if (sample.t >= int(failedAt) + 1 && sample.t + 1 <= int(events[1].t)) {
            QVERIFY2(web2.qps > 50 && web2.errors == web2.qps, qPrintable(QString::number(sample.t)));
            QCOMPARE(sample.failed, web2.errors);
        }
        if (sample.t >= int(events[1].t) + 1) {
            QCOMPARE(web2.qps, 0);
            QCOMPARE(sample.failed, 0);
        }
    }
}

// One core, 10 ms a request: 100 a second at most. At 150 the queue grows,
// latency with it, and then requests time out rather than wait forever.
void TestSimulation::overloadQueuesThenTimesOut()
{
    const Topology design = balancedStatic(1, {}, {QJsonObject{{u"cores"_s, 1}, {u"cpuMs"_s, 5.0}}});
    SimulationConfig config;
    config.requestRate = 50;
    config.mix = {1, 0, 0};
    config.queueTimeout = 2;
    Simulation simulation(design, config);
    simulation.advanceTo(10);
    const SecondSample calm = simulation.history().back();
    QVERIFY2(calm.p95Ms < 100, qPrintable(QString::number(calm.p95Ms)));
    QCOMPARE(calm.failed, 0);

    simulation.setRequestRate(150);
    simulation.advanceTo(60);
    const SecondSample &late = simulation.history().back();
    QVERIFY2(late.p95Ms > 1500, qPrintable(QString::number(late.p95Ms)));
    QVERIFY2(late.p95Ms < 2500, qPrintable(QString::number(late.p95Ms)));   // bounded by the timeout
    QVERIFY2(late.failed > 20, qPrintable(QString::number(late.failed)));
    const NodeSample &s1 = late.nodes[simulation.design().nodes().indexOf(*simulation.design().node(u"s1"_s))];
    QVERIFY2(s1.cpu > 99, qPrintable(QString::number(s1.cpu)));
}

void TestSimulation::historyDoesNotGrowWithDuration()
{
    SimulationConfig config;
    config.requestRate = 50;
    config.historySeconds = 30;
    Simulation simulation(preset(u"secured-monitored"_s), config);
    int observed = 0;
    simulation.setSecondObserver([&observed](const SecondSample &sample) {
        QCOMPARE(sample.t, observed);
        ++observed;
    });
    simulation.advanceTo(100);
    QCOMPARE(observed, 100);
    QCOMPARE(int(simulation.history().size()), 30);
    QCOMPARE(simulation.history().front().t, 70);
    QCOMPARE(simulation.history().back().t, 99);
    QCOMPARE(simulation.history().back().nodes.size(), simulation.design().nodes().size());
    QCOMPARE(simulation.totals().seconds, 100);
}

} // namespace infralab

QTEST_GUILESS_MAIN(infralab::TestSimulation)
#include "tst_simulation.moc"
