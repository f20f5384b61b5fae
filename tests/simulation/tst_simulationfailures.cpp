// Failures in the simulation: losing the primary database (with and without
// an automatic-failover replica), monitoring agents, QPS alerts.

#include "SimulatedDesign.h"

#include "simulation/Simulation.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace infralab {

using namespace test;

class TestSimulationFailures : public QObject
{
    Q_OBJECT

private slots:
    void losingThePrimaryFailsWritesUntilItReturns();
    void automaticFailoverPromotesAReplica();
    void unmonitoredServersReportNoData();
    void qpsAlertsFireAndClear();
    void unmonitoredWebServerNeverAlerts();
    void failAndRecoverReportWhatChanged();

private:
    static int writesFailed(const SecondSample &sample) { return sample.failedByType[std::size_t(RequestType::Write)]; }
    static int readsFailed(const SecondSample &sample) { return sample.failedByType[std::size_t(RequestType::Read)]; }
    static const NodeSample &at(const Simulation &simulation, const SecondSample &sample, const QString &id)
    {
        return sample.nodes[simulation.design().nodes().indexOf(*simulation.design().node(id))];
    }
    static QList<SimulationEventKind> kinds(const QList<SimulationEvent> &events)
    {
        QList<SimulationEventKind> list;
        for (const SimulationEvent &event : events)
            list.append(event.kind);
        return list;
    }
};

// Seed 003: "the Primary node handles write operations". With manual
// failover, writes fail from the primary's failure until it is back and
// seen back; reads go on from the replicas throughout.
void TestSimulationFailures::losingThePrimaryFailsWritesUntilItReturns()
{
    SimulationConfig config;
    config.requestRate = 300;
    Simulation simulation(preset(u"secured-monitored"_s), config);
    simulation.advanceTo(10);
    QVERIFY(simulation.failNode(u"db1"_s));
    simulation.advanceTo(30);
    QVERIFY(simulation.recoverNode(u"db1"_s));
    simulation.advanceTo(60);

    for (const SecondSample &sample : simulation.history()) {
        if (sample.t < 10 || sample.t >= 36) {
            QCOMPARE(sample.failed, 0);
        } else if (sample.t < 30) {
            QVERIFY2(writesFailed(sample) > 10, qPrintable(QString::number(sample.t)));
            QCOMPARE(readsFailed(sample), 0);
        }
    }
    QCOMPARE(kinds(simulation.events()),
             (QList<SimulationEventKind>{SimulationEventKind::NodeFailed, SimulationEventKind::DatabaseDown,
                                         SimulationEventKind::NodeRecovered, SimulationEventKind::DatabaseUp}));
    // Noticed after 3 failed checks 2 s apart, back after 2 good ones.
    QCOMPARE(simulation.events()[1].t, 16.0);
    QCOMPARE(simulation.events()[3].t, 34.0);
}

void TestSimulationFailures::automaticFailoverPromotesAReplica()
{
    const Topology design = withProps(preset(u"secured-monitored"_s), u"db3"_s, {{u"failover"_s, u"automatic"_s}});
    SimulationConfig config;
    config.requestRate = 300;
    Simulation simulation(design, config);
    simulation.advanceTo(10);
    simulation.failNode(u"db1"_s);
    simulation.advanceTo(40);
    simulation.recoverNode(u"db1"_s);
    simulation.advanceTo(60);

    const QList<SimulationEvent> &events = simulation.events();
    QCOMPARE(kinds(events),
             (QList<SimulationEventKind>{SimulationEventKind::NodeFailed, SimulationEventKind::DatabaseDown,
                                         SimulationEventKind::DatabasePromoted, SimulationEventKind::NodeRecovered,
                                         SimulationEventKind::DatabaseUp}));
    QCOMPARE(events[2].node, u"db3"_s);
    QCOMPARE(events[2].t, 16.0);
    for (const SecondSample &sample : simulation.history()) {
        if (sample.t >= 10 && sample.t < 16)
            QVERIFY2(writesFailed(sample) > 10, qPrintable(QString::number(sample.t)));
        if (sample.t >= 17) {
            // Writes resume on db3 (about 30 a second; reads prefer replicas),
            // and stay there when db1 returns.
            QCOMPARE(sample.failed, 0);
            QVERIFY2(at(simulation, sample, u"db3"_s).qps > 10, qPrintable(QString::number(sample.t)));
        }
    }
    // The old primary is back as a replica: a second writer would split the data.
    QVERIFY2(events[4].text.contains(u"replica"_s), qPrintable(events[4].text));
}

// Seed 000, step 18: agents send what they collect. A server without one
// sends nothing; a stopped server neither.
void TestSimulationFailures::unmonitoredServersReportNoData()
{
    Topology design = preset(u"secured-monitored"_s);
    design.removeNode(u"agent3"_s);
    Simulation simulation(design);
    simulation.advanceTo(5);
    simulation.failNode(u"s1"_s);
    simulation.advanceTo(10);
    const QList<Node> &nodes = simulation.design().nodes();
    int reports = 0;
    for (const SecondSample &sample : simulation.history()) {
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            const Node &node = nodes[i];
            const QString server = node.kind == NodeKind::Server ? node.id : node.host;
            const bool expected = server == u"s2" || (server == u"s1" && sample.t < 5);
            QCOMPARE(sample.nodes[i].reported, expected);
        }
        reports += at(simulation, sample, u"sumo"_s).qps;
    }
    QCOMPARE(reports, 5 * 2 + 5 * 1);   // what Sumologic received
}

void TestSimulationFailures::qpsAlertsFireAndClear()
{
    Topology design = preset(u"secured-monitored"_s);
    for (const QString &web : {u"web1"_s, u"web2"_s, u"web3"_s})
        design = withProps(design, web, {{u"qpsAlert"_s, 150}});
    SimulationConfig config;
    config.requestRate = 300;   // 100 a web server
    Simulation simulation(design, config);
    simulation.advanceTo(20);
    QVERIFY(simulation.events().isEmpty());

    simulation.setRequestRate(600);   // 200 each: over the threshold
    simulation.advanceTo(40);
    QList<SimulationEvent> events = simulation.events();
    QCOMPARE(kinds(events), QList<SimulationEventKind>(3, SimulationEventKind::AlertRaised));
    QStringList alerted;
    for (const SimulationEvent &event : events) {
        alerted.append(event.node);
        QCOMPARE(event.by, u"sumo"_s);
        QVERIFY2(event.t > 20 && event.t <= 23, qPrintable(QString::number(event.t)));
    }
    alerted.sort();
    QCOMPARE(alerted, (QStringList{u"web1"_s, u"web2"_s, u"web3"_s}));

    simulation.setRequestRate(150);
    simulation.advanceTo(60);
    events = simulation.events();
    QCOMPARE(events.size(), 6);
    for (qsizetype i = 3; i < 6; ++i)
        QCOMPARE(events[i].kind, SimulationEventKind::AlertCleared);
}

void TestSimulationFailures::unmonitoredWebServerNeverAlerts()
{
    Topology design = withProps(preset(u"secured-monitored"_s), u"web2"_s, {{u"qpsAlert"_s, 10}});
    design.removeNode(u"agent2"_s);
    SimulationConfig config;
    config.requestRate = 300;
    Simulation simulation(design, config);
    simulation.advanceTo(30);
    QCOMPARE(simulation.events(), QList<SimulationEvent>());
    QVERIFY(simulation.totals().nodes[design.nodes().indexOf(*design.node(u"web2"_s))].requests > 2000);
}

void TestSimulationFailures::failAndRecoverReportWhatChanged()
{
    Simulation simulation(preset(u"secured-monitored"_s));
    QVERIFY(!simulation.failNode(u"ghost"_s));
    QVERIFY(!simulation.recoverNode(u"s1"_s));   // not failed
    QVERIFY(simulation.failNode(u"s1"_s));
    QVERIFY(!simulation.failNode(u"s1"_s));
    for (const QString &id : {u"s1"_s, u"web1"_s, u"app1"_s, u"db1"_s, u"agent1"_s})
        QVERIFY2(simulation.isDown(id), qPrintable(id));
    QVERIFY(!simulation.isDown(u"web2"_s));
    QVERIFY(simulation.recoverNode(u"s1"_s));
    QVERIFY(!simulation.isDown(u"web1"_s));
    QCOMPARE(simulation.events().size(), 2);
    QCOMPARE(simulation.events()[0].node, u"s1"_s);
}

} // namespace infralab

QTEST_GUILESS_MAIN(infralab::TestSimulationFailures)
#include "tst_simulationfailures.moc"
