// The walkthrough's playback apart from any widget: stepping, playing,
// where the student stays when the design or the request changes, and the
// next request going to the next server.

#include "../PresetDesign.h"
#include "walkthrough/WalkthroughPlayer.h"

#include "model/TopologyModel.h"
#include "presets/Presets.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace infralab;
using namespace infralab::testing;

namespace {

// "user> user>dns dns>user": one step per word, `from>to`, nothing after
// the `>` for a step inside one node.
Walkthrough walk(const QString &hops)
{
    Walkthrough walkthrough;
    for (const QString &hop : hops.split(u' ', Qt::SkipEmptyParts)) {
        Step step;
        step.n = int(walkthrough.steps.size()) + 1;
        step.from = hop.section(u'>', 0, 0);
        step.to = hop.section(u'>', 1, 1);
        walkthrough.steps.append(step);
    }
    return walkthrough;
}

} // namespace

class TestWalkthroughPlayer : public QObject
{
    Q_OBJECT

private slots:
    void keptStepIndex_data();
    void keptStepIndex();
    void startsInTheOverviewWithTheDesignsSteps();
    void forwardAndBackShowStepNFromNAlone();
    void playAdvancesOnItsOwnAndPauseStops();
    void playingEndsOnTheLastStep();
    void playFromTheLastStepSendsTheNextRequest();
    void editsRederiveAndKeepTheStudentsPlace();
    void deletingANodeOfTheCurrentStepKeepsAValidStep();
    void anotherDesignReturnsToTheOverview();
    void requestTypeRederives();
    void speedIsClampedAndScalesTheSteps();
};

void TestWalkthroughPlayer::keptStepIndex_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("expected");

    const QString full = u"user> user>dns user>fw1 fw1>lb lb>web1 web1>app1"_s;
    QTest::newRow("the overview stays the overview") << full << -1 << full << -1;
    QTest::newRow("the same steps keep the step") << full << 3 << full << 3;
    QTest::newRow("a firewall removed before the step: the same hop, one earlier")
        << full << 4 << u"user> user>dns user>lb lb>web1 web1>app1"_s << 3;
    QTest::newRow("a step added before: the same hop, one later")
        << full << 5 << u"user> user>dns user>fw1 fw1>lb lb> lb>web1 web1>app1"_s << 6;
    QTest::newRow("the hop is gone: the same number")
        << full << 2 << u"user> user>dns user>lb lb>web1 web1>app1"_s << 2;
    QTest::newRow("the hop is gone and the walk is shorter: the last step")
        << full << 5 << u"user> user>dns user>fw1"_s << 2;
    QTest::newRow("the same hop twice: the nearer one")
        << u"a>b b>c c>b b>a"_s << 3 << u"a>b b>a x> b>a"_s << 3;
    QTest::newRow("no steps left: the overview") << full << 2 << QString() << -1;
}

void TestWalkthroughPlayer::keptStepIndex()
{
    QFETCH(QString, before);
    QFETCH(int, index);
    QFETCH(QString, after);
    QFETCH(int, expected);
    QCOMPARE(WalkthroughPlayer::keptStepIndex(walk(before), index, walk(after)), expected);
}

void TestWalkthroughPlayer::startsInTheOverviewWithTheDesignsSteps()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    WalkthroughPlayer player(&model);
    QCOMPARE(player.currentIndex(), -1);
    QVERIFY(!player.currentStep());
    QVERIFY(!player.isPlaying());
    QCOMPARE(player.requestType(), RequestType::Read);
    // Derived from the model, never a list of its own: seed 000's 18 steps.
    QCOMPARE(player.walkthrough(), deriveWalkthrough(model.topology(), RequestType::Read, 0));
    QCOMPARE(player.stepCount(), 18);
}

void TestWalkthroughPlayer::forwardAndBackShowStepNFromNAlone()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    WalkthroughPlayer player(&model);
    QSignalSpy steps(&player, &WalkthroughPlayer::stepChanged);

    player.forward();
    QCOMPARE(player.currentIndex(), 0);
    for (int i = 0; i < 6; ++i)
        player.forward();
    QCOMPARE(player.currentIndex(), 6);
    const Step seventh = *player.currentStep();
    player.back();
    QCOMPARE(player.currentIndex(), 5);
    QCOMPARE(*player.currentStep(), player.walkthrough().steps.at(5));
    player.forward();
    QCOMPARE(*player.currentStep(), seventh);
    QCOMPARE(steps.size(), 9);
    QCOMPARE(steps.last().first().toInt(), 6);

    player.goToStep(17);
    player.forward();   // nothing after the last step
    QCOMPARE(player.currentIndex(), 17);
    player.restart();
    QCOMPARE(player.currentIndex(), 0);
    player.back();      // nothing before the first
    QCOMPARE(player.currentIndex(), 0);
    player.goToStep(99);
    QCOMPARE(player.currentIndex(), 0);
    player.stop();
    QCOMPARE(player.currentIndex(), -1);
}

void TestWalkthroughPlayer::playAdvancesOnItsOwnAndPauseStops()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    WalkthroughPlayer player(&model);
    player.setSpeed(WalkthroughPlayer::kMaxSpeed);
    QSignalSpy playing(&player, &WalkthroughPlayer::playingChanged);

    player.play();
    QVERIFY(player.isPlaying());
    QCOMPARE(player.currentIndex(), 0);
    QCOMPARE(playing.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(player.currentIndex(), 1, player.stepDurationMs(0) + 1000);
    player.pause();
    QVERIFY(!player.isPlaying());
    QTest::qWait(player.stepDurationMs(1) + 200);
    QCOMPARE(player.currentIndex(), 1);
}

void TestWalkthroughPlayer::playingEndsOnTheLastStep()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    WalkthroughPlayer player(&model);
    player.setSpeed(WalkthroughPlayer::kMaxSpeed);
    player.goToStep(16);
    player.play();
    QTRY_COMPARE_WITH_TIMEOUT(player.currentIndex(), 17, player.stepDurationMs(16) + 1000);
    QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), player.stepDurationMs(17) + 1000);
    QCOMPARE(player.currentIndex(), 17);
}

void TestWalkthroughPlayer::playFromTheLastStepSendsTheNextRequest()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    WalkthroughPlayer player(&model);
    const auto reachesServer = [&player](const QString &web) {
        const QList<Step> &steps = player.walkthrough().steps;
        return std::any_of(steps.cbegin(), steps.cend(), [&web](const Step &s) { return s.to == web; });
    };
    QVERIFY(reachesServer(u"web1"_s));
    player.goToStep(17);
    player.play();
    // Round-robin: the second request of the session goes to server 2.
    QCOMPARE(player.turn(), 1);
    QCOMPARE(player.currentIndex(), 0);
    QVERIFY(player.isPlaying());
    QVERIFY(reachesServer(u"web2"_s));
    QVERIFY(!reachesServer(u"web1"_s));
    QCOMPARE(player.walkthrough(), deriveWalkthrough(model.topology(), RequestType::Read, 1));
}

void TestWalkthroughPlayer::editsRederiveAndKeepTheStudentsPlace()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    WalkthroughPlayer player(&model);
    player.goToStep(8);   // step 9: the request reaches Nginx
    const Step nginx = *player.currentStep();
    QSignalSpy changed(&player, &WalkthroughPlayer::walkthroughChanged);

    // Moving a node changes no step: nothing is re-announced.
    Node lb = *model.topology().node(u"lb"_s);
    lb.pos.rx() += 40;
    model.updateNode(lb);
    QTest::qWait(WalkthroughPlayer::kRederiveDelayMs * 3);
    QCOMPARE(changed.size(), 0);

    // Firewall 1 goes, and its step with it: the student stays at Nginx.
    model.removeNode(u"fw1"_s);
    model.addLink({u"user"_s, u"lb"_s, {}});
    QTRY_COMPARE(changed.size(), 1);   // one derivation for the whole burst
    QCOMPARE(player.stepCount(), 17);
    QCOMPARE(player.currentIndex(), 7);
    QCOMPARE(player.currentStep()->from, nginx.from);
    QCOMPARE(player.currentStep()->to, nginx.to);
    QCOMPARE(player.walkthrough(), deriveWalkthrough(model.topology(), RequestType::Read, 0));
}

void TestWalkthroughPlayer::deletingANodeOfTheCurrentStepKeepsAValidStep()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    WalkthroughPlayer player(&model);
    player.setSpeed(WalkthroughPlayer::kMaxSpeed);
    player.goToStep(5);   // step 6: HAProxy ends TLS
    player.play();
    model.removeNode(u"lb"_s);
    player.rederiveNow();
    // Without its load balancer the request stops early: a valid step still shows.
    QVERIFY(player.stepCount() > 0);
    QVERIFY(player.currentIndex() >= 0 && player.currentIndex() < player.stepCount());
    QVERIFY(player.currentStep());
    QVERIFY(!player.currentStep()->nodes().contains(u"lb"_s));

    // Everything gone: the overview, and nothing plays.
    model.reset(Topology());
    QCOMPARE(player.stepCount(), 0);
    QCOMPARE(player.currentIndex(), -1);
    player.play();
    player.forward();
    QVERIFY(!player.isPlaying());
    QCOMPARE(player.currentIndex(), -1);
}

void TestWalkthroughPlayer::anotherDesignReturnsToTheOverview()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    WalkthroughPlayer player(&model);
    player.goToStep(17);
    player.play();   // the second request
    player.goToStep(3);
    model.reset(preset(u"distributed"_s));
    QCOMPARE(player.currentIndex(), -1);
    QVERIFY(!player.isPlaying());
    QCOMPARE(player.turn(), 0);
    QCOMPARE(player.walkthrough(), deriveWalkthrough(model.topology(), RequestType::Read, 0));
}

void TestWalkthroughPlayer::requestTypeRederives()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    WalkthroughPlayer player(&model);
    QSignalSpy requests(&player, &WalkthroughPlayer::requestTypeChanged);
    player.goToStep(2);
    player.setRequestType(RequestType::Static);
    QCOMPARE(requests.size(), 1);
    // A static file never reaches the application or the database.
    QVERIFY(player.stepCount() < 18);
    QCOMPARE(player.walkthrough(), deriveWalkthrough(model.topology(), RequestType::Static, 0));
    QCOMPARE(player.currentIndex(), 2);
    player.setRequestType(RequestType::Static);
    QCOMPARE(requests.size(), 1);
}

void TestWalkthroughPlayer::speedIsClampedAndScalesTheSteps()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    WalkthroughPlayer player(&model);
    const int normal = player.stepDurationMs(0);
    QCOMPARE(player.travelMs(), WalkthroughPlayer::kTravelMs);
    player.setSpeed(2.0);
    QCOMPARE(player.stepDurationMs(0), (normal + 1) / 2);
    player.setSpeed(100);
    QCOMPARE(player.speed(), WalkthroughPlayer::kMaxSpeed);
    player.setSpeed(0);
    QCOMPARE(player.speed(), WalkthroughPlayer::kMinSpeed);
    QCOMPARE(player.stepDurationMs(-1), 0);
}

QTEST_MAIN(TestWalkthroughPlayer)
#include "tst_walkthroughplayer.moc"
