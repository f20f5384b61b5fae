// Editing the design on the canvas as a user does it, with real mouse and
// key events on the real window: palette drops, moves, wiring, selection,
// delete, rename, clipboard, and undo/redo of each as one step. Drag and drop
// from the palette is sent as the drag events the view receives: a real
// QDrag loop cannot run on the offscreen platform.

#include "Document.h"
#include "MainWindow.h"
#include "actions/EditActions.h"
#include "canvas/CanvasEditor.h"
#include "canvas/CanvasView.h"
#include "canvas/ConnectionHandleItem.h"
#include "canvas/EditorMime.h"
#include "canvas/InlineLabelEditor.h"
#include "canvas/LinkItem.h"
#include "canvas/ServerFrameItem.h"
#include "canvas/TopologyScene.h"
#include "panels/PaletteDock.h"
#include "panels/PaletteList.h"

#include <QAction>
#include <QMimeData>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace infralab;

namespace {

std::unique_ptr<MainWindow> openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    if (!window->openSource(u"preset:secured-monitored"_s))
        qFatal("the default preset does not open");
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("the window is not exposed");
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qFatal("the window is not active");
    window->editActions()->snapToGrid()->setChecked(true);
    window->canvasView()->setFocus();
    return window;
}

QPoint at(const MainWindow &window, QPointF scenePos)
{
    return window.canvasView()->mapFromScene(scenePos);
}

QPointF centreOf(const MainWindow &window, const QString &id)
{
    return window.scene()->nodeItem(id)->sceneBoundingRect().center();
}

QWidget *viewport(const MainWindow &window)
{
    return window.canvasView()->viewport();
}

// A press, `steps` moves and a release: what a hand does, not a jump.
void drag(QWidget *widget, QPoint from, QPoint to, int steps = 25, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mousePress(widget, Qt::LeftButton, modifiers, from);
    for (int i = 1; i <= steps; ++i)
        QTest::mouseMove(widget, from + (to - from) * i / steps);
    QTest::mouseRelease(widget, Qt::LeftButton, modifiers, to);
}

bool dropKind(const MainWindow &window, NodeKind kind, QPoint pos)
{
    QMimeData mime;
    mime.setData(kindMimeType(), jsonName(kind).toUtf8());
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport(window), &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport(window), &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport(window), &drop);
    return enter.isAccepted() && move.isAccepted() && drop.isAccepted() && drop.dropAction() == Qt::CopyAction;
}

QStringList newIds(const Topology &before, const Topology &after)
{
    QStringList ids;
    for (const Node &node : after.nodes()) {
        if (!before.contains(node.id))
            ids.append(node.id);
    }
    return ids;
}

// Drags from `from`'s connection handle to the middle of `to`.
void wire(const MainWindow &window, const QString &from, const QString &to)
{
    const QPointF handle = ConnectionHandleItem::spotOn(window.scene()->nodeItem(from));
    QTest::mouseMove(viewport(window), at(window, centreOf(window, from)));   // hover shows the handle
    drag(viewport(window), at(window, handle), at(window, centreOf(window, to)));
}

void click(const MainWindow &window, const QString &id, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mouseClick(viewport(window), Qt::LeftButton, modifiers, at(window, centreOf(window, id)));
}

} // namespace

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
    void deleteRemovesAttachedLinks();
    void copyPasteKeepsIdsUnique();
    void duplicateAddsACopyBesideTheOriginal();
    void renameInPlaceWithF2AndDoubleClick();
    void arrowNudgesMergeIntoOneStep();
    void resizingAFrameIsOneStep();
    void rubberBandAndSelectAll();
    void editMenuNamesTheStepToUndo();
    void saveAndReopenGivesTheSamePicture();
    void escapeCancelsADragInProgress();
    void keysGoToTheRenameEditorWhileItIsOpen();
    void spaceDragPans();
    void undoHistoryGoesBackToAClickedStep();
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

void TestEditing::deleteRemovesAttachedLinks()
{
    const auto window = openWindow();
    const Topology before = window->document()->topology();
    QVERIFY(!before.linksOf(u"lb"_s).isEmpty());
    click(*window, u"lb"_s);
    QTest::keyClick(window->canvasView(), Qt::Key_Delete);
    const Topology &after = window->document()->topology();
    QVERIFY(!after.contains(u"lb"_s));
    QVERIFY(after.linksOf(u"lb"_s).isEmpty());
    QCOMPARE(window->scene()->linkItemCount(), after.links().size());
    QCOMPARE(window->document()->undoStack()->undoText(), u"Delete HAProxy"_s);
    window->document()->undoStack()->undo();
    QCOMPARE(window->document()->topology(), before);
    QCOMPARE(window->scene()->linkItemCount(), before.links().size());

    // A server goes with what it runs; one undo brings all of it back.
    // Server 2 is picked by its title bar.
    const QRectF frame = window->scene()->nodeItem(u"s2"_s)->sceneBoundingRect();
    QTest::mouseClick(viewport(*window), Qt::LeftButton, {}, at(*window, frame.topLeft() + QPointF(60, 12)));
    QCOMPARE(window->canvasEditor()->selectedNodeIds(), QStringList{u"s2"_s});
    QTest::keyClick(window->canvasView(), Qt::Key_Delete);
    QVERIFY(!window->document()->topology().contains(u"web2"_s));
    QVERIFY(!window->document()->topology().contains(u"s2"_s));
    window->document()->undoStack()->undo();
    QCOMPARE(window->document()->topology(), before);
}

void TestEditing::copyPasteKeepsIdsUnique()
{
    const auto window = openWindow();
    const Topology before = window->document()->topology();
    click(*window, u"fw1"_s);
    click(*window, u"lb"_s, Qt::ControlModifier);
    QCOMPARE(window->canvasEditor()->selectedNodeIds(), (QStringList{u"fw1"_s, u"lb"_s}));
    QTest::keyClick(window->canvasView(), Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(window->canvasView(), Qt::Key_V, Qt::ControlModifier);
    QTest::keyClick(window->canvasView(), Qt::Key_V, Qt::ControlModifier);

    const Topology &after = window->document()->topology();
    QCOMPARE(after.nodes().size(), before.nodes().size() + 4);
    QSet<QString> ids;
    for (const Node &node : after.nodes())
        ids.insert(node.id);
    QCOMPARE(ids.size(), after.nodes().size());
    const QStringList pasted = newIds(before, after);
    QCOMPARE(pasted.size(), 4);
    // Each copy of the pair keeps its own link, between the new ids.
    QVERIFY(after.hasLink(pasted[0], pasted[1]));
    QVERIFY(after.hasLink(pasted[2], pasted[3]));
    QCOMPARE(after.node(pasted[0])->pos, before.node(u"fw1"_s)->pos + QPointF(40, 40));
    QCOMPARE(after.node(pasted[2])->pos, before.node(u"fw1"_s)->pos + QPointF(80, 80));
    QCOMPARE(window->canvasEditor()->selectedNodeIds(), (QStringList{pasted[2], pasted[3]}));
    QCOMPARE(window->document()->undoStack()->count(), 2);

    // Cut takes them away in one step; paste brings them back under fresh ids.
    QTest::keyClick(window->canvasView(), Qt::Key_X, Qt::ControlModifier);
    QVERIFY(!window->document()->topology().contains(pasted[2]));
    QCOMPARE(window->document()->undoStack()->count(), 3);
}

void TestEditing::duplicateAddsACopyBesideTheOriginal()
{
    const auto window = openWindow();
    const Topology before = window->document()->topology();
    const QRectF frame = window->scene()->nodeItem(u"s1"_s)->sceneBoundingRect();
    QTest::mouseClick(viewport(*window), Qt::LeftButton, {}, at(*window, frame.topLeft() + QPointF(60, 12)));
    QTest::keyClick(window->canvasView(), Qt::Key_D, Qt::ControlModifier);
    const Topology &after = window->document()->topology();
    const QStringList added = newIds(before, after);
    QCOMPARE(added.size(), 1 + before.hostedBy(u"s1"_s).size());
    const Node *copy = after.node(added.first());
    QCOMPARE(copy->kind, NodeKind::Server);
    QCOMPARE(after.hostedBy(copy->id).size(), before.hostedBy(u"s1"_s).size());
    QCOMPARE(window->document()->undoStack()->undoText(), u"Duplicate"_s);
}

void TestEditing::renameInPlaceWithF2AndDoubleClick()
{
    const auto window = openWindow();
    click(*window, u"lb"_s);
    QTest::keyClick(window->canvasView(), Qt::Key_F2);
    InlineLabelEditor *editor = window->canvasEditor()->labelEditor();
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), u"HAProxy"_s);
    QTest::keyClicks(window->canvasView(), u"Front door"_s);
    QTest::keyClick(window->canvasView(), Qt::Key_Return);
    QCOMPARE(window->document()->topology().node(u"lb"_s)->label, u"Front door"_s);
    QCOMPARE(window->document()->undoStack()->count(), 1);
    QVERIFY(window->document()->undoStack()->undoText().contains(u"Front door"_s));

    // Escape drops the typing.
    QTest::mouseDClick(viewport(*window), Qt::LeftButton, {}, at(*window, centreOf(*window, u"fw1"_s)));
    QVERIFY(window->canvasEditor()->labelEditor());
    QTest::keyClicks(window->canvasView(), u"Nope"_s);
    QTest::keyClick(window->canvasView(), Qt::Key_Escape);
    QCOMPARE(window->document()->topology().node(u"fw1"_s)->label, u"Firewall 1"_s);
    QCOMPARE(window->document()->undoStack()->count(), 1);

    window->document()->undoStack()->undo();
    QCOMPARE(window->document()->topology().node(u"lb"_s)->label, u"HAProxy"_s);
}

void TestEditing::arrowNudgesMergeIntoOneStep()
{
    const auto window = openWindow();
    const QPointF start = window->document()->topology().node(u"lb"_s)->pos;
    click(*window, u"lb"_s);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(window->canvasView(), Qt::Key_Right);
    QTest::keyClick(window->canvasView(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(window->document()->topology().node(u"lb"_s)->pos,
             start + QPointF(3 * CanvasEditor::kGrid, 5 * CanvasEditor::kGrid));
    QCOMPARE(window->document()->undoStack()->count(), 1);
    window->document()->undoStack()->undo();
    QCOMPARE(window->document()->topology().node(u"lb"_s)->pos, start);

    window->editActions()->snapToGrid()->setChecked(false);
    QTest::keyClick(window->canvasView(), Qt::Key_Left);
    QCOMPARE(window->document()->topology().node(u"lb"_s)->pos, start - QPointF(1, 0));
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

void TestEditing::editMenuNamesTheStepToUndo()
{
    const auto window = openWindow();
    EditActions *actions = window->editActions();
    QVERIFY(!actions->undo()->isEnabled());
    QVERIFY(!actions->remove()->isEnabled());
    QCOMPARE(actions->undo()->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(actions->copy()->shortcut(), QKeySequence(QKeySequence::Copy));
    QCOMPARE(actions->selectAll()->shortcut(), QKeySequence(QKeySequence::SelectAll));
    click(*window, u"lb"_s);
    QVERIFY(actions->remove()->isEnabled());
    QVERIFY(actions->rename()->isEnabled());
    QTest::keyClick(window->canvasView(), Qt::Key_Delete);
    QVERIFY(actions->undo()->isEnabled());
    QVERIFY2(actions->undo()->text().contains(u"Delete HAProxy"_s), qPrintable(actions->undo()->text()));
    QTest::keyClick(window->canvasView(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(window->document()->topology().contains(u"lb"_s));
    QVERIFY(actions->redo()->text().contains(u"Delete HAProxy"_s));
    QVERIFY(!window->isWindowModified());
}

void TestEditing::saveAndReopenGivesTheSamePicture()
{
    const auto window = openWindow();
    // A bit of everything: add, move, link, rename, paste, delete, resize.
    QVERIFY(dropKind(*window, NodeKind::Firewall, at(*window, QPointF(300, 250))));
    const QPointF grab = centreOf(*window, u"dns"_s);
    drag(viewport(*window), at(*window, grab), at(*window, grab + QPointF(60, 40)));
    wire(*window, u"fw4"_s, u"lb"_s);
    click(*window, u"fw4"_s);
    QTest::keyClick(window->canvasView(), Qt::Key_F2);
    QTest::keyClicks(window->canvasView(), u"Edge firewall"_s);
    QTest::keyClick(window->canvasView(), Qt::Key_Return);
    QTest::keyClick(window->canvasView(), Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(window->canvasView(), Qt::Key_V, Qt::ControlModifier);
    click(*window, u"fw2"_s);
    QTest::keyClick(window->canvasView(), Qt::Key_Delete);
    auto *frame = qgraphicsitem_cast<ServerFrameItem *>(window->scene()->nodeItem(u"s3"_s));
    drag(viewport(*window), at(*window, frame->resizeGripRect().center()),
         at(*window, frame->resizeGripRect().center() + QPointF(80, 60)));
    QCOMPARE(window->document()->undoStack()->count(), 7);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!window->document()->saveAs(dir.filePath(u"edited"_s)));
    Document reopened;
    QVERIFY(!reopened.open(window->document()->filePath()));
    QCOMPARE(reopened.topology(), window->document()->topology());

    // The same picture: every item where the edited canvas has it.
    TopologyScene scene(reopened.model());
    QCOMPARE(scene.nodeItemCount(), window->scene()->nodeItemCount());
    QCOMPARE(scene.linkItemCount(), window->scene()->linkItemCount());
    for (const Node &node : reopened.topology().nodes())
        QCOMPARE(scene.nodeItem(node.id)->sceneBoundingRect(), window->scene()->nodeItem(node.id)->sceneBoundingRect());
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

void TestEditing::keysGoToTheRenameEditorWhileItIsOpen()
{
    const auto window = openWindow();
    const qsizetype nodes = window->document()->topology().nodes().size();
    click(*window, u"lb"_s);
    QTest::keyClick(window->canvasView(), Qt::Key_F2);
    QVERIFY(window->canvasEditor()->labelEditor());
    // Delete, Ctrl+A, arrows and Space edit the text, not the design or the view.
    QTest::keyClick(window->canvasView(), Qt::Key_End);
    QTest::keyClick(window->canvasView(), Qt::Key_Left);
    QTest::keyClick(window->canvasView(), Qt::Key_Delete);
    QTest::keyClick(window->canvasView(), Qt::Key_Space);
    QTest::keyClick(window->canvasView(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(window->canvasView(), u"Edge LB"_s);
    QTest::keyClick(window->canvasView(), Qt::Key_Enter);
    QCOMPARE(window->document()->topology().nodes().size(), nodes);
    QCOMPARE(window->document()->topology().node(u"lb"_s)->label, u"Edge LB"_s);
    QCOMPARE(window->document()->undoStack()->count(), 1);
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
    drag(viewport(*window), from, from + QPoint(-120, -80));
    QTest::keyRelease(view, Qt::Key_Space);
    const QPointF centreAfter = view->mapToScene(view->viewport()->rect().center());
    QVERIFY2(centreAfter.x() > centreBefore.x() + 40 && centreAfter.y() > centreBefore.y() + 20,
             qPrintable(u"%1,%2"_s.arg(centreAfter.x() - centreBefore.x()).arg(centreAfter.y() - centreBefore.y())));
    QCOMPARE(window->document()->topology(), before);   // nothing moved in the design
    QCOMPARE(window->document()->undoStack()->count(), 0);
}

void TestEditing::undoHistoryGoesBackToAClickedStep()
{
    const auto window = openWindow();
    const Topology original = window->document()->topology();
    QVERIFY(dropKind(*window, NodeKind::Firewall, at(*window, QPointF(300, 250))));
    const Topology afterDrop = window->document()->topology();
    click(*window, u"lb"_s);
    QTest::keyClick(window->canvasView(), Qt::Key_Delete);
    auto *history = window->findChild<QUndoView *>(u"undoHistoryView"_s);
    QVERIFY(history);
    QCOMPARE(history->model()->rowCount(), 3);   // the design as opened, then two steps
    QCOMPARE(history->model()->index(2, 0).data().toString(), u"Delete HAProxy"_s);
    history->setCurrentIndex(history->model()->index(1, 0));
    QCOMPARE(window->document()->topology(), afterDrop);
    history->setCurrentIndex(history->model()->index(0, 0));
    QCOMPARE(window->document()->topology(), original);
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
