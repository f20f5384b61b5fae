#include "FrameGrowth.h"

#include "ServerFrameItem.h"

#include "commands/ResizeFrameCommand.h"
#include "model/TopologyModel.h"

#include <QHash>
#include <QStringList>

namespace infralab {

QRectF frameHolding(const QRectF &frame, const QRectF &box)
{
    using Frame = ServerFrameItem;
    return frame.united(box.adjusted(-Frame::kPadding, -Frame::kTopPadding, Frame::kPadding, Frame::kPadding));
}

int growFramesToHold(TopologyModel *model, const QList<PlacedComponent> &placed, QUndoCommand *parent)
{
    const Topology &design = model->topology();
    // In the order components were placed, so the commands are stable.
    QStringList order;
    QHash<QString, QRectF> grown;
    for (const PlacedComponent &component : placed) {
        const Node *server = design.node(component.host);
        if (!server || server->size.isEmpty())
            continue;
        if (!grown.contains(component.host)) {
            order.append(component.host);
            grown.insert(component.host, QRectF(server->pos, server->size));
        }
        grown[component.host] = frameHolding(grown.value(component.host), component.box);
    }
    int count = 0;
    for (const QString &id : std::as_const(order)) {
        const Node *server = design.node(id);
        const QRectF before(server->pos, server->size);
        const QRectF after = grown.value(id);
        if (after == before)
            continue;
        new ResizeFrameCommand(model, id, before, after, parent);
        ++count;
    }
    return count;
}

} // namespace infralab
