// The live simulation in the real window: the Simulation toolbar and menu,
// Fail and Recover from the canvas's right-click menu, and the live state
// drawn on the nodes, driven with the mouse and the keyboard.

#include "EditingWindow.h"

#include "simulation/NodeLiveStateItem.h"
#include "simulation/SimulationCanvas.h"
#include "simulation/SimulationController.h"
#include "simulation/SimulationToolBar.h"
#include "simulation/charts/LiveLineChart.h"
#include "simulation/charts/SimulationChartsDock.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace infralab;
using namespace infralab::testing;

namespace {

// Right-clicks `scenePos` as a hand does (the press selects what is under
// it, then the menu opens) and picks the action named `actionName`; false
// when the menu did not offer it enabled.
bool chooseFromContextMenu(const MainWindow &window, QPointF scenePos, const QString &actionName)
{
    const QPoint pos = at(window, scenePos);
    QTest::mouseClick(viewport(window), Qt::RightButton, {}, pos);
    bool chosen = false;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction *action = menu->findChild<QAction *>(actionName);
        for (QAction *offered : menu->actions()) {
            if (offered->objectName() == actionName)
                action = offered;
        }
        if (action && action->isVisible() && action->isEnabled()) {
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
            chosen = true;
        } else {
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, viewport(window)->mapToGlobal(pos));
    QApplication::sendEvent(viewport(window), &event);
    QCoreApplication::processEvents();   // the pick runs now even when no menu came up
    return chosen;
}

// A spot on a server frame's title bar, away from what it hosts.
QPointF titleOf(const MainWindow &window, const QString &serverId)
{
    return window.scene()->nodeItem(serverId)->sceneBoundingRect().topLeft() + QPointF(24, 14);
}

QToolButton *buttonFor(const SimulationToolBar *toolBar, QAction *action)
{
    return qobject_cast<QToolButton *>(toolBar->widgetForAction(action));
}

void enterValue(QSpinBox *box, int value)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, QString::number(value));
    QTest::keyClick(box, Qt::Key_Return);
}

} // namespace

class TestSimulationWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void toolbarAndMenuOfferTheSameActions();
    void actionsFollowTheRun();
    void theChartsFollowTheRun();
    void toolbarControlsReachTheRunAndAreRemembered();
    void rightClickFailsAndRecoversAServer();
    void rightClickOffersOnlyWhatApplies();
    void liveStateFollowsTheSamples_data();
    void liveStateFollowsTheSamples();
    void aDesignThatCannotServeSaysWhy();
    void loadBarColourFollowsTheLoad_data();
    void loadBarColourFollowsTheLoad();
};

void TestSimulationWindow::init()
{
    QSettings().remove(u"simulation"_s);
}

void TestSimulationWindow::toolbarAndMenuOfferTheSameActions()
{
    const auto window = openWindow();
    SimulationToolBar *toolBar = window->simulationToolBar();
    QVERIFY(toolBar);
    QCOMPARE(window->findChild<SimulationController *>(), window->simulationController());
    QVERIFY(toolBar->isVisible());
    QCOMPARE(toolBar->runAction()->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(toolBar->resetAction()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F5));
    QVERIFY(toolBar->runAction()->toolTip().contains(u"F5"_s));

    auto *menu = window->findChild<QMenu *>(u"simulationMenu"_s);
    QVERIFY(menu);
    const QList<QAction *> offered = menu->actions();
    for (QAction *action : {toolBar->runAction(), toolBar->resetAction(), toolBar->attackAction()})
        QVERIFY2(offered.contains(action), qPrintable(action->text()));
    QVERIFY(std::any_of(offered.cbegin(), offered.cend(),
                        [](const QAction *action) { return action->objectName() == u"failNodeAction"_s; }));
    // Before Help, which stays last.
    const QList<QAction *> menus = window->menuBar()->actions();
    QCOMPARE(menus.at(menus.size() - 2)->menu(), menu);
}

void TestSimulationWindow::actionsFollowTheRun()
{
    const auto window = openWindow();
    SimulationToolBar *toolBar = window->simulationToolBar();
    SimulationController *controller = window->simulationController();
    QCOMPARE(toolBar->runAction()->text(), u"&Start"_s);
    QVERIFY(!toolBar->resetAction()->isEnabled());
    QCOMPARE(toolBar->clockLabel()->text(), u"00:00"_s);

    QTest::keyClick(window.get(), Qt::Key_F5);
    QVERIFY(controller->isRunning());
    QCOMPARE(toolBar->runAction()->text(), u"&Pause"_s);
    QVERIFY(toolBar->runAction()->toolTip().contains(u"Pause"_s));
    QVERIFY(toolBar->resetAction()->isEnabled());

    QTest::mouseClick(buttonFor(toolBar, toolBar->runAction()), Qt::LeftButton);
    QVERIFY(!controller->isRunning());
    QCOMPARE(toolBar->runAction()->text(), u"&Start"_s);
    controller->setSpeed(SimulationSpeed::Times60);
    controller->advanceBy(1.0);   // capped at a quarter second: 15 s
    QCOMPARE(toolBar->clockLabel()->text(), u"00:15"_s);
    QVERIFY(toolBar->resetAction()->isEnabled());   // 0:15 to go back from

    QTest::keyClick(window.get(), Qt::Key_F5, Qt::ShiftModifier);
    QCOMPARE(controller->simulation().now(), 0.0);
    QCOMPARE(toolBar->clockLabel()->text(), u"00:00"_s);
    QVERIFY(!toolBar->resetAction()->isEnabled());
}

// The window wires the run to the Live Charts dock: a tick draws, a reset
// empties it.
void TestSimulationWindow::theChartsFollowTheRun()
{
    const auto window = openWindow();
    SimulationController *controller = window->simulationController();
    SimulationChartsDock *charts = window->simulationCharts();
    QVERIFY(charts->cpuChart()->lineIds().isEmpty());

    QTest::keyClick(window.get(), Qt::Key_F5);
    for (int tick = 0; tick < 20; ++tick)
        controller->advanceBy(0.25);
    QVERIFY(charts->isVisible());
    const QStringList servers = charts->cpuChart()->lineIds();
    QCOMPARE(servers, (QStringList{u"s1"_s, u"s2"_s, u"s3"_s}));
    for (const QString &id : servers)
        QCOMPARE(charts->cpuChart()->pointCount(id), 5);
    QVERIFY(charts->saveImageAction()->isEnabled());

    QTest::keyClick(window.get(), Qt::Key_F5, Qt::ShiftModifier);
    QVERIFY(charts->cpuChart()->lineIds().isEmpty());
    QVERIFY(!charts->saveImageAction()->isEnabled());
}

void TestSimulationWindow::toolbarControlsReachTheRunAndAreRemembered()
{
    {
        const auto window = openWindow();
        SimulationToolBar *toolBar = window->simulationToolBar();
        SimulationController *controller = window->simulationController();
        QCOMPARE(toolBar->requestRateBox()->value(), 100);

        enterValue(toolBar->requestRateBox(), 1000);
        QCOMPARE(controller->requestRate(), 1000.0);
        enterValue(toolBar->attackRateBox(), 350);
        QCOMPARE(controller->attackRate(), 350.0);
        QVERIFY(!controller->isAttacking());
        QTest::mouseClick(buttonFor(toolBar, toolBar->attackAction()), Qt::LeftButton);
        QVERIFY(controller->isAttacking());
        QVERIFY(toolBar->attackAction()->isChecked());

        QComboBox *speed = toolBar->speedBox();
        speed->setFocus();
        QTest::keyClick(speed, Qt::Key_End);   // the last speed: ×60
        QCOMPARE(controller->speed(), SimulationSpeed::Times60);
        QVERIFY(toolBar->speedAction(SimulationSpeed::Times60)->isChecked());
        toolBar->speedAction(SimulationSpeed::Times10)->trigger();   // from the menu
        QCOMPARE(controller->speed(), SimulationSpeed::Times10);
        QCOMPARE(speed->currentText(), label(SimulationSpeed::Times10));
    }
    // A new window starts with the same rates and speed, the attack off.
    const auto window = openWindow();
    SimulationController *controller = window->simulationController();
    QCOMPARE(controller->requestRate(), 1000.0);
    QCOMPARE(controller->attackRate(), 350.0);
    QCOMPARE(controller->speed(), SimulationSpeed::Times10);
    QVERIFY(!controller->isAttacking());
    QCOMPARE(window->simulationToolBar()->requestRateBox()->value(), 1000);
}

void TestSimulationWindow::rightClickFailsAndRecoversAServer()
{
    const auto window = openWindow();
    SimulationController *controller = window->simulationController();
    const int undoSteps = window->document()->undoStack()->count();

    QVERIFY(chooseFromContextMenu(*window, titleOf(*window, u"s2"_s), u"failNodeAction"_s));
    QCOMPARE(window->canvasEditor()->selectedNodeIds(), QStringList{u"s2"_s});
    QVERIFY(controller->simulation().isDown(u"s2"_s));
    QVERIFY(controller->simulation().isDown(u"web2"_s));
    QVERIFY(!controller->isRunning());   // failing starts nothing
    QCOMPARE(window->document()->undoStack()->count(), undoSteps);   // the run changed, not the design
    QVERIFY(!window->isWindowModified());

    SimulationCanvas *canvas = window->simulationCanvas();
    QVERIFY(canvas->item(u"s2"_s));
    QVERIFY(canvas->item(u"s2"_s)->state().down);
    QVERIFY(canvas->item(u"s2"_s)->state().failedItself);
    // What it runs is down with it, marked on the server only.
    QVERIFY(canvas->item(u"web2"_s)->state().down);
    QVERIFY(!canvas->item(u"web2"_s)->state().failedItself);
    QVERIFY(canvas->item(u"s2"_s)->toolTip().contains(u"Recover"_s));

    QVERIFY(chooseFromContextMenu(*window, titleOf(*window, u"s2"_s), u"recoverNodeAction"_s));
    QVERIFY(!controller->simulation().isDown(u"s2"_s));
    QVERIFY(!controller->simulation().isDown(u"web2"_s));
    QVERIFY(!canvas->item(u"s2"_s)->state().down);
    QVERIFY(!canvas->item(u"web2"_s)->state().down);

    // A component on its own, while the run goes on.
    controller->start();
    QVERIFY(chooseFromContextMenu(*window, centreOf(*window, u"lb"_s), u"failNodeAction"_s));
    QVERIFY(controller->isFailed(u"lb"_s));
    QVERIFY(controller->isRunning());
}

void TestSimulationWindow::rightClickOffersOnlyWhatApplies()
{
    const auto window = openWindow();
    SimulationController *controller = window->simulationController();
    QVERIFY(!chooseFromContextMenu(*window, centreOf(*window, u"fw1"_s), u"recoverNodeAction"_s));
    QVERIFY(controller->failNode(u"fw1"_s));
    QVERIFY(!chooseFromContextMenu(*window, centreOf(*window, u"fw1"_s), u"failNodeAction"_s));
    QVERIFY(controller->isFailed(u"fw1"_s));
    const QList<QAction *> offered = window->canvasView()->actions();
    const auto fail = std::find_if(offered.cbegin(), offered.cend(),
                                   [](const QAction *action) { return action->objectName() == u"failNodeAction"_s; });
    QVERIFY(fail != offered.cend());
    QVERIFY(!(*fail)->isVisible());
    // Nothing selected: both shown, greyed, as the other canvas actions are.
    window->canvasEditor()->selectNodes({});
    QVERIFY((*fail)->isVisible());
    QVERIFY(!(*fail)->isEnabled());
}

void TestSimulationWindow::liveStateFollowsTheSamples_data()
{
    QTest::addColumn<bool>("attack");
    QTest::addColumn<int>("requestRate");
    QTest::newRow("quiet: users only") << false << 100;
    QTest::newRow("busy and under attack") << true << 1500;
}

void TestSimulationWindow::liveStateFollowsTheSamples()
{
    QFETCH(bool, attack);
    QFETCH(int, requestRate);
    const auto window = openWindow();
    SimulationController *controller = window->simulationController();
    SimulationCanvas *canvas = window->simulationCanvas();
    controller->setTickBudgetMs(0);
    controller->setRequestRate(requestRate);
    controller->setAttacking(attack);
    controller->setSpeed(SimulationSpeed::Times60);
    QCOMPARE(canvas->itemCount(), 0);
    controller->start();
    for (int tick = 0; tick < 4; ++tick)
        controller->advanceBy(0.1);

    const Simulation &simulation = controller->simulation();
    const SecondSample &latest = simulation.history().back();
    qint64 drops = 0;
    for (const NodeSample &sample : latest.nodes) {
        NodeLiveStateItem *item = canvas->item(sample.node);
        if (!SimulationCanvas::showsLoad(sample.kind)) {
            QVERIFY2(!item || !item->state().hasLoad, qPrintable(sample.node));
            continue;
        }
        QVERIFY2(item, qPrintable(sample.node));
        QCOMPARE(item->state().cpu, qRound(sample.cpu));
        QCOMPARE(item->state().countsDrops, sample.kind == NodeKind::Firewall);
        if (sample.kind == NodeKind::Firewall) {
            QCOMPARE(item->state().drops, sample.drops);
            drops += sample.drops;
        }
    }
    QCOMPARE(drops > 0, attack);
    if (requestRate >= 1000)
        QVERIFY(canvas->item(u"web1"_s)->state().cpu > 0);
    if (attack)
        QVERIFY(canvas->item(u"fw1"_s)->toolTip().contains(u"since the start"_s));

    window->simulationToolBar()->resetAction()->trigger();
    QCOMPARE(canvas->itemCount(), 0);
}

void TestSimulationWindow::aDesignThatCannotServeSaysWhy()
{
    const auto window = openWindow();
    SimulationToolBar *toolBar = window->simulationToolBar();
    QAction *problem = nullptr;
    for (QAction *action : toolBar->actions()) {
        if (toolBar->widgetForAction(action) && toolBar->widgetForAction(action)->isAncestorOf(toolBar->problemLabel()))
            problem = action;
    }
    QVERIFY(problem);
    QVERIFY(!problem->isVisible());
    window->canvasEditor()->selectNodes({u"dns"_s});
    window->canvasEditor()->deleteSelection();
    QTRY_VERIFY(problem->isVisible());
    QVERIFY(!toolBar->problemLabel()->text().isEmpty());
    QVERIFY(problem->toolTip().contains(window->simulationController()->problem()));
    window->document()->undoStack()->undo();
    QTRY_VERIFY(!problem->isVisible());
}

void TestSimulationWindow::loadBarColourFollowsTheLoad_data()
{
    QTest::addColumn<int>("cpu");
    QTest::addColumn<QString>("colour");
    QTest::newRow("idle is green") << 0 << u"green"_s;
    QTest::newRow("59% is still green") << 59 << u"green"_s;
    QTest::newRow("60% turns amber") << 60 << u"amber"_s;
    QTest::newRow("84% is amber") << 84 << u"amber"_s;
    QTest::newRow("85% turns red") << 85 << u"red"_s;
    QTest::newRow("saturated is red") << 100 << u"red"_s;
}

void TestSimulationWindow::loadBarColourFollowsTheLoad()
{
    QFETCH(int, cpu);
    QFETCH(QString, colour);
    const auto window = openWindow();
    const CanvasStyle &style = window->scene()->style();
    const QHash<QString, QColor> colours{
        {u"green"_s, style.tokenEncrypted}, {u"amber"_s, style.tokenPlaintext}, {u"red"_s, style.tokenBlocked}};
    QVERIFY(window->simulationController()->failNode(u"lb"_s));   // gives lb a live item
    NodeLiveStateItem *item = window->simulationCanvas()->item(u"lb"_s);
    QVERIFY(item);
    QCOMPARE(item->loadColour(cpu), colours.value(colour));
}

QTEST_MAIN(TestSimulationWindow)
#include "tst_simulationwindow.moc"
