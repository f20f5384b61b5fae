// The canvas as a user edits it, with real mouse and key events on the real
// window: palette drops, moves, frames, wiring and selection, each one undo
// step. Drag and drop from the palette is sent as the drag events the view
// receives: a real QDrag loop cannot run on the offscreen platform.

#include "EditingWindow.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace infralab;
using namespace infralab::testing;

class TestEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paletteListsEveryKindWithItsPurpose();
    void paletteDropCreatesANodeWhereDropped();
    void droppingOnAServerFramePutsTheComponentInside();
    void droppingAServerOverComponentsDoesNotSwallowThem();
    void aLongDragIsOneUndoStep();
    void draggingAFrameCarriesItsComponents();
    void draggingIntoAFrameChangesTheHost();
    void wiringFromTheHandleCreatesALink();
    void wiringRefusesSelfLinksAndDuplicatesWithAReason();
    void aLinkThatMakesNoSenseIsAllowedButMarked();
    void resizingAFrameIsOneStep();
    void rubberBandAndSelectAll();
    void escapeCancelsADragInProgress();
    void spaceDragPans();
    void paletteEnterAddsInTheMiddleOfTheView();
};

void TestEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);   // QSettings away from the user's own
}

void TestEditing::paletteListsEveryKindWithItsPurpose()
{
    const auto window = openWindow();
    PaletteList *list = window->paletteDock()->list();
    QCOMPARE(list->count(), allNodeKinds().size());
    for (const NodeKind kind : allNodeKinds()) {
        const int row = window->paletteDock()->rowOf(kind);
        QVERIFY(row >= 0);
        QListWidgetItem *item = list->item(row);
        QCOMPARE(item->text(), kindLabel(kind));
        QVERIFY(item->toolTip().contains(kindTooltip(kind).toHtmlEscaped()));
        QVERIFY(!item->icon().isNull());
        // What a drag from this row carries: our own MIME type, the kind's name.
        std::unique_ptr<QMimeData> mime(list->model()->mimeData({list->model()->index(row, 0)}));
        QVERIFY(mime);
        QCOMPARE(mime->data(kindMimeType()), jsonName(kind).toUtf8());
        QVERIFY(!mime->hasText());
    }
}

void TestEditing::paletteDropCreatesANodeWhereDropped()
{
    const auto window = openWindow();
    const Topology before = window->document()->topology();
    const QPointF target(300, 250);   // empty canvas between DNS and the request row
    QVERIFY(dropKind(*window, NodeKind::Firewall, at(*window, target)));

    const QStringList added = newIds(before, window->document()->topology());
    QCOMPARE(added, QStringList{u"fw4"_s});
    const Node *node = window->document()->topology().node(u"fw4"_s);
    QCOMPARE(node->kind, NodeKind::Firewall);
    QVERIFY(node->host.isEmpty());
    // Centred on the drop point, up to the snapping grid.
    const QPointF centre = window->scene()->nodeItem(u"fw4"_s)->sceneBoundingRect().center();
    QVERIFY2(QLineF(centre, target).length() <= CanvasEditor::kGrid,
             qPrintable(u"centre %1,%2"_s.arg(centre.x()).arg(centre.y())));
    QCOMPARE(std::fmod(node->pos.x(), CanvasEditor::kGrid), 0.0);
    QVERIFY(window->scene()->nodeItem(u"fw4"_s)->isSelected());

    QUndoStack *stack = window->document()->undoStack();
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QCOMPARE(window->document()->topology(), before);
    QVERIFY(!window->scene()->nodeItem(u"fw4"_s));
    stack->redo();
    QVERIFY(window->scene()->nodeItem(u"fw4"_s));

    // Anything else dropped is refused.
    QMimeData text;
    text.setText(u"firewall"_s);
    QDragEnterEvent enter(at(*window, target), Qt::CopyAction, &text, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport(*window), &enter);
    QDragMoveEvent move(at(*window, target), Qt::CopyAction, &text, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport(*window), &move);
    QVERIFY(!move.isAccepted());
}

void TestEditing::droppingOnAServerFramePutsTheComponentInside()
{
    const auto window = openWindow();
    const Topology before = window->document()->topology();
    // The title bar of Server 1: on the frame, on no component.
    const QRectF frame = window->scene()->nodeItem(u"s1"_s)->sceneBoundingRect();
    auto *frameItem = qgraphicsitem_cast<ServerFrameItem *>(window->scene()->nodeItem(u"s1"_s));
    // Hovering the frame with a component lights it; leaving turns it off.
    QMimeData mime;
    mime.setData(kindMimeType(), jsonName(NodeKind::Database).toUtf8());
    const QPoint title = at(*window, frame.topLeft() + QPointF(frame.width() / 2, 12));
    QDragEnterEvent enter(title, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport(*window), &enter);
    QDragMoveEvent move(title, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport(*window), &move);
    QVERIFY(frameItem->isDropTarget());
    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(viewport(*window), &leave);
    QVERIFY(!frameItem->isDropTarget());

    QVERIFY(dropKind(*window, NodeKind::Database, title));
    QVERIFY(!frameItem->isDropTarget());
    const QStringList added = newIds(before, window->document()->topology());
    QCOMPARE(added.size(), 1);
    QCOMPARE(window->document()->topology().node(added.first())->host, u"s1"_s);

    // Outside-the-infrastructure kinds are never hosted.
    const Topology withDatabase = window->document()->topology();
    QVERIFY(dropKind(*window, NodeKind::Client, at(*window, frame.topLeft() + QPointF(frame.width() / 2, 12))));
    const QStringList client = newIds(withDatabase, window->document()->topology());
    QCOMPARE(client.size(), 1);
    QVERIFY(window->document()->topology().node(client.first())->host.isEmpty());
}

void TestEditing::droppingAServerOverComponentsDoesNotSwallowThem()
{
    const auto window = openWindow();
    const Topology before = window->document()->topology();
    QVERIFY(dropKind(*window, NodeKind::Server, at(*window, centreOf(*window, u"lb"_s))));
    const QStringList added = newIds(before, window->document()->topology());
    QCOMPARE(added.size(), 1);
    const Node *server = window->document()->topology().node(added.first());
    QVERIFY(!server->size.isEmpty());   // an explicit frame, not one fitted around what lies under it
    QVERIFY(window->document()->topology().hostedBy(server->id).isEmpty());
    QVERIFY(window->document()->topology().node(u"lb"_s)->host.isEmpty());
}

void TestEditing::aLongDragIsOneUndoStep()
{
    const auto window = openWindow();
    const Topology before = window->document()->topology();
    const QPointF start = before.node(u"lb"_s)->pos;
    const QPointF grab = centreOf(*window, u"lb"_s);
    drag(viewport(*window), at(*window, grab), at(*window, grab + QPointF(0, 200)), 60);

    const QPointF moved = window->document()->topology().node(u"lb"_s)->pos;
    QVERIFY2(QLineF(moved, start + QPointF(0, 200)).length() <= CanvasEditor::kGrid,
             qPrintable(u"%1,%2"_s.arg(moved.x()).arg(moved.y())));
    QCOMPARE(window->scene()->nodeItem(u"lb"_s)->pos(), moved);
    QCOMPARE(std::fmod(moved.y(), CanvasEditor::kGrid), 0.0);   // snapped
    QUndoStack *stack = window->document()->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), u"Move HAProxy"_s);
    stack->undo();
    QCOMPARE(window->document()->topology(), before);
    QCOMPARE(window->scene()->nodeItem(u"lb"_s)->pos(), start);
    stack->redo();
    QCOMPARE(window->document()->topology().node(u"lb"_s)->pos, moved);

    // A click without a move is no step at all.
    click(*window, u"fw1"_s);
    QCOMPARE(stack->count(), 1);
    QVERIFY(window->scene()->nodeItem(u"fw1"_s)->isSelected());
}

void TestEditing::draggingAFrameCarriesItsComponents()
{
    const auto window = openWindow();
    const Topology before = window->document()->topology();
    const QRectF frame = window->scene()->nodeItem(u"s3"_s)->sceneBoundingRect();
    const QPointF title = frame.topLeft() + QPointF(frame.width() / 2, 12);
    drag(viewport(*window), at(*window, title), at(*window, title + QPointF(200, 100)));

    const Topology &after = window->document()->topology();
    const QPointF delta = after.node(u"s3"_s)->pos - before.node(u"s3"_s)->pos;
    QVERIFY(delta.x() > 150 && delta.y() > 50);
    for (const Node *hosted : before.hostedBy(u"s3"_s)) {
        QCOMPARE(after.node(hosted->id)->pos, hosted->pos + delta);
        QCOMPARE(after.node(hosted->id)->host, u"s3"_s);
    }
    QCOMPARE(window->scene()->nodeItem(u"s3"_s)->sceneBoundingRect().topLeft(), frame.topLeft() + delta);
    QCOMPARE(window->document()->undoStack()->count(), 1);
    window->document()->undoStack()->undo();
    QCOMPARE(window->document()->topology(), before);
}

void TestEditing::draggingIntoAFrameChangesTheHost()
{
    const auto window = openWindow();
    // An empty server in free space, then the load balancer dragged into it.
    QVERIFY(dropKind(*window, NodeKind::Server, at(*window, QPointF(300, 200))));
    const QString server = window->canvasEditor()->selectedNodeIds().value(0);
    QVERIFY(!server.isEmpty());
    const Topology before = window->document()->topology();
    const QRectF frame = window->scene()->nodeItem(server)->sceneBoundingRect();
    auto *frameItem = qgraphicsitem_cast<ServerFrameItem *>(window->scene()->nodeItem(server));
    const QPoint from = at(*window, centreOf(*window, u"lb"_s));
    const QPoint to = at(*window, frame.center() + QPointF(0, 15));
    QTest::mousePress(viewport(*window), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 20; ++i)
        QTest::mouseMove(viewport(*window), from + (to - from) * i / 20);
    QVERIFY(frameItem->isDropTarget());   // the frame lights up under the dragged component
    QTest::mouseRelease(viewport(*window), Qt::LeftButton, {}, to);
    QVERIFY(!frameItem->isDropTarget());

    QCOMPARE(window->document()->topology().node(u"lb"_s)->host, server);
    QUndoStack *stack = window->document()->undoStack();
    QCOMPARE(stack->count(), 2);   // the drop, then the move with its change of server
    stack->undo();
    QCOMPARE(window->document()->topology(), before);

    // And out again into empty canvas.
    stack->redo();
    drag(viewport(*window), at(*window, centreOf(*window, u"lb"_s)), at(*window, QPointF(300, -150)));
    QVERIFY(window->document()->topology().node(u"lb"_s)->host.isEmpty());
}

void TestEditing::wiringFromTheHandleCreatesALink()
{
    const auto window = openWindow();
    const Topology before = window->document()->topology();
    QVERIFY(!before.hasLink(u"lb"_s, u"fw3"_s));

    // Hovering a node shows its handle on its right edge.
    QTest::mouseMove(viewport(*window), at(*window, centreOf(*window, u"lb"_s)));
    const auto handles = [&] {
        QList<ConnectionHandleItem *> shown;
        for (QGraphicsItem *item : window->scene()->items()) {
            if (auto *handle = qgraphicsitem_cast<ConnectionHandleItem *>(item); handle && handle->isVisible())
                shown.append(handle);
        }
        return shown;
    };
    QCOMPARE(handles().size(), 1);
    QCOMPARE(handles().first()->nodeId(), u"lb"_s);

    wire(*window, u"lb"_s, u"fw3"_s);
    QVERIFY(window->document()->topology().hasLink(u"lb"_s, u"fw3"_s));
    QVERIFY(window->scene()->linkItem(u"lb"_s, u"fw3"_s));
    QCOMPARE(window->document()->undoStack()->count(), 1);
    QVERIFY(window->document()->undoStack()->undoText().contains(u"HAProxy"_s));
    window->document()->undoStack()->undo();
    QCOMPARE(window->document()->topology(), before);
    QVERIFY(!window->scene()->linkItem(u"lb"_s, u"fw3"_s));

    // Released on empty canvas: nothing happens.
    QTest::mouseMove(viewport(*window), at(*window, centreOf(*window, u"lb"_s)));
    const QPointF handle = ConnectionHandleItem::spotOn(window->scene()->nodeItem(u"lb"_s));
    drag(viewport(*window), at(*window, handle), at(*window, QPointF(300, 250)));
    QCOMPARE(window->document()->topology(), before);
    QCOMPARE(window->document()->topology().node(u"lb"_s)->pos, before.node(u"lb"_s)->pos);
}

void TestEditing::wiringRefusesSelfLinksAndDuplicatesWithAReason()
{
    const auto window = openWindow();
    const Topology before = window->document()->topology();
    QVERIFY(before.hasLink(u"fw1"_s, u"lb"_s));
    wire(*window, u"fw1"_s, u"lb"_s);
    QCOMPARE(window->document()->topology(), before);
    QVERIFY2(window->statusBar()->currentMessage().contains(u"already linked"_s),
             qPrintable(window->statusBar()->currentMessage()));
    wire(*window, u"fw1"_s, u"fw1"_s);
    QCOMPARE(window->document()->topology(), before);
    QVERIFY2(window->statusBar()->currentMessage().contains(u"itself"_s),
             qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(window->document()->undoStack()->count(), 0);
}

void TestEditing::aLinkThatMakesNoSenseIsAllowedButMarked()
{
    const auto window = openWindow();
    wire(*window, u"user"_s, u"db1"_s);
    QVERIFY(window->document()->topology().hasLink(u"user"_s, u"db1"_s));
    const LinkItem *link = window->scene()->linkItem(u"user"_s, u"db1"_s);
    QVERIFY(link);
    QVERIFY(link->isImplausible());
    QVERIFY(link->toolTip().contains(u"database"_s));
    QVERIFY(window->statusBar()->currentMessage().contains(u"makes no sense"_s));
    QVERIFY(!window->scene()->linkItem(u"fw1"_s, u"lb"_s)->isImplausible());
}

void TestEditing::resizingAFrameIsOneStep()
{
    const auto window = openWindow();
    const Topology before = window->document()->topology();
    auto *frame = qgraphicsitem_cast<ServerFrameItem *>(window->scene()->nodeItem(u"s1"_s));
    const QPointF grip = frame->resizeGripRect().center();
    drag(viewport(*window), at(*window, grip), at(*window, grip + QPointF(120, 0)), 30);
    const Node *server = window->document()->topology().node(u"s1"_s);
    QVERIFY2(server->size.width() >= before.node(u"s1"_s)->size.width() + 100, qPrintable(QString::number(server->size.width())));
    QCOMPARE(server->size.height(), before.node(u"s1"_s)->size.height());
    QCOMPARE(frame->size(), server->size);
    QCOMPARE(window->document()->undoStack()->count(), 1);

    // Never smaller than what the server runs.
    drag(viewport(*window), at(*window, frame->resizeGripRect().center()),
         at(*window, frame->sceneBoundingRect().topLeft()));
    const QRectF shrunk = frame->sceneBoundingRect();
    for (const Node *hosted : window->document()->topology().hostedBy(u"s1"_s))
        QVERIFY(shrunk.contains(window->scene()->nodeItem(hosted->id)->sceneBoundingRect()));
    window->document()->undoStack()->undo();
    window->document()->undoStack()->undo();
    QCOMPARE(window->document()->topology(), before);
}

void TestEditing::rubberBandAndSelectAll()
{
    const auto window = openWindow();
    // From empty canvas above-left of the browser to below the load balancer.
    const QRectF user = window->scene()->nodeItem(u"user"_s)->sceneBoundingRect();
    const QRectF lb = window->scene()->nodeItem(u"lb"_s)->sceneBoundingRect();
    drag(viewport(*window), at(*window, user.topLeft() - QPointF(10, 10)), at(*window, lb.bottomRight() + QPointF(10, 10)));
    QCOMPARE(window->canvasEditor()->selectedNodeIds(), (QStringList{u"user"_s, u"fw1"_s, u"lb"_s}));
    QCOMPARE(window->document()->undoStack()->count(), 0);

    QTest::keyClick(window->canvasView(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(window->canvasEditor()->selectedNodeIds().size(), window->document()->topology().nodes().size());
    QCOMPARE(window->canvasEditor()->selectedLinks().size(), window->document()->topology().links().size());
    QTest::keyClick(window->canvasView(), Qt::Key_Escape);
    QVERIFY(!window->canvasEditor()->hasSelection());
}

void TestEditing::escapeCancelsADragInProgress()
{
    const auto window = openWindow();
    const QPointF start = window->document()->topology().node(u"lb"_s)->pos;
    const QPoint from = at(*window, centreOf(*window, u"lb"_s));
    QTest::mousePress(viewport(*window), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(viewport(*window), from + QPoint(0, 15 * i));
    QVERIFY(window->scene()->nodeItem(u"lb"_s)->pos() != start);   // it follows the mouse
    QTest::keyClick(window->canvasView(), Qt::Key_Escape);
    QCOMPARE(window->scene()->nodeItem(u"lb"_s)->pos(), start);
    QTest::mouseRelease(viewport(*window), Qt::LeftButton, {}, from + QPoint(0, 150));
    QCOMPARE(window->document()->topology().node(u"lb"_s)->pos, start);
    QCOMPARE(window->document()->undoStack()->count(), 0);
}

void TestEditing::spaceDragPans()
{
    const auto window = openWindow();
    CanvasView *view = window->canvasView();
    view->setZoom(2.0, QRectF(view->viewport()->rect()).center());   // room to scroll
    const QPointF centreBefore = view->mapToScene(view->viewport()->rect().center());
    const Topology before = window->document()->topology();
    const QPoint from = at(*window, centreOf(*window, u"lb"_s));   // even over a node
    QTest::keyPress(view, Qt::Key_Space);
    QTest::mouseMove(viewport(*window), from);   // hovering a node keeps the hand
    QCOMPARE(viewport(*window)->cursor().shape(), Qt::OpenHandCursor);
    drag(viewport(*window), from, from + QPoint(-120, -80));
    QTest::keyRelease(view, Qt::Key_Space);
    const QPointF centreAfter = view->mapToScene(view->viewport()->rect().center());
    QVERIFY2(centreAfter.x() > centreBefore.x() + 40 && centreAfter.y() > centreBefore.y() + 20,
             qPrintable(u"%1,%2"_s.arg(centreAfter.x() - centreBefore.x()).arg(centreAfter.y() - centreBefore.y())));
    QCOMPARE(window->document()->topology(), before);   // nothing moved in the design
    QCOMPARE(window->document()->undoStack()->count(), 0);
}

void TestEditing::paletteEnterAddsInTheMiddleOfTheView()
{
    const auto window = openWindow();
    PaletteList *list = window->paletteDock()->list();
    list->setFocus();
    list->setCurrentRow(window->paletteDock()->rowOf(NodeKind::MonitoringAgent));
    QTest::keyClick(list, Qt::Key_Return);
    const QStringList selected = window->canvasEditor()->selectedNodeIds();
    QCOMPARE(selected.size(), 1);
    const Node *added = window->document()->topology().node(selected.first());
    QCOMPARE(added->kind, NodeKind::MonitoringAgent);
    const QPointF middle = window->canvasView()->mapToScene(viewport(*window)->rect().center());
    QVERIFY(QLineF(window->scene()->nodeItem(added->id)->sceneBoundingRect().center(), middle).length()
            <= CanvasEditor::kGrid);
}

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
