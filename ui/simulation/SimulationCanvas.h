#pragma once

#include "NodeLiveState.h"

#include "model/NodeKind.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace infralab {

class NodeLiveStateItem;
class Simulation;
class SimulationController;
class TopologyScene;

// The running simulation shown on the canvas without touching the model:
// every node's load, the nodes that are down, the firewalls' drops. Each
// tick only the items whose state changed repaint; a reset takes it all
// away. The canvas shows the truth; what monitoring sees is the charts' job.
class SimulationCanvas : public QObject
{
    Q_OBJECT

public:
    SimulationCanvas(SimulationController *controller, TopologyScene *scene, QObject *parent = nullptr);
    ~SimulationCanvas() override;

    // The item drawn over the node, or null when it shows nothing yet.
    NodeLiveStateItem *item(const QString &id) const;
    qsizetype itemCount() const;

    // Whether a node has a CPU worth showing: the browser, DNS and the
    // monitoring service stand outside the infrastructure.
    static bool showsLoad(NodeKind kind);

public slots:
    void show(const infralab::Simulation &simulation);
    void clear();

private:
    QPointer<TopologyScene> m_scene;
    QHash<QString, QPointer<NodeLiveStateItem>> m_items;
    QHash<QString, qint64> m_totalDrops;   // per firewall, since the start
    int m_lastSecond = -1;                 // the last second added to m_totalDrops
};

} // namespace infralab
