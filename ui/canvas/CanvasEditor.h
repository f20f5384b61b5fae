#pragma once

#include "InlineLabelEditor.h"

#include "model/NodeKind.h"
#include "model/Topology.h"

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QStringList>

class QUndoCommand;
class QUndoStack;

namespace infralab {

class CanvasGestures;
class CanvasView;
class TopologyScene;

// Editing the design on the canvas: every change the user makes there,
// turned into one command on the document's undo stack. The scene and its
// items only show the model; gestures (CanvasGestures) and the Edit menu
// (EditActions) come here.
class CanvasEditor : public QObject
{
    Q_OBJECT

public:
    static constexpr qreal kGrid = 20;
    // How far a paste or a duplicate lands from its original.
    static constexpr qreal kPasteOffset = 2 * kGrid;

    CanvasEditor(TopologyScene *scene, CanvasView *view, QUndoStack *undoStack, QObject *parent = nullptr);
    ~CanvasEditor() override;

    TopologyScene *scene() const { return m_scene; }
    CanvasView *view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Selected nodes and links, by id, in file order.
    QStringList selectedNodeIds() const;
    QList<std::pair<QString, QString>> selectedLinks() const;
    bool hasSelection() const;
    void selectNodes(const QStringList &ids);

    bool snapsToGrid() const { return m_snap; }
    // The grid to snap to, or 0 when snapping is off.
    qreal grid() const { return m_snap ? kGrid : 0; }
    // Whether the clipboard holds a piece of design.
    bool canPaste() const;
    InlineLabelEditor *labelEditor() const { return m_labelEditor; }

    // Pushes `command` on the undo stack (taking it); null is ignored.
    void push(QUndoCommand *command);

public slots:
    void setSnapToGrid(bool snap);
    void selectAll();
    void deleteSelection();
    void cut();
    void copy();
    void paste();
    void duplicate();
    // Opens the in-place editor on the one selected node.
    void renameSelection();
    void rename(const QString &nodeId);
    // Arrow keys: one grid step (one unit without snapping), `large` for Shift.
    void nudgeSelection(int dx, int dy, bool large);
    // A palette drop: the node is centred on `scenePos`; a component dropped
    // on a server frame goes inside it.
    void addNode(NodeKind kind, QPointF scenePos);
    // A palette entry activated with the keyboard: in the middle of the view.
    void addNodeInView(NodeKind kind);

signals:
    // Something the user should read in the status bar: why a gesture was
    // refused, or what a paste did.
    void statusMessage(const QString &message);
    void selectionChanged();
    void canPasteChanged();
    void snapToGridChanged(bool snap);

private:
    // The selection as a piece, in the clipboard format.
    Topology selectedPiece() const;
    // False when the piece is empty.
    bool putOnClipboard(const Topology &piece);
    // `one` with the node's label for a single id, `many` with the count.
    QString describe(const QStringList &ids, const QString &one, const QString &many) const;
    void pastePiece(const Topology &piece, QPointF offset, const QString &text);
    void finishRename(const QString &nodeId, const QString &text, bool accepted);

    TopologyScene *m_scene;
    CanvasView *m_view;
    QUndoStack *m_undoStack;
    CanvasGestures *m_gestures;
    QPointer<InlineLabelEditor> m_labelEditor;
    bool m_snap = true;
    int m_pasteCount = 0;   // successive pastes step further out
};

} // namespace infralab
