#include "WireGesture.h"

#include "CanvasStyle.h"
#include "ConnectionHandleItem.h"
#include "TopologyNodeItem.h"
#include "TopologyScene.h"

#include "commands/ConnectCommand.h"
#include "model/LinkSense.h"

#include <QGraphicsPathItem>
#include <QPen>

namespace infralab {

WireGesture::WireGesture(TopologyScene *scene, const QString &fromId)
    : m_scene(scene)
    , m_fromId(fromId)
    , m_preview(new QGraphicsPathItem)
{
    QPen pen(scene->style().selection, 2, Qt::DashLine, Qt::RoundCap);
    pen.setCosmetic(true);
    m_preview->setPen(pen);
    m_preview->setZValue(19);
    scene->addItem(m_preview);
}

WireGesture::~WireGesture()
{
    delete m_preview;
}

const TopologyNodeItem *WireGesture::targetAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : m_scene->items(scenePos)) {
        if (const auto *node = dynamic_cast<const TopologyNodeItem *>(item))
            return node;
    }
    return nullptr;
}

void WireGesture::moveTo(QPointF scenePos)
{
    const TopologyNodeItem *from = m_scene->nodeItem(m_fromId);
    if (!from)
        return;
    const TopologyNodeItem *target = targetAt(scenePos);
    // Snap to a node that would accept the link, so the user sees it will.
    const QPointF end = target && refusal(m_scene, m_fromId, target->id()).isEmpty() ? target->linkAnchor()
                                                                                      : scenePos;
    QPainterPath path(ConnectionHandleItem::spotOn(from));
    path.lineTo(end);
    m_preview->setPath(path);
}

QString WireGesture::refusal(const TopologyScene *scene, const QString &from, const QString &to)
{
    const Topology &design = scene->model()->topology();
    const Node *a = design.node(from);
    const Node *b = design.node(to);
    if (!a || !b)
        return tr("That component is no longer in the design.");
    if (from == to)
        return tr("%1 cannot be linked to itself.").arg(a->label);
    if (design.hasLink(from, to))
        return tr("%1 and %2 are already linked.").arg(a->label, b->label);
    return {};
}

WireGesture::Outcome WireGesture::finish(QPointF scenePos)
{
    const TopologyNodeItem *target = targetAt(scenePos);
    if (!target)
        return {};
    const QString refused = refusal(m_scene, m_fromId, target->id());
    if (!refused.isEmpty())
        return {nullptr, refused};
    const Topology &design = m_scene->model()->topology();
    const QString reason = implausibleLinkReason(design.node(m_fromId)->kind, design.node(target->id())->kind);
    Outcome outcome;
    outcome.command = new ConnectCommand(m_scene->model(), Link{m_fromId, target->id(), {}});
    if (!reason.isEmpty())
        outcome.message = tr("Linked, but this link makes no sense: %1").arg(reason);
    return outcome;
}

} // namespace infralab
