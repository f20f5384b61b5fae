#include "MoveGesture.h"

#include "FrameGrowth.h"
#include "ServerFrameItem.h"
#include "TopologyNodeItem.h"
#include "TopologyScene.h"

#include "commands/MoveNodesCommand.h"
#include "commands/SetHostCommand.h"

#include <cmath>

namespace infralab {

namespace {

qreal snapped(qreal value, qreal grid)
{
    return std::round(value / grid) * grid;
}

bool canBeHosted(NodeKind kind)
{
    return kind != NodeKind::Server && !isOutsideInfrastructure(kind);
}

} // namespace

MoveGesture::MoveGesture(TopologyScene *scene, const TopologyNodeItem *grabbed, QPointF pressScenePos)
    : m_scene(scene)
    , m_grabbedId(grabbed->id())
    , m_press(pressScenePos)
{
    const Topology &design = scene->model()->topology();
    const auto take = [&](const QString &id) {
        const Node *node = design.node(id);
        const TopologyNodeItem *item = scene->nodeItem(id);
        if (!node || !item || m_modelStart.contains(id))
            return;
        m_modelStart.insert(id, node->pos);
        m_itemStart.insert(id, item->pos());
    };
    for (QGraphicsItem *item : scene->selectedItems()) {
        const auto *node = dynamic_cast<const TopologyNodeItem *>(item);
        if (!node)
            continue;
        take(node->id());
        for (const Node *hosted : design.hostedBy(node->id()))
            take(hosted->id);
    }
    take(m_grabbedId);
}

void MoveGesture::moveTo(QPointF scenePos, qreal grid)
{
    QPointF delta = scenePos - m_press;
    if (grid > 0) {
        const QPointF start = m_itemStart.value(m_grabbedId);
        const QPointF target = start + delta;
        delta = QPointF(snapped(target.x(), grid), snapped(target.y(), grid)) - start;
    }
    if (delta == m_delta)
        return;
    m_delta = delta;
    placeItems(delta);
}

void MoveGesture::placeItems(QPointF delta)
{
    for (auto it = m_itemStart.cbegin(); it != m_itemStart.cend(); ++it) {
        if (TopologyNodeItem *item = m_scene->nodeItem(it.key()))
            item->setPos(it.value() + delta);
    }
}

void MoveGesture::cancel()
{
    m_delta = {};
    placeItems({});
}

QString MoveGesture::hostUnder(const QString &id) const
{
    const TopologyNodeItem *item = m_scene->nodeItem(id);
    if (!item)
        return {};
    const QPointF centre = item->sceneBoundingRect().center();
    // Topmost first: when frames overlap, the one drawn on top wins.
    for (QGraphicsItem *under : m_scene->items(centre)) {
        const auto *frame = qgraphicsitem_cast<const ServerFrameItem *>(under);
        if (frame && !m_modelStart.contains(frame->id()))
            return frame->id();
    }
    return {};
}

QString MoveGesture::newHostOfGrabbed() const
{
    const Node *grabbed = m_scene->model()->topology().node(m_grabbedId);
    if (!grabbed || !canBeHosted(grabbed->kind) || m_modelStart.contains(grabbed->host))
        return {};
    const QString host = hostUnder(m_grabbedId);
    return host == grabbed->host ? QString() : host;
}

QUndoCommand *MoveGesture::finish()
{
    if (m_delta.isNull() || m_modelStart.isEmpty())
        return nullptr;
    TopologyModel *model = m_scene->model();
    const Topology &design = model->topology();
    QHash<QString, QPointF> after;
    for (auto it = m_modelStart.cbegin(); it != m_modelStart.cend(); ++it)
        after.insert(it.key(), it.value() + m_delta);

    const Node *grabbed = design.node(m_grabbedId);
    const QString text = m_modelStart.size() == 1 && grabbed ? tr("Move %1").arg(grabbed->label)
                                                             : tr("Move %1 components").arg(m_modelStart.size());
    // Components whose frame did not come along may have changed server, and
    // a frame of fixed size grows to hold them where they land.
    QList<std::pair<QString, QString>> hostChanges;
    QList<PlacedComponent> placed;
    for (auto it = m_modelStart.cbegin(); it != m_modelStart.cend(); ++it) {
        const Node *node = design.node(it.key());
        if (!node || !canBeHosted(node->kind) || m_modelStart.contains(node->host))
            continue;
        const QString host = hostUnder(node->id);
        if (host != node->host)
            hostChanges.append({node->id, host});
        if (const TopologyNodeItem *item = m_scene->nodeItem(node->id))
            placed.append({node->id, host, QRectF(after.value(node->id), item->boundingRect().size())});
    }
    auto *step = new QUndoCommand(text);
    new MoveNodesCommand(model, m_modelStart, after, MoveNodesCommand::Gesture::Drag, text, step);
    for (const auto &[id, host] : std::as_const(hostChanges))
        new SetHostCommand(model, id, host, step);
    const int grown = growFramesToHold(model, placed, step);
    if (hostChanges.isEmpty() && grown == 0) {
        delete step;   // a plain move stays a plain, mergeable command
        return new MoveNodesCommand(model, m_modelStart, after, MoveNodesCommand::Gesture::Drag, text);
    }
    return step;
}

} // namespace infralab
