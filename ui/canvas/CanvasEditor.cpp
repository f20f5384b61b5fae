#include "CanvasEditor.h"

#include "CanvasGestures.h"
#include "CanvasView.h"
#include "EditorMime.h"
#include "FrameGrowth.h"
#include "InlineLabelEditor.h"
#include "LinkItem.h"
#include "NodeItem.h"
#include "ServerFrameItem.h"
#include "TopologyScene.h"

#include "commands/AddNodesCommand.h"
#include "commands/ChangeNodeCommand.h"
#include "commands/DisconnectCommand.h"
#include "commands/MoveNodesCommand.h"
#include "commands/RemoveNodesCommand.h"

#include "io/TopologyReader.h"
#include "io/TopologyWriter.h"
#include "model/TopologyPiece.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSet>
#include <QUndoStack>

#include <cmath>

namespace infralab {

namespace {

// A new server is drawn with room for one component, so the user sees where
// to drop the next one.
constexpr QSizeF kNewServerSize(280, 180);

QSizeF sizeOfNew(NodeKind kind)
{
    return kind == NodeKind::Server ? kNewServerSize : QSizeF(NodeItem::kWidth, NodeItem::kHeight);
}

} // namespace

CanvasEditor::CanvasEditor(TopologyScene *scene, CanvasView *view, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
    , m_view(view)
    , m_undoStack(undoStack)
    , m_gestures(new CanvasGestures(this))
{
    connect(scene, &QGraphicsScene::selectionChanged, this, &CanvasEditor::selectionChanged);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &CanvasEditor::canPasteChanged);
}

CanvasEditor::~CanvasEditor() = default;

void CanvasEditor::push(QUndoCommand *command)
{
    if (command)
        m_undoStack->push(command);
}

QStringList CanvasEditor::selectedNodeIds() const
{
    QStringList ids;
    if (!m_scene->model())
        return ids;   // the window is closing
    for (const Node &node : m_scene->model()->topology().nodes()) {
        if (const TopologyNodeItem *item = m_scene->nodeItem(node.id); item && item->isSelected())
            ids.append(node.id);
    }
    return ids;
}

QList<std::pair<QString, QString>> CanvasEditor::selectedLinks() const
{
    QList<std::pair<QString, QString>> links;
    if (!m_scene->model())
        return links;
    for (const Link &link : m_scene->model()->topology().links()) {
        if (const LinkItem *item = m_scene->linkItem(link.from, link.to); item && item->isSelected())
            links.append({link.from, link.to});
    }
    return links;
}

bool CanvasEditor::hasSelection() const
{
    return !m_scene->selectedItems().isEmpty();
}

void CanvasEditor::selectNodes(const QStringList &ids)
{
    QSignalBlocker quiet(m_scene);   // one selectionChanged, not one per item
    m_scene->clearSelection();
    for (const QString &id : ids) {
        if (TopologyNodeItem *item = m_scene->nodeItem(id))
            item->setSelected(true);
    }
    quiet.unblock();
    emit m_scene->selectionChanged();
}

void CanvasEditor::setSnapToGrid(bool snap)
{
    if (snap == m_snap)
        return;
    m_snap = snap;
    emit snapToGridChanged(snap);
}

bool CanvasEditor::canPaste() const
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    return data && data->hasFormat(topologyMimeType());
}

void CanvasEditor::selectAll()
{
    QSignalBlocker quiet(m_scene);
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->flags() & QGraphicsItem::ItemIsSelectable)
            item->setSelected(true);
    }
    quiet.unblock();
    emit m_scene->selectionChanged();
}

void CanvasEditor::deleteSelection()
{
    const QStringList nodes = selectedNodeIds();
    const QSet<QString> doomed(nodes.cbegin(), nodes.cend());
    QList<std::pair<QString, QString>> links;
    for (const auto &link : selectedLinks()) {
        if (!doomed.contains(link.first) && !doomed.contains(link.second))
            links.append(link);   // a deleted node takes its links anyway
    }
    if (nodes.isEmpty() && links.isEmpty())
        return;
    if (nodes.isEmpty() && links.size() == 1) {
        push(new DisconnectCommand(m_scene->model(), links.first().first, links.first().second));
        return;
    }
    const QString text = links.isEmpty() ? describe(nodes, tr("Delete %1"), tr("Delete %1 components"))
                                          : tr("Delete %1 items").arg(nodes.size() + links.size());
    auto *step = new QUndoCommand(text);
    for (const auto &[a, b] : std::as_const(links))
        new DisconnectCommand(m_scene->model(), a, b, step);
    if (!nodes.isEmpty())
        new RemoveNodesCommand(m_scene->model(), nodes, text, step);
    push(step);
}

Topology CanvasEditor::selectedPiece() const
{
    return extractPiece(m_scene->model()->topology(), selectedNodeIds());
}

QString CanvasEditor::describe(const QStringList &ids, const QString &one, const QString &many) const
{
    // Named when alone, counted otherwise: "Cut HAProxy", "Cut 3 components".
    const Node *node = ids.size() == 1 ? m_scene->model()->topology().node(ids.first()) : nullptr;
    return node ? one.arg(node->label) : many.arg(ids.size());
}

bool CanvasEditor::putOnClipboard(const Topology &piece)
{
    if (piece.nodes().isEmpty())
        return false;
    const QByteArray json = TopologyWriter::toJson(piece);
    auto *data = new QMimeData;
    data->setData(topologyMimeType(), json);
    data->setText(QString::fromUtf8(json));   // readable when pasted into a text editor
    QApplication::clipboard()->setMimeData(data);
    m_pasteCount = 0;
    return true;
}

void CanvasEditor::copy()
{
    const QStringList ids = selectedNodeIds();
    if (putOnClipboard(selectedPiece()))
        emit statusMessage(describe(ids, tr("Copied %1."), tr("Copied %1 components.")));
}

void CanvasEditor::cut()
{
    const QStringList ids = selectedNodeIds();
    if (!putOnClipboard(selectedPiece()))
        return;
    push(new RemoveNodesCommand(m_scene->model(), ids, describe(ids, tr("Cut %1"), tr("Cut %1 components"))));
}

void CanvasEditor::paste()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (!data || !data->hasFormat(topologyMimeType()))
        return;
    const LoadResult loaded = TopologyReader::readPiece(data->data(topologyMimeType()), tr("clipboard"));
    if (!loaded.ok()) {
        emit statusMessage(tr("Nothing pasted: %1").arg(loaded.error->toString()));
        return;
    }
    ++m_pasteCount;
    pastePiece(loaded.topology, QPointF(kPasteOffset, kPasteOffset) * m_pasteCount, tr("Paste"));
}

void CanvasEditor::duplicate()
{
    pastePiece(selectedPiece(), QPointF(kPasteOffset, kPasteOffset), tr("Duplicate"));
}

void CanvasEditor::pastePiece(const Topology &piece, QPointF offset, const QString &text)
{
    if (piece.nodes().isEmpty())
        return;
    const Topology fresh = withFreshIds(piece, m_scene->model()->topology(), offset);
    push(new AddNodesCommand(m_scene->model(), fresh, text));
    QStringList ids;
    for (const Node &node : fresh.nodes())
        ids.append(node.id);
    selectNodes(ids);
}

void CanvasEditor::nudgeSelection(int dx, int dy, bool large)
{
    const Topology &design = m_scene->model()->topology();
    QStringList ids = selectedNodeIds();
    // Frames carry what they run, as with the mouse.
    for (const QString &id : selectedNodeIds()) {
        for (const Node *hosted : design.hostedBy(id)) {
            if (!ids.contains(hosted->id))
                ids.append(hosted->id);
        }
    }
    if (ids.isEmpty())
        return;
    const qreal step = (m_snap ? kGrid : 1) * (large ? 5 : 1);
    QHash<QString, QPointF> before;
    QHash<QString, QPointF> after;
    for (const QString &id : std::as_const(ids)) {
        const QPointF pos = design.node(id)->pos;
        before.insert(id, pos);
        after.insert(id, pos + QPointF(dx * step, dy * step));
    }
    push(new MoveNodesCommand(m_scene->model(), before, after, MoveNodesCommand::Gesture::Nudge,
                              describe(ids, tr("Nudge %1"), tr("Nudge %1 components"))));
}

void CanvasEditor::addNode(NodeKind kind, QPointF scenePos)
{
    const Topology &design = m_scene->model()->topology();
    const QSizeF size = sizeOfNew(kind);
    QPointF corner = scenePos - QPointF(size.width() / 2, size.height() / 2);
    if (m_snap)
        corner = QPointF(std::round(corner.x() / kGrid) * kGrid, std::round(corner.y() / kGrid) * kGrid);
    Node node = newNode(design, kind, corner);
    if (kind == NodeKind::Server) {
        node.size = size;   // an explicit frame: it never swallows what lies under it
    } else if (!isOutsideInfrastructure(kind)) {
        for (QGraphicsItem *item : m_scene->items(scenePos)) {
            if (const auto *frame = qgraphicsitem_cast<const ServerFrameItem *>(item)) {
                node.host = frame->id();
                break;
            }
        }
    }
    Topology piece;
    piece.addNode(node);
    const QString text = tr("Add %1").arg(node.label);
    // Dropped into a frame too small for it, the frame grows in the same step.
    auto *step = new QUndoCommand(text);
    new AddNodesCommand(m_scene->model(), piece, text, step);
    if (growFramesToHold(m_scene->model(), {PlacedComponent{node.id, node.host, QRectF(corner, size)}}, step) == 0) {
        delete step;
        step = new AddNodesCommand(m_scene->model(), piece, text);
    }
    push(step);
    selectNodes({node.id});
}

void CanvasEditor::addNodeInView(NodeKind kind)
{
    addNode(kind, m_view->mapToScene(m_view->viewport()->rect().center()));
}

void CanvasEditor::renameSelection()
{
    const QStringList ids = selectedNodeIds();
    if (ids.size() == 1)
        rename(ids.first());
}

void CanvasEditor::rename(const QString &nodeId)
{
    const Node *node = m_scene->model()->topology().node(nodeId);
    const TopologyNodeItem *item = m_scene->nodeItem(nodeId);
    if (!node || !item)
        return;
    if (m_labelEditor)
        m_labelEditor->finish(true);
    const CanvasStyle &style = m_scene->style();
    const QRectF box = item->sceneBoundingRect();
    const bool frame = item->type() == ServerFrameItem::Type;
    // Over the label under a component's icon, or over a frame's title.
    const qreal width = frame ? std::max<qreal>(box.width() - 40, 120) : NodeItem::kWidth + 40;
    auto *editor = new InlineLabelEditor(nodeId, node->label, frame ? style.frameTitleFont : style.labelFont, width);
    editor->setDefaultTextColor(style.text);
    editor->setPos(frame ? box.topLeft() + QPointF(30, 2)
                         : QPointF(box.center().x() - width / 2, box.top() + NodeItem::iconRect().bottom() + 1));
    m_scene->addItem(editor);
    connect(editor, &InlineLabelEditor::finished, this, &CanvasEditor::finishRename);
    m_labelEditor = editor;
    m_view->setFocus(Qt::OtherFocusReason);
    editor->setFocus(Qt::OtherFocusReason);
}

void CanvasEditor::finishRename(const QString &nodeId, const QString &text, bool accepted)
{
    if (m_labelEditor && m_labelEditor->nodeId() == nodeId) {
        // Later: this runs inside the editor's own key or focus handler.
        InlineLabelEditor *editor = m_labelEditor;
        m_labelEditor = nullptr;
        editor->hide();
        editor->deleteLater();
        m_view->setFocus(Qt::OtherFocusReason);
    }
    if (!m_scene->model())
        return;   // the window is closing
    const Node *node = m_scene->model()->topology().node(nodeId);
    // Within what the file format accepts, so the design always reopens.
    const QString label = text.left(TopologyReader::kMaxLabelLength);
    if (!accepted || !node || label.isEmpty() || label == node->label)
        return;
    Node renamed = *node;
    renamed.label = label;
    push(new ChangeNodeCommand(m_scene->model(), *node, renamed, tr("Rename %1 to %2").arg(node->label, label)));
}

} // namespace infralab
