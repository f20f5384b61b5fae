// A server frame drawn at a fixed size grows to hold a component dropped or
// dragged into it, in the same undo step: one undo puts both back.

#include "EditingWindow.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace infralab;
using namespace infralab::testing;

namespace {

// The frame holds the box with its padding: nothing on or over its edge.
bool holds(const QRectF &frame, const QRectF &box)
{
    return frame.contains(box.adjusted(-ServerFrameItem::kPadding, -ServerFrameItem::kTopPadding,
                                       ServerFrameItem::kPadding, ServerFrameItem::kPadding));
}

// An empty server of the palette's size dropped in free canvas; its id.
QString dropServer(const MainWindow &window)
{
    if (!dropKind(window, NodeKind::Server, at(window, QPointF(300, 200))))
        return {};
    return window.canvasEditor()->selectedNodeIds().value(0);
}

QRectF frameOf(const MainWindow &window, const QString &server)
{
    const Node *node = window.document()->topology().node(server);
    return {node->pos, node->size};
}

} // namespace

class TestFrameGrowth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dropNearTheEdgeGrowsTheFrame_data();
    void dropNearTheEdgeGrowsTheFrame();
    void dragIntoASmallFrameGrowsItInOneStep();
    void aComponentThatFitsLeavesTheFrameAlone();
};

void TestFrameGrowth::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFrameGrowth::dropNearTheEdgeGrowsTheFrame_data()
{
    // Where in the frame the component is dropped, as a fraction of its size.
    QTest::addColumn<QPointF>("where");
    QTest::newRow("bottom-right corner") << QPointF(0.95, 0.95);
    QTest::newRow("on the title bar") << QPointF(0.5, 0.05);
    QTest::newRow("left edge") << QPointF(0.04, 0.6);
}

void TestFrameGrowth::dropNearTheEdgeGrowsTheFrame()
{
    QFETCH(QPointF, where);
    const auto window = openWindow();
    const QString server = dropServer(*window);
    QVERIFY(!server.isEmpty());
    const Topology before = window->document()->topology();
    const QRectF frame = frameOf(*window, server);
    QUndoStack *stack = window->document()->undoStack();
    const int steps = stack->count();

    const QPointF drop = frame.topLeft() + QPointF(frame.width() * where.x(), frame.height() * where.y());
    QVERIFY(dropKind(*window, NodeKind::Database, at(*window, drop)));
    const QStringList added = newIds(before, window->document()->topology());
    QCOMPARE(added.size(), 1);
    QCOMPARE(window->document()->topology().node(added.first())->host, server);
    const QRectF grown = frameOf(*window, server);
    QVERIFY(grown.contains(frame));
    QVERIFY(grown != frame);
    const QRectF box = window->scene()->nodeItem(added.first())->sceneBoundingRect();
    QVERIFY2(holds(grown, box), qPrintable(u"frame %1,%2 %3x%4"_s.arg(grown.x()).arg(grown.y()).arg(grown.width())
                                              .arg(grown.height())));
    // What is drawn is what the model says.
    QCOMPARE(window->scene()->nodeItem(server)->sceneBoundingRect(), grown);

    QCOMPARE(stack->count(), steps + 1);
    QVERIFY(stack->undoText().startsWith(u"Add "_s));
    stack->undo();
    QCOMPARE(window->document()->topology(), before);
    QCOMPARE(window->scene()->nodeItem(server)->sceneBoundingRect(), frame);
    stack->redo();
    QCOMPARE(frameOf(*window, server), grown);
}

void TestFrameGrowth::dragIntoASmallFrameGrowsItInOneStep()
{
    const auto window = openWindow();
    const QString server = dropServer(*window);
    QVERIFY(!server.isEmpty());
    const QRectF frame = frameOf(*window, server);
    const Topology before = window->document()->topology();
    QUndoStack *stack = window->document()->undoStack();
    const int steps = stack->count();

    // The load balancer's middle lands just inside the bottom-right corner:
    // it is hosted, and half of it would hang out of the frame.
    const QPointF target = frame.bottomRight() - QPointF(15, 15);
    drag(viewport(*window), at(*window, centreOf(*window, u"lb"_s)), at(*window, target));
    QCOMPARE(window->document()->topology().node(u"lb"_s)->host, server);
    const QRectF grown = frameOf(*window, server);
    QVERIFY(grown.contains(frame));
    QVERIFY(holds(grown, window->scene()->nodeItem(u"lb"_s)->sceneBoundingRect()));
    QCOMPARE(window->scene()->nodeItem(server)->sceneBoundingRect(), grown);

    QCOMPARE(stack->count(), steps + 1);   // move, change of server and growth: one step
    QCOMPARE(stack->undoText(), u"Move %1"_s.arg(before.node(u"lb"_s)->label));
    stack->undo();
    QCOMPARE(window->document()->topology(), before);
    QCOMPARE(window->scene()->nodeItem(server)->sceneBoundingRect(), frame);
    stack->redo();
    QCOMPARE(frameOf(*window, server), grown);

    // Dragged further towards the edge inside the same frame, it grows again.
    const QRectF box = window->scene()->nodeItem(u"lb"_s)->sceneBoundingRect();
    drag(viewport(*window), at(*window, box.center()), at(*window, box.center() + QPointF(0, 40)));
    QCOMPARE(window->document()->topology().node(u"lb"_s)->host, server);
    QVERIFY(frameOf(*window, server).bottom() > grown.bottom());
    QVERIFY(holds(frameOf(*window, server), window->scene()->nodeItem(u"lb"_s)->sceneBoundingRect()));
}

void TestFrameGrowth::aComponentThatFitsLeavesTheFrameAlone()
{
    const auto window = openWindow();
    const QString server = dropServer(*window);
    QVERIFY(!server.isEmpty());
    const QRectF frame = frameOf(*window, server);
    QVERIFY(dropKind(*window, NodeKind::WebServer, at(*window, frame.center() + QPointF(0, 15))));
    QCOMPARE(frameOf(*window, server), frame);
    QCOMPARE(window->document()->undoStack()->command(window->document()->undoStack()->index() - 1)->childCount(), 0);
}

QTEST_MAIN(TestFrameGrowth)
#include "tst_framegrowth.moc"
