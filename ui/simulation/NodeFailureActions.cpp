#include "NodeFailureActions.h"

#include "SimulationController.h"

#include "canvas/CanvasEditor.h"
#include "canvas/CanvasView.h"
#include "canvas/TopologyScene.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace infralab {

NodeFailureActions::NodeFailureActions(SimulationController *controller, CanvasEditor *editor, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_editor(editor)
    , m_fail(new QAction(QIcon::fromTheme(u"process-stop"_s), QString(), this))
    , m_recover(new QAction(QIcon::fromTheme(u"view-refresh"_s), QString(), this))
{
    m_fail->setObjectName(u"failNodeAction"_s);
    m_recover->setObjectName(u"recoverNodeAction"_s);
    connect(m_fail, &QAction::triggered, this, &NodeFailureActions::failSelection);
    connect(m_recover, &QAction::triggered, this, &NodeFailureActions::recoverSelection);

    // The canvas builds its right-click menu from its actions: add ours at the end.
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    editor->view()->addActions({separator, m_fail, m_recover});

    connect(editor, &CanvasEditor::selectionChanged, this, &NodeFailureActions::update);
    connect(controller, &SimulationController::failuresChanged, this, &NodeFailureActions::update);
    connect(controller, &SimulationController::cleared, this, &NodeFailureActions::update);
    update();
}

QStringList NodeFailureActions::selectedToFail() const
{
    QStringList ids;
    if (!m_controller)
        return ids;
    for (const QString &id : m_editor->selectedNodeIds()) {
        if (!m_controller->isFailed(id))
            ids.append(id);
    }
    return ids;
}

QStringList NodeFailureActions::selectedToRecover() const
{
    QStringList ids;
    if (!m_controller)
        return ids;
    for (const QString &id : m_editor->selectedNodeIds()) {
        if (m_controller->isFailed(id))
            ids.append(id);
    }
    return ids;
}

void NodeFailureActions::failSelection()
{
    const QStringList ids = selectedToFail();
    for (const QString &id : ids)
        m_controller->failNode(id);
}

void NodeFailureActions::recoverSelection()
{
    const QStringList ids = selectedToRecover();
    for (const QString &id : ids)
        m_controller->recoverNode(id);
}

QString NodeFailureActions::named(const QStringList &ids, const QString &one, const QString &many,
                                  const QString &none) const
{
    if (ids.isEmpty())
        return none;
    if (ids.size() > 1)
        return many.arg(ids.size());
    const Node *node = m_editor->scene()->model()->topology().node(ids.first());
    return one.arg(node ? node->label : ids.first());
}

void NodeFailureActions::update()
{
    const QStringList toFail = selectedToFail();
    const QStringList toRecover = selectedToRecover();
    m_fail->setText(named(toFail, tr("&Fail %1"), tr("&Fail %1 Components"), tr("&Fail Selected")));
    m_recover->setText(named(toRecover, tr("Re&cover %1"), tr("Re&cover %1 Components"), tr("Re&cover Selected")));
    m_fail->setStatusTip(tr("Stop it in the running simulation, as if it crashed; a server takes down what it runs"));
    m_recover->setStatusTip(tr("Start it again in the running simulation"));
    m_fail->setEnabled(!toFail.isEmpty());
    m_recover->setEnabled(!toRecover.isEmpty());
    // With a selection, offer only what applies; with none, show both greyed.
    const bool selection = !m_editor->selectedNodeIds().isEmpty();
    m_fail->setVisible(!selection || !toFail.isEmpty());
    m_recover->setVisible(!selection || !toRecover.isEmpty());
}

} // namespace infralab
