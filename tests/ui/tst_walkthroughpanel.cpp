// The walkthrough panel as a student meets it in the window: the keys and
// buttons that step through the request, the narration, the canvas ringing
// the step's nodes and dimming the rest, and edits of the design while a
// step is shown.

#include "MainWindow.h"
#include "Document.h"
#include "canvas/LinkItem.h"
#include "canvas/PacketToken.h"
#include "canvas/TopologyNodeItem.h"
#include "canvas/TopologyScene.h"
#include "panels/FindingsDock.h"
#include "panels/WalkthroughPanel.h"
#include "walkthrough/HopAnimation.h"
#include "walkthrough/WalkthroughCanvas.h"
#include "walkthrough/WalkthroughPlayer.h"

#include "model/TopologyModel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSlider>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace infralab;

namespace {

QStringList sorted(QStringList ids)
{
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

QStringList highlighted(const MainWindow &window)
{
    QStringList ids;
    for (const Node &node : window.document()->topology().nodes()) {
        if (const TopologyNodeItem *item = window.scene()->nodeItem(node.id); item && item->isHighlighted())
            ids.append(node.id);
    }
    return sorted(ids);
}

QStringList dimmed(const MainWindow &window)
{
    QStringList ids;
    for (const Node &node : window.document()->topology().nodes()) {
        if (const TopologyNodeItem *item = window.scene()->nodeItem(node.id); item && item->isDimmed())
            ids.append(node.id);
    }
    return sorted(ids);
}

struct Fixture
{
    Fixture()
    {
        window.resize(1400, 900);
        if (!window.openSource(u"preset:secured-monitored"_s))
            qFatal("the default preset does not open");
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("the window is not exposed");
        panel()->stepList()->setFocus();
    }
    WalkthroughPanel *panel() const { return window.walkthroughPanel(); }
    WalkthroughPlayer *player() const { return window.walkthroughPlayer(); }
    QWidget *keys() const { return panel()->stepList(); }

    MainWindow window;
};

} // namespace

class TestWalkthroughPanel : public QObject
{
    Q_OBJECT

private slots:
    void startsVisibleInTheOverview();
    void arrowKeysStepAndTheCanvasFollows();
    void stepSixIsTlsTerminationAtHaproxy();
    void spaceHomeAndEscape();
    void playAdvancesOnItsOwnAndPauseStops();
    void clickingAStepGoesThere();
    void viaAndAlsoFromAreOnTheCanvas();
    void removingANodeWhileShownKeepsAValidStep();
    void requestTypeSwitchRederives();
    void speedSliderSetsThePace();
    void walkthroughOwnsTheRingsUntilStopped();
};

void TestWalkthroughPanel::startsVisibleInTheOverview()
{
    Fixture f;
    QVERIFY(f.panel()->isVisible());
    QCOMPARE(f.window.dockWidgetArea(f.panel()), Qt::BottomDockWidgetArea);
    QVERIFY(f.window.findChild<QAction *>(u"showWalkthroughAction"_s));
    // Play is on the main toolbar too.
    auto *toolBar = f.window.findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolBar && toolBar->actions().contains(f.panel()->playAction()));

    QCOMPARE(f.panel()->stepList()->count(), 18);
    // Focusing the list made a row current but chose no step.
    QVERIFY(f.panel()->stepList()->selectedItems().isEmpty());
    QCOMPARE(f.player()->currentIndex(), -1);
    QVERIFY(f.panel()->narration()->text().contains(u"Play"_s));
    QVERIFY(!f.window.scene()->hasWalkthroughFocus());
    QVERIFY(dimmed(f.window).isEmpty());
    QVERIFY(f.window.walkthroughCanvas()->animation()->tokens().isEmpty());
    QVERIFY(!f.panel()->backAction()->isEnabled());
    QVERIFY(!f.panel()->stopAction()->isEnabled());
}

void TestWalkthroughPanel::arrowKeysStepAndTheCanvasFollows()
{
    Fixture f;
    const Walkthrough &walk = f.player()->walkthrough();
    QStringList allIds;
    for (const Node &node : f.window.document()->topology().nodes())
        allIds.append(node.id);

    for (int n = 1; n <= 4; ++n) {
        QTest::keyClick(f.keys(), Qt::Key_Right);
        QCOMPARE(f.player()->currentIndex(), n - 1);
    }
    QTest::keyClick(f.keys(), Qt::Key_Left);
    const Step &third = walk.steps.at(2);   // the DNS answers the browser
    QCOMPARE(f.player()->currentIndex(), 2);
    QCOMPARE(f.panel()->narration()->text(), third.text);
    QCOMPARE(f.panel()->position()->text(), u"Step 3 of 18"_s);
    QCOMPARE(f.panel()->stepList()->currentRow(), 2);
    QCOMPARE(highlighted(f.window), sorted(third.nodes()));
    // Everything else is dimmed; no frame hosts a node of this step.
    QStringList others = allIds;
    for (const QString &id : third.nodes())
        others.removeAll(id);
    QCOMPARE(dimmed(f.window), sorted(others));
    // The hop's link is emphasised, the others faded.
    const LinkItem *dnsLink = f.window.scene()->linkItem(third.from, third.to);
    QVERIFY(dnsLink && dnsLink->isEmphasised() && !dnsLink->isDimmed());
    const LinkItem *other = f.window.scene()->linkItem(u"fw1"_s, u"lb"_s);
    QVERIFY(other && !other->isEmphasised() && other->isDimmed());
    QVERIFY(f.panel()->backAction()->isEnabled());
}

void TestWalkthroughPanel::stepSixIsTlsTerminationAtHaproxy()
{
    Fixture f;
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(f.keys(), Qt::Key_Right);
    const Step &step = *f.player()->currentStep();
    QCOMPARE(step.n, 6);
    QCOMPARE(step.to, u"lb"_s);
    QVERIFY(step.encrypted);
    QCOMPARE(f.panel()->narration()->text(), step.text);
    QVERIFY(f.panel()->route()->text().contains(u"HAProxy"_s));
    QVERIFY(f.panel()->route()->text().contains(u"443"_s));
    QCOMPARE(highlighted(f.window), sorted(step.nodes()));
    const QList<PacketToken *> tokens = f.window.walkthroughCanvas()->animation()->tokens();
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.first()->look(), PacketToken::Look::Encrypted);

    // Step 9 runs behind the load balancer in plaintext (seed 000: TLS ends at HAProxy).
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(f.keys(), Qt::Key_Right);
    QVERIFY(!f.player()->currentStep()->encrypted);
    QCOMPARE(f.window.walkthroughCanvas()->animation()->tokens().first()->look(), PacketToken::Look::Plaintext);
    // Servers hosting the step's nodes stay as their context.
    const QString host = f.window.document()->topology().node(f.player()->currentStep()->to)->host;
    QVERIFY(!host.isEmpty());
    QVERIFY(!f.window.scene()->nodeItem(host)->isDimmed());
}

void TestWalkthroughPanel::spaceHomeAndEscape()
{
    Fixture f;
    QTest::keyClick(f.keys(), Qt::Key_Space);
    QVERIFY(f.player()->isPlaying());
    QCOMPARE(f.player()->currentIndex(), 0);
    QCOMPARE(f.panel()->playAction()->text(), u"Pause"_s);
    QTest::keyClick(f.keys(), Qt::Key_Space);
    QVERIFY(!f.player()->isPlaying());
    QCOMPARE(f.panel()->playAction()->text(), u"Play"_s);

    for (int i = 0; i < 4; ++i)
        QTest::keyClick(f.keys(), Qt::Key_Right);
    QCOMPARE(f.player()->currentIndex(), 4);
    QTest::keyClick(f.keys(), Qt::Key_Home);
    QCOMPARE(f.player()->currentIndex(), 0);
    QCOMPARE(f.panel()->narration()->text(), f.player()->walkthrough().steps.first().text);

    QTest::keyClick(f.keys(), Qt::Key_Escape);
    QCOMPARE(f.player()->currentIndex(), -1);
    QVERIFY(!f.window.scene()->hasWalkthroughFocus());
    QVERIFY(dimmed(f.window).isEmpty());
    QVERIFY(highlighted(f.window).isEmpty());
    QVERIFY(f.window.walkthroughCanvas()->animation()->tokens().isEmpty());

    // At the last step Play offers the next request.
    f.player()->goToStep(17);
    QCOMPARE(f.panel()->playAction()->text(), u"Next Request"_s);
}

void TestWalkthroughPanel::playAdvancesOnItsOwnAndPauseStops()
{
    Fixture f;
    f.player()->setSpeed(WalkthroughPlayer::kMaxSpeed);
    // The Play button of the panel, clicked.
    QToolButton *play = nullptr;
    for (QToolButton *button : f.panel()->findChildren<QToolButton *>()) {
        if (button->defaultAction() == f.panel()->playAction())
            play = button;
    }
    QVERIFY(play);
    QTest::mouseClick(play, Qt::LeftButton);
    QVERIFY(f.player()->isPlaying());
    QTRY_COMPARE_WITH_TIMEOUT(f.player()->currentIndex(), 2, 2 * f.player()->stepDurationMs(0) + 2000);
    QCOMPARE(f.panel()->narration()->text(), f.player()->walkthrough().steps.at(2).text);
    QCOMPARE(f.panel()->stepList()->currentRow(), 2);
    QTest::mouseClick(play, Qt::LeftButton);
    QVERIFY(!f.player()->isPlaying());
    const int stoppedAt = f.player()->currentIndex();
    QTest::qWait(f.player()->stepDurationMs(stoppedAt) + 200);
    QCOMPARE(f.player()->currentIndex(), stoppedAt);
    // The click left the keys with the panel.
    QVERIFY(f.panel()->stepList()->hasFocus());
}

void TestWalkthroughPanel::clickingAStepGoesThere()
{
    Fixture f;
    QListWidget *list = f.panel()->stepList();
    QListWidgetItem *item = list->item(4);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QCOMPARE(f.player()->currentIndex(), 4);
    QCOMPARE(f.panel()->narration()->text(), f.player()->walkthrough().steps.at(4).text);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(f.player()->currentIndex(), 5);
}

void TestWalkthroughPanel::viaAndAlsoFromAreOnTheCanvas()
{
    Fixture f;
    const QList<Step> &steps = f.player()->walkthrough().steps;
    // Step 12: the application queries MySQL through firewall 3.
    const Step &query = steps.at(11);
    QVERIFY(!query.via.isEmpty());
    f.player()->goToStep(11);
    QCOMPARE(highlighted(f.window), sorted(query.nodes()));
    QVERIFY(f.window.scene()->linkItem(query.from, query.via.first())->isEmphasised());
    QVERIFY(f.window.scene()->linkItem(query.via.last(), query.to)->isEmphasised());

    // Step 18: every monitoring client reports at once, one packet each.
    const Step &report = steps.at(17);
    QVERIFY(!report.alsoFrom.isEmpty());
    f.player()->goToStep(17);
    QCOMPARE(f.window.walkthroughCanvas()->animation()->tokens().size(), report.alsoFrom.size() + 1);
    QCOMPARE(highlighted(f.window), sorted(report.nodes()));
    for (const QString &sender : report.alsoFrom)
        QVERIFY(f.window.scene()->linkItem(sender, report.to)->isEmphasised());
}

void TestWalkthroughPanel::removingANodeWhileShownKeepsAValidStep()
{
    Fixture f;
    f.player()->setSpeed(WalkthroughPlayer::kMaxSpeed);
    for (int i = 0; i < 7; ++i)
        QTest::keyClick(f.keys(), Qt::Key_Right);
    QCOMPARE(f.player()->currentStep()->to, u"fw2"_s);   // step 7: the second firewall
    QTest::keyClick(f.keys(), Qt::Key_Space);

    // The packet is on its way to firewall 2 when it disappears.
    f.window.document()->model()->removeNode(u"fw2"_s);
    QTest::qWait(20);   // frames with the stop gone, before the steps follow
    QTRY_VERIFY(f.player()->walkthrough() == deriveWalkthrough(f.window.document()->topology(),
                                                               RequestType::Read, f.player()->turn()));
    const int index = f.player()->currentIndex();
    QVERIFY(index >= 0 && index < f.player()->stepCount());
    QCOMPARE(f.panel()->stepList()->count(), f.player()->stepCount());
    QCOMPARE(f.panel()->narration()->text(), f.player()->currentStep()->text);
    QCOMPARE(highlighted(f.window), sorted(f.player()->currentStep()->nodes()));

    // And the node of the step being shown, the load balancer itself.
    f.player()->goToStep(std::min(5, f.player()->stepCount() - 1));
    f.window.document()->model()->removeNode(u"lb"_s);
    QTRY_VERIFY(!f.player()->walkthrough().steps.isEmpty()
                && !f.player()->currentStep()->nodes().contains(u"lb"_s));
    QCOMPARE(f.panel()->narration()->text(), f.player()->currentStep()->text);
}

void TestWalkthroughPanel::requestTypeSwitchRederives()
{
    Fixture f;
    QComboBox *box = f.panel()->requestBox();
    QCOMPARE(box->currentData().toInt(), int(RequestType::Read));
    box->setFocus();
    // Up from "Dynamic page (read)" is "Static file".
    QTest::keyClick(box, Qt::Key_Up);
    QCOMPARE(f.player()->requestType(), RequestType::Static);
    QVERIFY(f.player()->stepCount() < 18);
    QCOMPARE(f.panel()->stepList()->count(), f.player()->stepCount());
    QCOMPARE(f.panel()->stepList()->item(0)->text(),
             u"1.  "_s + f.player()->walkthrough().steps.first().text);
}

void TestWalkthroughPanel::speedSliderSetsThePace()
{
    Fixture f;
    QSlider *slider = f.panel()->speedSlider();
    QCOMPARE(WalkthroughPanel::speeds().at(slider->value()), 1.0);
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(f.player()->speed(), WalkthroughPanel::speeds().at(slider->value()));
    QVERIFY(f.player()->speed() > 1.0);
    f.player()->setSpeed(WalkthroughPlayer::kMinSpeed);
    QCOMPARE(slider->value(), 0);
}

void TestWalkthroughPanel::walkthroughOwnsTheRingsUntilStopped()
{
    Fixture f;
    QListWidget *findings = f.window.findingsDock()->list();
    findings->setCurrentRow(0);
    const QStringList findingNodes = sorted(f.window.findingsDock()->findings().first().nodes);
    QCOMPARE(highlighted(f.window), findingNodes);

    f.player()->goToStep(5);
    QCOMPARE(highlighted(f.window), sorted(f.player()->currentStep()->nodes()));
    // Another finding chosen meanwhile waits for the walkthrough to stop.
    findings->setCurrentRow(1);
    QCOMPARE(highlighted(f.window), sorted(f.player()->currentStep()->nodes()));
    f.player()->stop();
    QCOMPARE(highlighted(f.window), sorted(f.window.findingsDock()->findings().at(1).nodes));
}

QTEST_MAIN(TestWalkthroughPanel)
#include "tst_walkthroughpanel.moc"
