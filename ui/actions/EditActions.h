#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace infralab {

class CanvasEditor;

// The Edit menu and the snapping toggle: Undo and Redo (named after the step
// they will take), Cut, Copy, Paste, Duplicate, Delete, Link Selected,
// Rename, Select All.
// Editing shortcuts act on the canvas when it has the focus, so Delete in
// another panel's text field never deletes components; the canvas's
// right-click menu offers the same actions.
class EditActions : public QObject
{
    Q_OBJECT

public:
    EditActions(CanvasEditor *editor, QObject *parent = nullptr);

    QMenu *createMenu(QWidget *parent) const;

    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    QAction *cut() const { return m_cut; }
    QAction *copy() const { return m_copy; }
    QAction *paste() const { return m_paste; }
    QAction *duplicate() const { return m_duplicate; }
    QAction *remove() const { return m_delete; }
    // Links the two selected components, as a drag from one's handle would.
    QAction *link() const { return m_link; }
    QAction *rename() const { return m_rename; }
    QAction *selectAll() const { return m_selectAll; }
    // Checkable; remembered between sessions (QSettings "canvas/snapToGrid").
    QAction *snapToGrid() const { return m_snap; }

private:
    QAction *canvasAction(const QString &iconName, const QString &text, const QString &objectName);
    QAction *separator();
    void updateEnabled();
    void linkSelected();

    CanvasEditor *m_editor;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_link;
    QAction *m_rename;
    QAction *m_selectAll;
    QAction *m_snap;
};

} // namespace infralab
