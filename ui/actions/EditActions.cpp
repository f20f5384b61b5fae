#include "EditActions.h"

#include "canvas/CanvasEditor.h"
#include "canvas/CanvasView.h"
#include "canvas/TopologyScene.h"
#include "canvas/WireGesture.h"
#include "commands/ConnectCommand.h"
#include "model/LinkSense.h"
#include "model/TopologyModel.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSettings>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

const auto kSnapKey = u"canvas/snapToGrid"_s;

} // namespace

EditActions::EditActions(CanvasEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    QUndoStack *stack = editor->undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setObjectName(u"undoAction"_s);
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    m_redo->setShortcuts(QKeySequence::Redo);
    m_redo->setObjectName(u"redoAction"_s);

    m_cut = canvasAction(u"edit-cut"_s, tr("Cu&t"), u"cutAction"_s);
    m_cut->setShortcut(QKeySequence::Cut);
    connect(m_cut, &QAction::triggered, editor, &CanvasEditor::cut);
    m_copy = canvasAction(u"edit-copy"_s, tr("&Copy"), u"copyAction"_s);
    m_copy->setShortcut(QKeySequence::Copy);
    connect(m_copy, &QAction::triggered, editor, &CanvasEditor::copy);
    m_paste = canvasAction(u"edit-paste"_s, tr("&Paste"), u"pasteAction"_s);
    m_paste->setShortcut(QKeySequence::Paste);
    connect(m_paste, &QAction::triggered, editor, &CanvasEditor::paste);
    m_duplicate = canvasAction(u"edit-duplicate"_s, tr("D&uplicate"), u"duplicateAction"_s);
    m_duplicate->setShortcut(QKeySequence(tr("Ctrl+D")));
    connect(m_duplicate, &QAction::triggered, editor, &CanvasEditor::duplicate);
    m_delete = canvasAction(u"edit-delete"_s, tr("&Delete"), u"deleteAction"_s);
    // Backspace too: laptops without a Delete key.
    m_delete->setShortcuts({QKeySequence(QKeySequence::Delete), QKeySequence(Qt::Key_Backspace)});
    connect(m_delete, &QAction::triggered, editor, &CanvasEditor::deleteSelection);
    m_link = canvasAction(u"insert-link"_s, tr("&Link Selected"), u"linkAction"_s);
    m_link->setShortcut(QKeySequence(tr("L")));
    m_link->setStatusTip(tr("Link the two selected components"));
    connect(m_link, &QAction::triggered, this, &EditActions::linkSelected);
    m_rename = canvasAction(u"edit-rename"_s, tr("Re&name"), u"renameAction"_s);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_rename, &QAction::triggered, editor, &CanvasEditor::renameSelection);
    m_selectAll = canvasAction(u"edit-select-all"_s, tr("Select &All"), u"selectAllAction"_s);
    m_selectAll->setShortcut(QKeySequence::SelectAll);
    connect(m_selectAll, &QAction::triggered, editor, &CanvasEditor::selectAll);

    m_snap = new QAction(tr("&Snap to Grid"), this);
    m_snap->setObjectName(u"snapToGridAction"_s);
    m_snap->setCheckable(true);
    m_snap->setStatusTip(tr("Moved and added components line up on the canvas grid"));
    m_snap->setChecked(QSettings().value(kSnapKey, true).toBool());
    editor->setSnapToGrid(m_snap->isChecked());
    connect(m_snap, &QAction::toggled, this, [editor](bool on) {
        editor->setSnapToGrid(on);
        QSettings().setValue(kSnapKey, on);
    });

    // The canvas's right-click menu: the same actions, in groups.
    QWidget *view = editor->view();
    view->insertAction(m_rename, separator());
    view->insertAction(m_selectAll, separator());
    view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(editor, &CanvasEditor::selectionChanged, this, &EditActions::updateEnabled);
    connect(editor, &CanvasEditor::canPasteChanged, this, &EditActions::updateEnabled);
    updateEnabled();
}

QAction *EditActions::canvasAction(const QString &iconName, const QString &text, const QString &objectName)
{
    auto *action = new QAction(QIcon::fromTheme(iconName), text, this);
    action->setObjectName(objectName);
    // Live on the canvas, so the keys reach it only when it has the focus.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editor->view()->addAction(action);
    return action;
}

QAction *EditActions::separator()
{
    auto *line = new QAction(this);
    line->setSeparator(true);
    return line;
}

QMenu *EditActions::createMenu(QWidget *parent) const
{
    auto *menu = new QMenu(tr("&Edit"), parent);
    menu->setObjectName(u"editMenu"_s);
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_cut);
    menu->addAction(m_copy);
    menu->addAction(m_paste);
    menu->addAction(m_duplicate);
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_link);
    menu->addAction(m_rename);
    menu->addAction(m_selectAll);
    return menu;
}

void EditActions::updateEnabled()
{
    const bool nodes = !m_editor->selectedNodeIds().isEmpty();
    m_cut->setEnabled(nodes);
    m_copy->setEnabled(nodes);
    m_duplicate->setEnabled(nodes);
    m_delete->setEnabled(m_editor->hasSelection());
    m_rename->setEnabled(m_editor->selectedNodeIds().size() == 1);
    m_link->setEnabled(m_editor->selectedNodeIds().size() == 2);
    m_paste->setEnabled(m_editor->canPaste());
}

void EditActions::linkSelected()
{
    const QStringList ids = m_editor->selectedNodeIds();
    if (ids.size() != 2)
        return;
    // The same rules and words as wiring with the mouse.
    const QString refused = WireGesture::refusal(m_editor->scene(), ids.first(), ids.last());
    if (!refused.isEmpty()) {
        emit m_editor->statusMessage(refused);
        return;
    }
    TopologyModel *model = m_editor->scene()->model();
    const Topology &design = model->topology();
    const QString reason = implausibleLinkReason(design.node(ids.first())->kind, design.node(ids.last())->kind);
    m_editor->push(new ConnectCommand(model, Link{ids.first(), ids.last(), {}}));
    if (!reason.isEmpty())
        emit m_editor->statusMessage(WireGesture::tr("Linked, but this link makes no sense: %1").arg(reason));
}

} // namespace infralab
