#include "FrameResizeGesture.h"

#include "ServerFrameItem.h"
#include "TopologyScene.h"

#include "commands/ResizeFrameCommand.h"

#include <algorithm>
#include <cmath>

namespace infralab {

FrameResizeGesture::FrameResizeGesture(TopologyScene *scene, const QString &serverId, QPointF pressScenePos)
    : m_scene(scene)
    , m_id(serverId)
    , m_press(pressScenePos)
{
    if (const TopologyNodeItem *frame = scene->nodeItem(serverId))
        m_start = frame->sceneBoundingRect();
    m_current = m_start;
    m_minimumCorner = m_start.topLeft() + QPointF(ServerFrameItem::kMinimumSize.width(),
                                                  ServerFrameItem::kMinimumSize.height());
    for (const Node *hosted : scene->model()->topology().hostedBy(serverId)) {
        if (const TopologyNodeItem *item = scene->nodeItem(hosted->id)) {
            const QRectF box = item->sceneBoundingRect();
            m_minimumCorner.rx() = std::max(m_minimumCorner.x(), box.right() + ServerFrameItem::kPadding);
            m_minimumCorner.ry() = std::max(m_minimumCorner.y(), box.bottom() + ServerFrameItem::kPadding);
        }
    }
}

void FrameResizeGesture::moveTo(QPointF scenePos, qreal grid)
{
    QPointF corner = m_start.bottomRight() + (scenePos - m_press);
    if (grid > 0)
        corner = QPointF(std::round(corner.x() / grid) * grid, std::round(corner.y() / grid) * grid);
    corner = QPointF(std::max(corner.x(), m_minimumCorner.x()), std::max(corner.y(), m_minimumCorner.y()));
    m_current = QRectF(m_start.topLeft(), corner);
    if (auto *frame = qgraphicsitem_cast<ServerFrameItem *>(m_scene->nodeItem(m_id)))
        frame->previewSize(m_current.size());
}

void FrameResizeGesture::cancel()
{
    m_current = m_start;
    if (auto *frame = qgraphicsitem_cast<ServerFrameItem *>(m_scene->nodeItem(m_id)))
        frame->previewSize(m_start.size());
}

QUndoCommand *FrameResizeGesture::finish()
{
    if (m_current == m_start || m_start.isNull())
        return nullptr;
    return new ResizeFrameCommand(m_scene->model(), m_id, m_start, m_current);
}

} // namespace infralab
