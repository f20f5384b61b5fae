// The live charts dock fed by a real simulation, as the controller feeds it:
// a slice of simulated time, then update(). Which nodes get a line (what the
// monitoring sees), bounded points, highlight, hover text, the alert list.

#include "../PresetDesign.h"
#include "Document.h"
#include "MainWindow.h"
#include "canvas/CanvasEditor.h"
#include "simulation/charts/AlertList.h"
#include "simulation/charts/ChartWindow.h"
#include "simulation/charts/LiveLineChart.h"
#include "simulation/charts/SimulationChartsDock.h"

#include "presets/Presets.h"
#include "simulation/Simulation.h"

#include <QAction>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace infralab;
using namespace infralab::testing;

namespace {

Topology withProp(Topology design, const QString &id, const QString &key, const QJsonValue &value)
{
    Node changed = *design.node(id);
    changed.props.insert(key, value);
    design.replaceNode(changed);
    return design;
}

SimulationConfig attacked()
{
    SimulationConfig config;
    config.attackRate = 200;
    return config;
}

// Runs to `until` in ticks of `tick` seconds, updating the dock after each,
// as the controller's timer does.
void run(Simulation &simulation, SimulationChartsDock &dock, double until, double tick = 0.25)
{
    for (double t = simulation.now() + tick; t <= until + 1e-9; t += tick) {
        simulation.advanceTo(t);
        dock.update(simulation);
    }
}

} // namespace

class TestSimulationChartsDock : public QObject
{
    Q_OBJECT

private slots:
    void chartsOnlyWhatTheMonitoringSees_data();
    void chartsOnlyWhatTheMonitoringSees();
    void pointsStayWithinTheWindow();
    void selectionHighlightsRelatedLines_data();
    void selectionHighlightsRelatedLines();
    void hoverNamesTheNearestSecond();
    void stoppedServerSaysNoData();
    void alertsAreListedOnceInOrder();
    void alertListPicksUpAfterTheSimulationDropsOldEvents();
    void alertListFollowsTheNewestUnlessScrolledUp();
    void clearEmptiesEverything();
    void niceScale_data();
    void niceScale();
    void windowShowsTheDockWhenARunStarts();
};

void TestSimulationChartsDock::chartsOnlyWhatTheMonitoringSees_data()
{
    QTest::addColumn<QString>("presetName");
    QTest::addColumn<QString>("removedAgent");
    QTest::addColumn<QStringList>("cpu");
    QTest::addColumn<QStringList>("qps");
    QTest::addColumn<QStringList>("drops");
    QTest::addColumn<QStringList>("silent");

    const QStringList firewalls{u"fw1"_s, u"fw2"_s, u"fw3"_s};
    QTest::newRow("every server of secured-monitored has an agent")
        << u"secured-monitored"_s << QString() << QStringList{u"s1"_s, u"s2"_s, u"s3"_s}
        << QStringList{u"web1"_s, u"web2"_s, u"web3"_s} << firewalls << QStringList();
    QTest::newRow("server 2 without its agent has no data")
        << u"secured-monitored"_s << u"agent2"_s << QStringList{u"s1"_s, u"s3"_s}
        << QStringList{u"web1"_s, u"web3"_s} << firewalls << QStringList{u"s2"_s};
    QTest::newRow("distributed has no monitoring and no firewall")
        << u"distributed"_s << QString() << QStringList() << QStringList() << QStringList()
        << QStringList{u"s1"_s, u"s2"_s, u"s3"_s};
}

void TestSimulationChartsDock::chartsOnlyWhatTheMonitoringSees()
{
    QFETCH(QString, presetName);
    QFETCH(QString, removedAgent);
    QFETCH(QStringList, cpu);
    QFETCH(QStringList, qps);
    QFETCH(QStringList, drops);
    QFETCH(QStringList, silent);

    Topology design = preset(presetName);
    if (!removedAgent.isEmpty())
        design.removeNode(removedAgent);
    Simulation simulation(design, attacked());
    SimulationChartsDock dock;
    run(simulation, dock, 20);

    QCOMPARE(dock.cpuChart()->lineIds(), cpu);
    QCOMPARE(dock.qpsChart()->lineIds(), qps);
    QCOMPARE(dock.dropsChart()->lineIds(), drops);
    // Twenty closed seconds, each a point of every line.
    for (LiveLineChart *chart : {dock.cpuChart(), dock.qpsChart(), dock.dropsChart()}) {
        for (const QString &id : chart->lineIds())
            QCOMPARE(chart->pointCount(id), 20);
    }
    QStringList silentIds;
    for (const SilentNode &node : dock.charted().silent)
        silentIds.append(node.id);
    QCOMPARE(silentIds, silent);
    QCOMPARE(dock.silentNote()->isVisibleTo(&dock), !silent.isEmpty());
    for (const QString &id : silent) {
        const QString label = simulation.design().node(id)->label;
        QVERIFY2(dock.silentNote()->text().contains(label + u"</b> — no data: no monitoring agent"_s),
                 qPrintable(dock.silentNote()->text()));
    }
    // The web servers all say "Nginx": the legend tells them apart.
    if (!qps.isEmpty())
        QCOMPARE(dock.qpsChart()->legendName(qps.first()), u"Nginx on Server 1"_s);
}

// An hour of simulated time keeps a minute of points: nothing grows.
void TestSimulationChartsDock::pointsStayWithinTheWindow()
{
    Simulation simulation(preset(u"secured-monitored"_s), attacked());
    SimulationChartsDock dock;
    int most = 0;
    for (int t = 10; t <= 3600; t += 10) {
        simulation.advanceTo(t);
        dock.update(simulation);
        for (LiveLineChart *chart : {dock.cpuChart(), dock.qpsChart(), dock.dropsChart()}) {
            for (const QString &id : chart->lineIds())
                most = std::max(most, chart->pointCount(id));
        }
    }
    QCOMPARE(most, SimulationChartsDock::kWindowSeconds + 1);
    QCOMPARE(dock.cpuChart()->xRange(), qMakePair(3540.0, 3600.0));
    QCOMPARE(dock.dropsChart()->pointCount(u"fw1"_s), SimulationChartsDock::kWindowSeconds + 1);
    const auto [low, high] = dock.qpsChart()->yRange();
    QCOMPARE(low, 0.0);
    QVERIFY2(high >= 30 && high <= 100, qPrintable(QString::number(high)));   // about 40 each, nicely rounded
}

void TestSimulationChartsDock::selectionHighlightsRelatedLines_data()
{
    QTest::addColumn<QStringList>("selection");
    QTest::addColumn<QStringList>("cpu");
    QTest::addColumn<QStringList>("qps");
    QTest::addColumn<QStringList>("drops");

    QTest::newRow("nothing selected: all alike") << QStringList() << QStringList() << QStringList()
                                                 << QStringList();
    QTest::newRow("a web server lights its server too")
        << QStringList{u"web1"_s} << QStringList{u"s1"_s} << QStringList{u"web1"_s} << QStringList();
    QTest::newRow("a server lights what it runs") << QStringList{u"s2"_s} << QStringList{u"s2"_s}
                                                  << QStringList{u"web2"_s} << QStringList();
    QTest::newRow("the database lights its server's CPU")
        << QStringList{u"db3"_s} << QStringList{u"s3"_s} << QStringList() << QStringList();
    QTest::newRow("a firewall") << QStringList{u"fw2"_s} << QStringList() << QStringList()
                                << QStringList{u"fw2"_s};
    QTest::newRow("several") << QStringList{u"fw1"_s, u"web3"_s} << QStringList{u"s3"_s}
                             << QStringList{u"web3"_s} << QStringList{u"fw1"_s};
}

void TestSimulationChartsDock::selectionHighlightsRelatedLines()
{
    QFETCH(QStringList, selection);
    QFETCH(QStringList, cpu);
    QFETCH(QStringList, qps);
    QFETCH(QStringList, drops);

    Simulation simulation(preset(u"secured-monitored"_s), attacked());
    SimulationChartsDock dock;
    dock.highlightNodes({u"lb"_s});   // before the run: kept for it
    run(simulation, dock, 3, 1);
    dock.highlightNodes(selection);

    const QList<std::pair<LiveLineChart *, QStringList>> charts{
        {dock.cpuChart(), cpu}, {dock.qpsChart(), qps}, {dock.dropsChart(), drops}};
    for (const auto &[chart, expected] : charts) {
        for (const QString &id : chart->lineIds()) {
            QCOMPARE(chart->isHighlighted(id), expected.contains(id));
            // A chart with nothing selected in it shows its lines alike.
            QCOMPARE(chart->isFaded(id), !expected.isEmpty() && !expected.contains(id));
        }
    }
}

void TestSimulationChartsDock::hoverNamesTheNearestSecond()
{
    Simulation simulation(preset(u"secured-monitored"_s), attacked());
    SimulationChartsDock dock;
    run(simulation, dock, 20);

    const qsizetype s1 = simulation.design().indexOf(u"s1"_s);
    const qsizetype web1 = simulation.design().indexOf(u"web1"_s);
    const SecondSample *second11 = nullptr;
    for (const SecondSample &sample : simulation.history()) {
        if (sample.t == 11)
            second11 = &sample;
    }
    QVERIFY(second11);
    // Second 11 closes at 12 s; the mouse is anywhere near it on the line.
    QCOMPARE(dock.cpuChart()->hoverText(u"s1"_s, QPointF(12.3, 80)),
             u"Server 1 · 12 s · %1 %"_s.arg(qRound(second11->nodes[s1].cpu)));
    QCOMPARE(dock.qpsChart()->hoverText(u"web1"_s, QPointF(11.6, 0)),
             u"Nginx on Server 1 · 12 s · %1 requests/s"_s.arg(second11->nodes[web1].qps));
    QVERIFY(dock.cpuChart()->hoverText(u"nothing"_s, QPointF(12, 0)).isEmpty());
}

void TestSimulationChartsDock::stoppedServerSaysNoData()
{
    Simulation simulation(preset(u"secured-monitored"_s));
    SimulationChartsDock dock;
    run(simulation, dock, 10);
    QCOMPARE(dock.cpuChart()->legendName(u"s2"_s), u"Server 2"_s);
    QVERIFY(simulation.failNode(u"s2"_s));
    run(simulation, dock, 15);
    // Its agent stopped with it: the line ends where the reports did.
    QCOMPARE(dock.cpuChart()->legendName(u"s2"_s), u"Server 2 (no data)"_s);
    QCOMPARE(dock.cpuChart()->pointCount(u"s2"_s), 10);
    QCOMPARE(dock.cpuChart()->pointCount(u"s1"_s), 15);
    QVERIFY(simulation.recoverNode(u"s2"_s));
    run(simulation, dock, 17);
    QCOMPARE(dock.cpuChart()->legendName(u"s2"_s), u"Server 2"_s);
}

void TestSimulationChartsDock::alertsAreListedOnceInOrder()
{
    const Topology design = withProp(preset(u"secured-monitored"_s), u"web1"_s, u"qpsAlert"_s, 20);
    Simulation simulation(design);
    SimulationChartsDock dock;
    AlertList *alerts = dock.alertList();
    run(simulation, dock, 5);
    simulation.failNode(u"s3"_s);
    run(simulation, dock, 20);
    simulation.recoverNode(u"s3"_s);
    run(simulation, dock, 40);
    dock.update(simulation);   // no new time: nothing new

    const QList<SimulationEvent> &events = simulation.events();
    QVERIFY(events.size() >= 4);   // the alert, s3 stops, HAProxy drops it, s3 runs again...
    QCOMPARE(alerts->topLevelItemCount(), int(events.size()));
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QTreeWidgetItem *row = alerts->topLevelItem(int(i));
        QCOMPARE(row->text(0), AlertList::timeText(events[i].t));
        QCOMPARE(row->text(1), events[i].text);
        QCOMPARE(AlertList::nodeOf(row), events[i].node);
    }
    QCOMPARE(events.first().kind, SimulationEventKind::AlertRaised);
    QCOMPARE(alerts->topLevelItem(0)->text(0), u"00:01"_s);

    QSignalSpy activated(&dock, &SimulationChartsDock::nodeActivated);
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    const QRect second = alerts->visualItemRect(alerts->topLevelItem(1));
    QTest::mouseClick(alerts->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), events[1].node);
}

void TestSimulationChartsDock::alertListPicksUpAfterTheSimulationDropsOldEvents()
{
    auto event = [](double t, const QString &node) {
        return SimulationEvent{t, SimulationEventKind::NodeFailed, node, {}, node + u" stops"_s};
    };
    AlertList list;
    list.showNew({event(1, u"a"_s), event(2, u"b"_s), event(3, u"c"_s)});
    // Full: the oldest went as a new one came.
    list.showNew({event(2, u"b"_s), event(3, u"c"_s), event(4, u"d"_s)});
    list.showNew({event(2, u"b"_s), event(3, u"c"_s), event(4, u"d"_s)});
    QCOMPARE(list.topLevelItemCount(), 4);
    QCOMPARE(AlertList::nodeOf(list.topLevelItem(3)), u"d"_s);
    QCOMPARE(list.topLevelItem(3)->text(0), u"00:04"_s);
}

void TestSimulationChartsDock::alertListFollowsTheNewestUnlessScrolledUp()
{
    QList<SimulationEvent> events;
    auto addEvents = [&events](int count) {
        for (int i = 0; i < count; ++i) {
            const int n = int(events.size());
            events.append({double(n), SimulationEventKind::AlertRaised, u"web1"_s, u"sumo"_s,
                           u"alert %1"_s.arg(n)});
        }
    };
    AlertList list;
    list.resize(300, 120);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QScrollBar *bar = list.verticalScrollBar();
    addEvents(40);
    list.showNew(events);
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());   // the newest in view
    addEvents(5);
    list.showNew(events);
    QCOMPARE(bar->value(), bar->maximum());

    bar->setValue(3);   // the user reads an older one
    addEvents(5);
    list.showNew(events);
    QCOMPARE(bar->value(), 3);
    QCOMPARE(list.topLevelItemCount(), 50);
}

void TestSimulationChartsDock::clearEmptiesEverything()
{
    Topology design = preset(u"secured-monitored"_s);
    design.removeNode(u"agent1"_s);
    Simulation first(design, attacked());
    SimulationChartsDock dock;
    run(first, dock, 8);
    first.failNode(u"web2"_s);
    run(first, dock, 10);
    QVERIFY(dock.alertList()->topLevelItemCount() > 0);

    dock.clear();
    for (LiveLineChart *chart : {dock.cpuChart(), dock.qpsChart(), dock.dropsChart()}) {
        QVERIFY(chart->lineIds().isEmpty());
        QCOMPARE(chart->xRange(), qMakePair(0.0, 60.0));
    }
    QCOMPARE(dock.alertList()->topLevelItemCount(), 0);
    QVERIFY(!dock.silentNote()->isVisibleTo(&dock));

    // The next run starts from its own design.
    Simulation second(preset(u"secured-monitored"_s));
    run(second, dock, 2);
    QCOMPARE(dock.cpuChart()->lineIds(), (QStringList{u"s1"_s, u"s2"_s, u"s3"_s}));
    QCOMPARE(dock.cpuChart()->pointCount(u"s1"_s), 2);
    QCOMPARE(dock.alertList()->topLevelItemCount(), 0);
}

void TestSimulationChartsDock::niceScale_data()
{
    QTest::addColumn<double>("peak");
    QTest::addColumn<double>("maximum");
    QTest::addColumn<int>("intervals");

    QTest::newRow("idle keeps 0 to 5") << 0.0 << 5.0 << 5;
    QTest::newRow("a little under 5") << 4.0 << 5.0 << 5;
    QTest::newRow("33 per web server") << 33.0 << 40.0 << 4;
    QTest::newRow("just over a round number gets headroom") << 100.0 << 150.0 << 3;
    QTest::newRow("230 in steps of 50") << 230.0 << 250.0 << 5;
    QTest::newRow("thousands") << 4999.0 << 6000.0 << 3;
}

void TestSimulationChartsDock::niceScale()
{
    QFETCH(double, peak);
    QFETCH(double, maximum);
    QFETCH(int, intervals);
    QCOMPARE(infralab::niceScale(peak), (AxisScale{maximum, intervals}));
}

void TestSimulationChartsDock::windowShowsTheDockWhenARunStarts()
{
    MainWindow window;
    QVERIFY(window.openSource(u"preset:secured-monitored"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SimulationChartsDock *dock = window.simulationCharts();
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    QAction *toggle = window.findChild<QAction *>(u"showSimulationChartsAction"_s);
    QVERIFY(toggle);
    QVERIFY(!toggle->isChecked());

    Simulation simulation(window.document()->topology());
    run(simulation, *dock, 2);
    QVERIFY(dock->isVisible());
    QVERIFY(toggle->isChecked());

    // The canvas selection reaches the charts; an alert selects its node.
    window.canvasEditor()->selectNodes({u"web2"_s});
    QVERIFY(dock->cpuChart()->isHighlighted(u"s2"_s));
    QVERIFY(dock->cpuChart()->isFaded(u"s1"_s));
    simulation.failNode(u"web3"_s);
    run(simulation, *dock, 3);
    AlertList *alerts = dock->alertList();
    QVERIFY(alerts->topLevelItemCount() >= 1);
    QCOMPARE(AlertList::nodeOf(alerts->topLevelItem(0)), u"web3"_s);
    QTest::mouseClick(alerts->viewport(), Qt::LeftButton, {},
                      alerts->visualItemRect(alerts->topLevelItem(0)).center());
    QCOMPARE(window.canvasEditor()->selectedNodeIds(), QStringList{u"web3"_s});
    QVERIFY(dock->qpsChart()->isHighlighted(u"web3"_s));
}

QTEST_MAIN(TestSimulationChartsDock)
#include "tst_simulationchartsdock.moc"
