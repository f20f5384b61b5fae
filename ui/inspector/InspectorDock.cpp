#include "InspectorDock.h"

#include "DesignEditor.h"
#include "Document.h"
#include "NodeEditor.h"
#include "SeveralNodesEditor.h"
#include "canvas/TopologyNodeItem.h"
#include "commands/ChangeDesignCommand.h"
#include "commands/ChangeNodeCommand.h"

#include <QGraphicsScene>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

enum Page { DesignPage, NodePage, SeveralPage };

} // namespace

InspectorDock::InspectorDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Properties"), parent)
    , m_document(document)
    , m_pages(new QStackedWidget)
    , m_designEditor(new DesignEditor(document->model()))
    , m_nodePage(new QWidget)
    , m_several(new SeveralNodesEditor(document->model()))
{
    setObjectName(u"inspectorDock"_s);

    auto *nodeLayout = new QVBoxLayout(m_nodePage);
    nodeLayout->setContentsMargins(0, 0, 0, 0);
    m_several->setObjectName(u"severalSelected"_s);
    m_pages->addWidget(m_designEditor);
    m_pages->addWidget(m_nodePage);
    m_pages->addWidget(m_several);

    // Long rule lists scroll inside the dock, never push it off screen.
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_pages);
    scroll->setWidget(content);
    setWidget(scroll);

    connect(m_designEditor, &DesignEditor::edited, this, &InspectorDock::pushDesignEdit);
    connect(m_several, &SeveralNodesEditor::edited, this, &InspectorDock::pushNodesEdit);
    TopologyModel *model = document->model();
    connect(model, &TopologyModel::nodeChanged, this, [this](const QString &id) {
        if (m_ids.contains(id))
            refresh();
    });
    connect(model, &TopologyModel::nodeRemoved, this, [this](const QString &id) {
        if (m_ids.removeAll(id) > 0)
            refresh();
    });
    connect(model, &TopologyModel::modelReset, this, [this] {
        const Topology &topology = m_document->topology();
        m_ids.removeIf([&topology](const QString &id) { return !topology.contains(id); });
        refreshDesign();
        refresh();
    });
    connect(model, &TopologyModel::designInfoChanged, this, &InspectorDock::refreshDesign);
    refreshDesign();
    refresh();
}

InspectorDock::~InspectorDock()
{
    // Closing the window with a cell still being edited commits it from
    // ~QWidget, when this dock is half gone: no edits from here on.
    m_designEditor->disconnect(this);
    m_several->disconnect(this);
    if (m_nodeEditor)
        m_nodeEditor->disconnect(this);
}

void InspectorDock::followSelection(QGraphicsScene *scene)
{
    connect(scene, &QGraphicsScene::selectionChanged, this, [this, scene] {
        QStringList ids;
        for (const QGraphicsItem *item : scene->selectedItems()) {
            if (const auto *node = dynamic_cast<const TopologyNodeItem *>(item))
                ids.append(node->id());
        }
        showNodes(ids);
    });
}

void InspectorDock::showNodes(const QStringList &ids)
{
    m_ids.clear();
    if (!m_document)
        return;   // the window is closing
    for (const QString &id : ids) {
        if (m_document->topology().contains(id) && !m_ids.contains(id))
            m_ids.append(id);
    }
    refresh();
}

void InspectorDock::refresh()
{
    if (m_ids.isEmpty()) {
        m_pages->setCurrentIndex(DesignPage);
        return;
    }
    if (m_ids.size() > 1) {
        QList<Node> nodes;
        for (const QString &id : std::as_const(m_ids))
            nodes.append(*m_document->topology().node(id));
        m_several->setNodes(nodes);
        m_pages->setCurrentIndex(SeveralPage);
        return;
    }
    const Node *node = m_document->topology().node(m_ids.first());
    Q_ASSERT(node);
    // A new editor per node: the old one's half-typed text must not leak
    // into the next node.
    if (!m_nodeEditor || m_nodeEditor->kind() != node->kind || m_nodeEditor->nodeId() != node->id) {
        if (m_nodeEditor) {
            // Later: this may run inside a signal of the old editor's widgets.
            m_nodeEditor->disconnect(this);
            m_nodeEditor->hide();
            m_nodeEditor->deleteLater();
        }
        m_nodeEditor = new NodeEditor(m_document->model(), node->kind, m_nodePage);
        m_nodePage->layout()->addWidget(m_nodeEditor);
        connect(m_nodeEditor, &NodeEditor::edited, this, &InspectorDock::pushNodeEdit);
    }
    m_nodeEditor->setNode(*node);
    m_pages->setCurrentIndex(NodePage);
}

void InspectorDock::refreshDesign()
{
    m_designEditor->setDesign(ChangeDesignCommand::current(*m_document->model()));
}

void InspectorDock::pushNodeEdit(const Node &after, const QString &text)
{
    const Node *before = m_document->topology().node(after.id);
    if (!before || *before == after)
        return;
    m_document->undoStack()->push(new ChangeNodeCommand(m_document->model(), *before, after, text));
}

void InspectorDock::pushNodesEdit(const QList<Node> &after, const QString &text)
{
    // One step for all of them: one undo puts every node back.
    auto *step = new QUndoCommand(text);
    for (const Node &node : after) {
        const Node *before = m_document->topology().node(node.id);
        if (before && *before != node)
            new ChangeNodeCommand(m_document->model(), *before, node, text, step);
    }
    if (step->childCount() == 0) {
        delete step;
        return;
    }
    m_document->undoStack()->push(step);
}

void InspectorDock::pushDesignEdit(const DesignInfo &after, const QString &text)
{
    const DesignInfo before = ChangeDesignCommand::current(*m_document->model());
    if (before == after)
        return;
    m_document->undoStack()->push(new ChangeDesignCommand(m_document->model(), before, after, text));
}

} // namespace infralab
