#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QString>

class QGraphicsPathItem;
class QUndoCommand;

namespace infralab {

class TopologyNodeItem;
class TopologyScene;

// Drawing a link: a dashed line follows the mouse from a node's connection
// handle, snaps to the node under the mouse, and on release becomes a
// ConnectCommand, or a reason why not.
class WireGesture
{
    Q_DECLARE_TR_FUNCTIONS(WireGesture)

public:
    struct Outcome
    {
        QUndoCommand *command = nullptr;   // to push; null when refused or dropped on nothing
        QString message;                   // for the status bar: a refusal or a warning
    };

    WireGesture(TopologyScene *scene, const QString &fromId);
    ~WireGesture();
    WireGesture(const WireGesture &) = delete;
    WireGesture &operator=(const WireGesture &) = delete;

    void moveTo(QPointF scenePos);
    Outcome finish(QPointF scenePos);

    // Why a link between these two nodes is refused, or empty if it is not.
    static QString refusal(const TopologyScene *scene, const QString &from, const QString &to);

private:
    // The node a link dropped at `scenePos` would reach, or null.
    const TopologyNodeItem *targetAt(QPointF scenePos) const;

    TopologyScene *m_scene;
    QString m_fromId;
    QGraphicsPathItem *m_preview;
};

} // namespace infralab
