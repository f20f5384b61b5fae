// The walkthrough on the canvas: the packet follows the links as they are
// drawn, the scene's focus, and the view following the packet when zoomed
// in but never when the whole design is in sight.

#include "../PresetDesign.h"
#include "canvas/CanvasView.h"
#include "canvas/LinkItem.h"
#include "canvas/PacketRoute.h"
#include "canvas/PacketToken.h"
#include "canvas/TopologyNodeItem.h"
#include "canvas/TopologyScene.h"
#include "walkthrough/HopAnimation.h"
#include "walkthrough/WalkthroughCanvas.h"
#include "walkthrough/WalkthroughPlayer.h"

#include "model/TopologyModel.h"
#include "presets/Presets.h"

#include <QScrollBar>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace infralab;
using namespace infralab::testing;

namespace {

qreal distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF d = b - a;
    const qreal length2 = QPointF::dotProduct(d, d);
    const qreal t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / length2, 0.0, 1.0) : 0.0;
    const QPointF q = a + t * d;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}

qreal distanceToRoute(const QPointF &p, const QPolygonF &route)
{
    qreal best = std::numeric_limits<qreal>::max();
    for (qsizetype i = 0; i + 1 < route.size(); ++i)
        best = std::min(best, distanceToSegment(p, route.at(i), route.at(i + 1)));
    return best;
}

struct Canvas
{
    Canvas()
        : scene(&model)
        , player(&model)
        , walkthrough(&player, &scene, &view)
    {
        model.reset(preset(u"secured-monitored"_s));
        view.setScene(&scene);
        view.resize(1200, 800);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            qFatal("the view is not exposed");
        view.fitToWindow();
    }
    HopAnimation *animation() const { return walkthrough.animation(); }

    TopologyModel model;
    TopologyScene scene;
    CanvasView view;
    WalkthroughPlayer player;
    WalkthroughCanvas walkthrough;
};

} // namespace

class TestWalkthroughCanvas : public QObject
{
    Q_OBJECT

private slots:
    void routeFollowsTheDrawnLinks_data();
    void routeFollowsTheDrawnLinks();
    void packetTravelsFromEdgeToEdge();
    void reportingPacketsRunBesideTheFrames();
    void stepInsideANodePulsesInPlace();
    void animationRunsOnlyWhileMoving();
    void focusAppliesToItemsBuiltLater();
    void viewFollowsThePacketWhenZoomedIn();
    void fittedViewNeverMoves();
    void deletingAStopMidHopHidesItsPacket();
};

void TestWalkthroughCanvas::routeFollowsTheDrawnLinks_data()
{
    QTest::addColumn<QStringList>("stops");
    QTest::newRow("one link") << QStringList{u"user"_s, u"fw1"_s};
    QTest::newRow("one link, against its direction") << QStringList{u"fw1"_s, u"user"_s};
    QTest::newRow("through firewall 3") << QStringList{u"app1"_s, u"fw3"_s, u"db2"_s};
    QTest::newRow("a reporting link around its frame") << QStringList{u"agent2"_s, u"sumo"_s};
}

void TestWalkthroughCanvas::routeFollowsTheDrawnLinks()
{
    QFETCH(QStringList, stops);
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    TopologyScene scene(&model);
    const QPainterPath path = packetRoute(scene, stops);
    QVERIFY(!path.isEmpty());
    const LinkItem *first = scene.linkItem(stops.at(0), stops.at(1));
    const LinkItem *last = scene.linkItem(stops.at(stops.size() - 2), stops.last());
    QVERIFY(first && last);
    // Starts where the first link leaves the sender, ends where the last reaches the receiver.
    const QPointF start = first->fromItem()->id() == stops.first() ? first->route().first() : first->route().last();
    const QPointF end = last->toItem()->id() == stops.last() ? last->route().last() : last->route().first();
    QCOMPARE(path.pointAtPercent(0), start);
    QCOMPARE(path.pointAtPercent(1), end);
    // Every point of the way lies on one of the drawn links or crosses a stop.
    for (int i = 0; i <= 20; ++i) {
        const QPointF p = path.pointAtPercent(i / 20.0);
        qreal best = std::numeric_limits<qreal>::max();
        for (qsizetype s = 0; s + 1 < stops.size(); ++s)
            best = std::min(best, distanceToRoute(p, scene.linkItem(stops.at(s), stops.at(s + 1))->route()));
        bool inStop = false;
        for (const QString &id : stops)
            inStop = inStop || scene.nodeItem(id)->sceneBoundingRect().contains(p);
        QVERIFY2(best < 0.5 || inStop, qPrintable(u"point %1 off the links"_s.arg(i)));
    }
    QVERIFY(packetRoute(scene, {u"user"_s, u"ghost"_s}).isEmpty());
    QVERIFY(packetRoute(scene, {u"user"_s}).isEmpty());
}

void TestWalkthroughCanvas::packetTravelsFromEdgeToEdge()
{
    Canvas c;
    c.player.goToStep(5);   // step 6: Firewall 1 -> HAProxy
    const LinkItem *link = c.scene.linkItem(u"fw1"_s, u"lb"_s);
    const QPolygonF route = link->route();
    PacketToken *token = c.animation()->tokens().value(0);
    QVERIFY(token);
    c.animation()->setProgress(0);
    QCOMPARE(token->pos(), link->fromItem()->id() == u"fw1"_s ? route.first() : route.last());
    c.animation()->setProgress(1);
    QCOMPARE(token->pos(), link->fromItem()->id() == u"fw1"_s ? route.last() : route.first());
    // Eased, but always on the link.
    for (const qreal t : {0.1, 0.5, 0.9}) {
        c.animation()->setProgress(t);
        QVERIFY(distanceToRoute(token->pos(), route) < 0.5);
    }
    QVERIFY(token->zValue() > c.scene.nodeItem(u"lb"_s)->zValue());
}

void TestWalkthroughCanvas::reportingPacketsRunBesideTheFrames()
{
    Canvas c;
    const Step &report = c.player.walkthrough().steps.at(17);
    c.player.goToStep(17);
    const QList<PacketToken *> tokens = c.animation()->tokens();
    const QStringList senders = QStringList{report.from} + report.alsoFrom;
    QCOMPARE(tokens.size(), senders.size());
    c.animation()->setProgress(0.5);
    for (qsizetype i = 0; i < senders.size(); ++i) {
        const LinkItem *link = c.scene.linkItem(senders.at(i), report.to);
        QVERIFY(link);
        QVERIFY(link->route().size() > 2);   // the corridor beside the frame
        QVERIFY(distanceToRoute(tokens.at(i)->pos(), link->route()) < 0.5);
    }
}

void TestWalkthroughCanvas::stepInsideANodePulsesInPlace()
{
    Canvas c;
    c.player.goToStep(0);   // step 1: the user types the address
    QVERIFY(c.player.currentStep()->isInsideOneNode());
    PacketToken *token = c.animation()->tokens().value(0);
    QVERIFY(token);
    const QPointF rest = c.scene.nodeItem(u"user"_s)->linkAnchor() + HopAnimation::kBadgeOffset;
    c.animation()->setProgress(0.25);
    QCOMPARE(token->pos(), rest);
    QVERIFY(token->pulse() > 0);
    c.animation()->setProgress(1);
    QCOMPARE(token->pos(), rest);
    QCOMPARE(token->pulse(), 0.0);
}

void TestWalkthroughCanvas::animationRunsOnlyWhileMoving()
{
    Canvas c;
    c.player.setSpeed(WalkthroughPlayer::kMaxSpeed);
    c.player.goToStep(3);
    QVERIFY(c.animation()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!c.animation()->isRunning(), c.player.travelMs() + 1000);
    QCOMPARE(c.animation()->progress(), 1.0);
    c.player.stop();
    QVERIFY(!c.animation()->isRunning());
    QVERIFY(c.animation()->tokens().isEmpty());
}

void TestWalkthroughCanvas::focusAppliesToItemsBuiltLater()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    TopologyScene scene(&model);
    scene.setWalkthroughFocus({{u"user"_s, u"ghost"_s}, {{u"user"_s, u"ghost"_s}}});
    QVERIFY(scene.nodeItem(u"user"_s)->isHighlighted());
    QVERIFY(scene.nodeItem(u"lb"_s)->isDimmed());
    QCOMPARE(scene.nodeItem(u"lb"_s)->opacity(), CanvasStyle::kDimmedOpacity);
    model.addNode({u"ghost"_s, NodeKind::Dns, u"Ghost"_s, QPointF(0, 900), {}, {}, {}, {}});
    model.addLink({u"user"_s, u"ghost"_s, {}});
    QVERIFY(scene.nodeItem(u"ghost"_s)->isHighlighted());
    QVERIFY(!scene.nodeItem(u"ghost"_s)->isDimmed());
    QVERIFY(scene.linkItem(u"ghost"_s, u"user"_s)->isEmphasised());
    scene.clearWalkthroughFocus();
    QVERIFY(!scene.nodeItem(u"lb"_s)->isDimmed());
    QCOMPARE(scene.nodeItem(u"lb"_s)->opacity(), 1.0);
    QVERIFY(!scene.linkItem(u"ghost"_s, u"user"_s)->isEmphasised());
}

void TestWalkthroughCanvas::viewFollowsThePacketWhenZoomedIn()
{
    Canvas c;
    // Zoomed in on the browser, far from the servers.
    c.view.setZoom(3.0, QRectF(c.view.viewport()->rect()).center());
    c.view.centerOn(c.scene.nodeItem(u"user"_s)->sceneBoundingRect().center());
    QVERIFY(!c.view.showsWholeScene());
    c.player.goToStep(8);   // step 9: Firewall 2 -> Nginx on server 1
    // The view glides to the hop, then keeps the packet in sight.
    QTRY_VERIFY(!c.view.isGliding());
    for (const qreal t : {0.0, 0.3, 0.6, 1.0}) {
        c.animation()->setProgress(t);
        const QRectF visible = c.view.mapToScene(c.view.viewport()->rect()).boundingRect();
        const QPointF packet = c.animation()->tokens().first()->pos();
        QVERIFY2(visible.contains(packet), qPrintable(u"packet out of sight at %1"_s.arg(t)));
    }
}

void TestWalkthroughCanvas::fittedViewNeverMoves()
{
    Canvas c;
    QVERIFY(c.view.showsWholeScene());
    const int h = c.view.horizontalScrollBar()->value();
    const int v = c.view.verticalScrollBar()->value();
    const QTransform transform = c.view.transform();
    for (int step = 0; step < c.player.stepCount(); ++step) {
        c.player.goToStep(step);
        c.animation()->setProgress(0.5);
        c.animation()->setProgress(1);
    }
    QVERIFY(!c.view.isGliding());
    QCOMPARE(c.view.horizontalScrollBar()->value(), h);
    QCOMPARE(c.view.verticalScrollBar()->value(), v);
    QCOMPARE(c.view.transform(), transform);
}

void TestWalkthroughCanvas::deletingAStopMidHopHidesItsPacket()
{
    Canvas c;
    c.player.goToStep(5);   // Firewall 1 -> HAProxy
    c.animation()->setProgress(0.5);
    c.model.removeNode(u"lb"_s);
    // Before the steps are derived again the packet has nowhere to go.
    QVERIFY(!c.animation()->tokens().first()->isVisible());
    c.animation()->setProgress(0.8);   // frames go on without a crash
    c.player.rederiveNow();
    QVERIFY(c.player.currentStep());
    for (PacketToken *token : c.animation()->tokens())
        QVERIFY(token->isVisible());
}

QTEST_MAIN(TestWalkthroughCanvas)
#include "tst_walkthroughcanvas.moc"
