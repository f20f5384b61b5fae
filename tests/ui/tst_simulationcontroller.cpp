// The live simulation's controller on its own (no window): simulated time
// follows the wall clock times the speed, start/pause/reset, the rates and
// the attack reaching the core, failing and recovering, and what an edit or
// another design does to a run. Ticks are driven with advanceBy(), so no
// row depends on how fast the machine is.

#include "Document.h"
#include "commands/MoveNodesCommand.h"
#include "commands/RemoveNodesCommand.h"
#include "simulation/SimulationController.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace infralab;

namespace {

struct Run
{
    Document document;
    SimulationController controller{&document};

    explicit Run(const QString &source = u"preset:secured-monitored"_s)
    {
        if (document.open(source))
            qFatal("%s does not open", qPrintable(source));
        controller.setTickBudgetMs(0);   // the same slices on any machine
    }

    // Simulated seconds at ×60 in whole 0.1 s ticks (6 s each).
    void runFor(int seconds)
    {
        controller.setSpeed(SimulationSpeed::Times60);
        for (int done = 0; done < seconds; done += 6)
            controller.advanceBy(0.1);
    }

    qint64 firewallDrops() const
    {
        qint64 drops = 0;
        for (const SecondSample &second : controller.simulation().history()) {
            for (const NodeSample &node : second.nodes) {
                if (node.kind == NodeKind::Firewall)
                    drops += node.drops;
            }
        }
        return drops;
    }

    // Pushes the way the canvas does; the controller restarts once the burst settles.
    void edit(QUndoCommand *command)
    {
        document.undoStack()->push(command);
    }
};

} // namespace

class TestSimulationController : public QObject
{
    Q_OBJECT

private slots:
    void simulatedTimeIsElapsedTimesSpeed_data();
    void simulatedTimeIsElapsedTimesSpeed();
    void startPauseAndReset();
    void theTimerRunsOnlyWhileStarted();
    void ratesAndAttackReachTheCore_data();
    void ratesAndAttackReachTheCore();
    void failAndRecoverAtTheCurrentTime();
    void failingAServerTakesDownWhatItRuns();
    void anEditRestartsTheRunKeepingFailedNodes();
    void movingComponentsDoesNotRestart();
    void anotherDesignStartsAfresh();
    void aDesignThatCannotServeStillTakesTheAttack();
    void tooMuchTrafficSlowsTheClockNotTheWindow();
};

void TestSimulationController::simulatedTimeIsElapsedTimesSpeed_data()
{
    QTest::addColumn<SimulationSpeed>("speed");
    QTest::addColumn<QList<double>>("ticks");   // wall-clock seconds each
    QTest::addColumn<double>("simulated");

    QTest::newRow("real time: three 33 ms ticks") << SimulationSpeed::RealTime << QList<double>{0.033, 0.033, 0.033}
                                                  << 0.099;
    QTest::newRow("x10: one 33 ms tick is a third of a second") << SimulationSpeed::Times10 << QList<double>{0.033}
                                                               << 0.33;
    QTest::newRow("x60: a tenth of a second is six") << SimulationSpeed::Times60 << QList<double>{0.1} << 6.0;
    QTest::newRow("a window stalled for 5 s runs a quarter second")
        << SimulationSpeed::RealTime << QList<double>{5.0} << SimulationController::kMaxTickSeconds;
    QTest::newRow("x60 after a stall: 15 s, not 5 minutes")
        << SimulationSpeed::Times60 << QList<double>{5.0} << SimulationController::kMaxTickSeconds * 60;
    QTest::newRow("a clock that went backwards runs nothing") << SimulationSpeed::Times10 << QList<double>{-1.0}
                                                              << 0.0;
}

void TestSimulationController::simulatedTimeIsElapsedTimesSpeed()
{
    QFETCH(SimulationSpeed, speed);
    QFETCH(QList<double>, ticks);
    QFETCH(double, simulated);
    Run run;
    run.controller.setSpeed(speed);
    QSignalSpy advanced(&run.controller, &SimulationController::advanced);
    for (double wall : ticks)
        run.controller.advanceBy(wall);
    QCOMPARE(advanced.size(), ticks.size());
    QVERIFY2(qAbs(run.controller.simulation().now() - simulated) < 1e-9,
             qPrintable(QString::number(run.controller.simulation().now())));
}

void TestSimulationController::startPauseAndReset()
{
    Run run;
    SimulationController &controller = run.controller;
    QSignalSpy running(&controller, &SimulationController::runningChanged);
    QSignalSpy cleared(&controller, &SimulationController::cleared);
    QVERIFY(!controller.isRunning());
    QVERIFY(!controller.hasProgress());

    controller.start();
    QVERIFY(controller.isRunning());
    controller.start();   // already running: nothing new
    QCOMPARE(running.size(), 1);
    QCOMPARE(running.last().first().toBool(), true);
    run.runFor(12);
    QCOMPARE(controller.simulation().now(), 12.0);
    QCOMPARE(controller.simulation().history().size(), std::size_t(12));

    controller.pause();
    QVERIFY(!controller.isRunning());
    QCOMPARE(running.last().first().toBool(), false);
    QVERIFY(controller.hasProgress());

    QVERIFY(controller.failNode(u"s2"_s));
    controller.reset();
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(controller.simulation().now(), 0.0);
    QVERIFY(controller.simulation().history().empty());
    QVERIFY(controller.failedNodes().isEmpty());
    QVERIFY(!controller.simulation().isDown(u"s2"_s));
    QVERIFY(!controller.hasProgress());
    // The settings stay for the next run.
    QCOMPARE(controller.speed(), SimulationSpeed::Times60);
}

void TestSimulationController::theTimerRunsOnlyWhileStarted()
{
    Run run;
    run.controller.setSpeed(SimulationSpeed::Times10);
    run.controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(run.controller.simulation().now() > 0.5, 5000);
    run.controller.pause();
    const double paused = run.controller.simulation().now();
    QTest::qWait(3 * SimulationController::kTickMs);
    QCOMPARE(run.controller.simulation().now(), paused);
}

void TestSimulationController::ratesAndAttackReachTheCore_data()
{
    QTest::addColumn<int>("requestRate");
    QTest::addColumn<bool>("attack");
    QTest::addColumn<int>("minSent");   // legitimate requests over the last 30 s
    QTest::addColumn<int>("maxSent");
    QTest::addColumn<bool>("drops");

    QTest::newRow("no requests, no attack: silence") << 0 << false << 0 << 0 << false;
    QTest::newRow("500 requests/s reach the browsers") << 500 << false << 13500 << 16500 << false;
    QTest::newRow("the attack makes the firewalls drop") << 100 << true << 2500 << 3500 << true;
    QTest::newRow("an attack alone, no users") << 0 << true << 0 << 0 << true;
}

void TestSimulationController::ratesAndAttackReachTheCore()
{
    QFETCH(int, requestRate);
    QFETCH(bool, attack);
    QFETCH(int, minSent);
    QFETCH(int, maxSent);
    QFETCH(bool, drops);
    Run run;
    QSignalSpy settings(&run.controller, &SimulationController::settingsChanged);
    // Changed while it runs, as from the toolbar.
    run.controller.start();
    run.runFor(6);
    run.controller.reset();
    run.controller.setRequestRate(requestRate);
    run.controller.setAttacking(attack);
    QVERIFY(!settings.isEmpty());
    QCOMPARE(run.controller.requestRate(), double(requestRate));
    QCOMPARE(run.controller.isAttacking(), attack);
    run.runFor(30);
    int sent = 0;
    for (const SecondSample &second : run.controller.simulation().history())
        sent += second.sent;
    QVERIFY2(sent >= minSent && sent <= maxSent, qPrintable(QString::number(sent)));
    QCOMPARE(run.firewallDrops() > 0, drops);

    // Off again: the next seconds drop nothing.
    run.controller.setAttacking(false);
    const std::size_t before = run.controller.simulation().history().size();
    run.runFor(12);
    const auto &history = run.controller.simulation().history();
    for (std::size_t i = before + 1; i < history.size(); ++i) {
        for (const NodeSample &node : history[i].nodes)
            QCOMPARE(node.drops, 0);
    }
}

void TestSimulationController::failAndRecoverAtTheCurrentTime()
{
    Run run;
    SimulationController &controller = run.controller;
    QSignalSpy failures(&controller, &SimulationController::failuresChanged);
    QSignalSpy advanced(&controller, &SimulationController::advanced);
    run.runFor(6);
    controller.pause();
    QVERIFY(controller.failNode(u"web2"_s));
    QVERIFY(!controller.isRunning());   // failing starts nothing
    QCOMPARE(controller.simulation().now(), 6.0);
    QVERIFY(controller.simulation().isDown(u"web2"_s));
    QVERIFY(controller.isFailed(u"web2"_s));
    QCOMPARE(failures.size(), 1);
    QCOMPARE(advanced.size(), 2);   // the run's tick, then the failure for the views
    QVERIFY(!controller.failNode(u"web2"_s));   // already down
    QVERIFY(!controller.failNode(u"nosuchnode"_s));
    QVERIFY(!controller.recoverNode(u"web1"_s));   // never failed
    QCOMPARE(failures.size(), 1);

    QVERIFY(controller.recoverNode(u"web2"_s));
    QVERIFY(!controller.simulation().isDown(u"web2"_s));
    QVERIFY(controller.failedNodes().isEmpty());
    QCOMPARE(failures.size(), 2);
}

void TestSimulationController::failingAServerTakesDownWhatItRuns()
{
    Run run;
    QVERIFY(run.controller.failNode(u"s1"_s));
    for (const QString &id : {u"s1"_s, u"web1"_s, u"app1"_s, u"db1"_s})
        QVERIFY2(run.controller.simulation().isDown(id), qPrintable(id));
    QCOMPARE(run.controller.failedNodes(), QStringList{u"s1"_s});
    QVERIFY(!run.controller.simulation().isDown(u"web2"_s));
}

void TestSimulationController::anEditRestartsTheRunKeepingFailedNodes()
{
    Run run;
    SimulationController &controller = run.controller;
    controller.setAttacking(true);
    controller.start();
    run.runFor(30);
    QVERIFY(controller.failNode(u"web2"_s));
    QVERIFY(controller.failNode(u"db3"_s));
    QSignalSpy cleared(&controller, &SimulationController::cleared);
    QSignalSpy message(&controller, &SimulationController::statusMessage);
    // The timer keeps ticking while the edit settles: slowly, so 0:00 shows.
    controller.setSpeed(SimulationSpeed::RealTime);

    // Deleting server 3 takes db3 with it; web2 stays failed.
    run.edit(new RemoveNodesCommand(run.document.model(), {u"s3"_s}, u"Delete"_s));
    QTRY_COMPARE(cleared.size(), 1);
    QVERIFY2(controller.simulation().now() < 1.0, qPrintable(QString::number(controller.simulation().now())));
    QVERIFY(!controller.simulation().design().contains(u"s3"_s));
    QCOMPARE(controller.failedNodes(), QStringList{u"web2"_s});
    QVERIFY(controller.simulation().isDown(u"web2"_s));
    QVERIFY(controller.isRunning());
    QVERIFY(controller.isAttacking());
    QCOMPARE(controller.speed(), SimulationSpeed::RealTime);
    QCOMPARE(message.size(), 1);
    QVERIFY2(message.first().first().toString().contains(u"restarted"_s), qPrintable(message.first().first().toString()));
    run.runFor(6);
    QVERIFY(run.firewallDrops() > 0);
}

void TestSimulationController::movingComponentsDoesNotRestart()
{
    Run run;
    run.runFor(12);
    QSignalSpy cleared(&run.controller, &SimulationController::cleared);
    const QPointF before = run.document.topology().node(u"lb"_s)->pos;
    run.edit(new MoveNodesCommand(run.document.model(), {{u"lb"_s, before}}, {{u"lb"_s, before + QPointF(40, 0)}},
                                  MoveNodesCommand::Gesture::Drag, u"Move"_s));
    QTest::qWait(300);   // longer than the edit settling time
    QCOMPARE(cleared.size(), 0);
    QCOMPARE(run.controller.simulation().now(), 12.0);
}

void TestSimulationController::anotherDesignStartsAfresh()
{
    Run run;
    run.controller.start();
    run.runFor(6);
    QVERIFY(run.controller.failNode(u"lb"_s));
    QSignalSpy cleared(&run.controller, &SimulationController::cleared);
    QVERIFY(!run.document.open(u"preset:distributed"_s));
    QCOMPARE(cleared.size(), 1);
    QVERIFY(!run.controller.isRunning());
    QVERIFY(run.controller.failedNodes().isEmpty());
    QCOMPARE(run.controller.simulation().now(), 0.0);
    QCOMPARE(run.controller.simulation().design(), run.document.topology());
    QTest::qWait(300);   // the open's model signals must not restart it once more
    QCOMPARE(cleared.size(), 1);
}

void TestSimulationController::aDesignThatCannotServeStillTakesTheAttack()
{
    Run run;
    QSignalSpy problem(&run.controller, &SimulationController::problemChanged);
    QVERIFY(run.controller.problem().isEmpty());
    run.edit(new RemoveNodesCommand(run.document.model(), {u"dns"_s}, u"Delete"_s));
    QTRY_COMPARE(problem.size(), 1);
    QVERIFY(!run.controller.problem().isEmpty());
    QCOMPARE(problem.first().first().toString(), run.controller.problem());
    run.controller.setAttacking(true);
    run.runFor(12);
    QVERIFY(run.firewallDrops() > 0);
}

void TestSimulationController::tooMuchTrafficSlowsTheClockNotTheWindow()
{
    Run run;
    run.controller.setTickBudgetMs(1);
    run.controller.setRequestRate(100000);
    run.controller.setSpeed(SimulationSpeed::Times60);
    QSignalSpy behind(&run.controller, &SimulationController::behindChanged);
    run.controller.advanceBy(0.01);   // measures what a simulated second costs
    QVERIFY(!run.controller.isBehind());
    const double before = run.controller.simulation().now();
    run.controller.advanceBy(0.1);   // asks for 6 s: far more than 1 ms of work
    QVERIFY(run.controller.isBehind());
    QCOMPARE(behind.size(), 1);
    QVERIFY(run.controller.simulation().now() - before < 1.0);

    // Back to a light load: the clock catches up at once, without a slow tick to learn it.
    run.controller.setTickBudgetMs(SimulationController::kDefaultBudgetMs);
    run.controller.setRequestRate(10);
    const double light = run.controller.simulation().now();
    run.controller.advanceBy(0.1);
    QVERIFY(!run.controller.isBehind());
    QCOMPARE(run.controller.simulation().now() - light, 6.0);
    QCOMPARE(behind.size(), 2);
}

QTEST_MAIN(TestSimulationController)
#include "tst_simulationcontroller.moc"
