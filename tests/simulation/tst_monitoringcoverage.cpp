// Which nodes the monitoring service can know about (Simulation::isMonitored),
// the set the charts dock draws. Seed 000, step 18: an agent on a server
// reports what runs there to the service it is linked to.

#include "SimulatedDesign.h"

#include "simulation/Simulation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace infralab;
using namespace infralab::test;

class TestMonitoringCoverage : public QObject
{
    Q_OBJECT

private slots:
    void coverage_data();
    void coverage();
    void coverageOutlivesAFailure();
};

void TestMonitoringCoverage::coverage_data()
{
    QTest::addColumn<QString>("presetName");
    QTest::addColumn<QStringList>("removedNodes");
    QTest::addColumn<QStringList>("removedLinks");   // "a-b"
    QTest::addColumn<QString>("node");
    QTest::addColumn<bool>("monitored");

    const QStringList none;
    QTest::newRow("a server with an agent") << u"secured-monitored"_s << none << none << u"s1"_s << true;
    QTest::newRow("what that server runs") << u"secured-monitored"_s << none << none << u"web2"_s << true;
    QTest::newRow("the database on a watched server") << u"secured-monitored"_s << none << none << u"db3"_s << true;
    QTest::newRow("the agent itself") << u"secured-monitored"_s << none << none << u"agent1"_s << true;
    QTest::newRow("a firewall runs on no server") << u"secured-monitored"_s << none << none << u"fw1"_s << false;
    QTest::newRow("the load balancer has no agent") << u"secured-monitored"_s << none << none << u"lb"_s << false;
    QTest::newRow("the monitoring service itself") << u"secured-monitored"_s << none << none << u"sumo"_s << false;
    QTest::newRow("server without its agent") << u"secured-monitored"_s << QStringList{u"agent2"_s} << none
                                              << u"web2"_s << false;
    QTest::newRow("other servers keep theirs") << u"secured-monitored"_s << QStringList{u"agent2"_s} << none
                                               << u"web1"_s << true;
    QTest::newRow("agent linked to no service") << u"secured-monitored"_s << none << QStringList{u"agent3-sumo"_s}
                                                << u"app3"_s << false;
    QTest::newRow("no service at all") << u"secured-monitored"_s << QStringList{u"sumo"_s} << none << u"s1"_s
                                       << false;
    QTest::newRow("distributed has no monitoring") << u"distributed"_s << none << none << u"web1"_s << false;
    QTest::newRow("unknown node") << u"secured-monitored"_s << none << none << u"nothing"_s << false;
}

void TestMonitoringCoverage::coverage()
{
    QFETCH(QString, presetName);
    QFETCH(QStringList, removedNodes);
    QFETCH(QStringList, removedLinks);
    QFETCH(QString, node);
    QFETCH(bool, monitored);

    Topology design = preset(presetName);
    for (const QString &id : removedNodes)
        design.removeNode(id);
    for (const QString &link : removedLinks)
        design.removeLink(link.section(u'-', 0, 0), link.section(u'-', 1, 1));
    const Simulation simulation(design);
    QCOMPARE(simulation.isMonitored(node), monitored);
}

// Coverage says what the design watches; whether a stopped server reports
// this second is the sample's `reported`.
void TestMonitoringCoverage::coverageOutlivesAFailure()
{
    Simulation simulation(preset(u"secured-monitored"_s));
    simulation.advanceTo(2);
    QVERIFY(simulation.failNode(u"s1"_s));
    simulation.advanceTo(4);
    QVERIFY(simulation.isMonitored(u"web1"_s));
    const SecondSample &last = simulation.history().back();
    QVERIFY(!last.nodes[simulation.design().indexOf(u"web1"_s)].reported);
}

QTEST_GUILESS_MAIN(TestMonitoringCoverage)
#include "tst_monitoringcoverage.moc"
