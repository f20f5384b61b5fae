// The Edit menu and its keys on the real window: delete, clipboard,
// duplicate, rename in place, nudges, undo and redo named after their step,
// the undo history, and a design that saves and reopens as it was drawn.

#include "EditingWindow.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace infralab;
using namespace infralab::testing;

class TestEditMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deleteRemovesAttachedLinks();
    void copyPasteKeepsIdsUnique();
    void duplicateAddsACopyBesideTheOriginal();
    void renameInPlaceWithF2AndDoubleClick();
    void arrowNudgesMergeIntoOneStep();
    void editMenuNamesTheStepToUndo();
    void saveAndReopenGivesTheSamePicture();
    void keysGoToTheRenameEditorWhileItIsOpen();
    void linkSelectedJoinsTheTwoWithL();
    void undoHistoryGoesBackToAClickedStep();
    void closingTheWindowWhileRenamingIsSafe();
};

void TestEditMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);   // QSettings away from the user's own
}

void TestEditMenu::deleteRemovesAttachedLinks()
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
    // A link alone: a click on it selects it, Delete unlinks, the nodes stay.
    const LinkItem *link = window->scene()->linkItem(u"fw1"_s, u"lb"_s);
    QTest::mouseClick(viewport(*window), Qt::LeftButton, {}, at(*window, link->line().center()));
    QCOMPARE(window->canvasEditor()->selectedLinks().size(), 1);
    QTest::keyClick(window->canvasView(), Qt::Key_Delete);
    QVERIFY(!window->document()->topology().hasLink(u"fw1"_s, u"lb"_s));
    QCOMPARE(window->document()->topology().nodes().size(), before.nodes().size());
    QCOMPARE(window->document()->undoStack()->undoText(), u"Unlink Firewall 1 from HAProxy"_s);
    window->document()->undoStack()->undo();
    QCOMPARE(window->document()->topology(), before);

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

void TestEditMenu::copyPasteKeepsIdsUnique()
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

void TestEditMenu::duplicateAddsACopyBesideTheOriginal()
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

void TestEditMenu::renameInPlaceWithF2AndDoubleClick()
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

    // A click elsewhere keeps what was typed.
    click(*window, u"fw2"_s);
    QTest::keyClick(window->canvasView(), Qt::Key_F2);
    QTest::keyClicks(window->canvasView(), u"Inner firewall"_s);
    QTest::mouseClick(viewport(*window), Qt::LeftButton, {}, at(*window, QPointF(300, 250)));
    QTRY_COMPARE(window->document()->topology().node(u"fw2"_s)->label, u"Inner firewall"_s);
    QTRY_VERIFY(!window->canvasEditor()->labelEditor());
    QCOMPARE(window->document()->undoStack()->count(), 2);

    window->document()->undoStack()->undo();
    window->document()->undoStack()->undo();
    QCOMPARE(window->document()->topology().node(u"lb"_s)->label, u"HAProxy"_s);
}

void TestEditMenu::arrowNudgesMergeIntoOneStep()
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

void TestEditMenu::editMenuNamesTheStepToUndo()
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

    // A right-click takes the node under it, for the context menu's actions.
    QTest::mouseClick(viewport(*window), Qt::RightButton, {}, at(*window, centreOf(*window, u"fw1"_s)));
    QCOMPARE(window->canvasEditor()->selectedNodeIds(), QStringList{u"fw1"_s});
    QCOMPARE(window->canvasView()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(window->canvasView()->actions().contains(actions->remove()));
    QVERIFY(window->canvasView()->actions().contains(actions->paste()));
}

void TestEditMenu::saveAndReopenGivesTheSamePicture()
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

void TestEditMenu::keysGoToTheRenameEditorWhileItIsOpen()
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

void TestEditMenu::linkSelectedJoinsTheTwoWithL()
{
    const auto window = openWindow();
    QAction *link = window->editActions()->link();
    click(*window, u"dns"_s);
    QVERIFY(!link->isEnabled());   // one component: nothing to link it to
    click(*window, u"lb"_s, Qt::ControlModifier);
    QVERIFY(link->isEnabled());
    QVERIFY(!window->document()->topology().hasLink(u"dns"_s, u"lb"_s));

    QTest::keyClick(window->canvasView(), Qt::Key_L);
    QVERIFY(window->document()->topology().hasLink(u"dns"_s, u"lb"_s));
    QCOMPARE(window->document()->undoStack()->count(), 1);
    // DNS in the request path makes no sense: linked, and the status bar says why.
    QVERIFY(window->statusBar()->currentMessage().startsWith(u"Linked, but"_s));

    // A second time is refused with the reason, as with the mouse.
    QTest::keyClick(window->canvasView(), Qt::Key_L);
    QCOMPARE(window->document()->undoStack()->count(), 1);
    QVERIFY(window->statusBar()->currentMessage().contains(u"already linked"_s));
    window->document()->undoStack()->undo();
    QVERIFY(!window->document()->topology().hasLink(u"dns"_s, u"lb"_s));
}

void TestEditMenu::undoHistoryGoesBackToAClickedStep()
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

void TestEditMenu::closingTheWindowWhileRenamingIsSafe()
{
    auto window = openWindow();
    click(*window, u"lb"_s);
    QTest::keyClick(window->canvasView(), Qt::Key_F2);
    QTest::keyClicks(window->canvasView(), u"Half typed"_s);
    QPointer<InlineLabelEditor> editor = window->canvasEditor()->labelEditor();
    QVERIFY(editor);
    window.reset();   // the sanitizer build checks nothing is used after it goes
    QVERIFY(!editor);
}

QTEST_MAIN(TestEditMenu)
#include "tst_editmenu.moc"
