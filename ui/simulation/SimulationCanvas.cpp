#include "SimulationCanvas.h"

#include "NodeLiveStateItem.h"
#include "SimulationController.h"

#include "canvas/TopologyNodeItem.h"
#include "canvas/TopologyScene.h"

namespace infralab {

SimulationCanvas::SimulationCanvas(SimulationController *controller, TopologyScene *scene, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
{
    connect(controller, &SimulationController::advanced, this, &SimulationCanvas::show);
    connect(controller, &SimulationController::cleared, this, &SimulationCanvas::clear);
}

SimulationCanvas::~SimulationCanvas()
{
    clear();
}

NodeLiveStateItem *SimulationCanvas::item(const QString &id) const
{
    return m_items.value(id);
}

qsizetype SimulationCanvas::itemCount() const
{
    return std::count_if(m_items.cbegin(), m_items.cend(), [](const auto &item) { return !item.isNull(); });
}

bool SimulationCanvas::showsLoad(NodeKind kind)
{
    return kind != NodeKind::Client && kind != NodeKind::Dns && kind != NodeKind::MonitoringService;
}

void SimulationCanvas::show(const Simulation &simulation)
{
    if (!m_scene)
        return;
    const std::deque<SecondSample> &history = simulation.history();
    const SecondSample *latest = history.empty() ? nullptr : &history.back();
    // Add up the seconds that closed since the last call (a tick at ×60 closes two).
    for (auto sample = history.crbegin(); sample != history.crend() && sample->t > m_lastSecond; ++sample) {
        for (const NodeSample &node : sample->nodes) {
            if (node.drops > 0)
                m_totalDrops[node.node] += node.drops;
        }
    }
    if (latest)
        m_lastSecond = latest->t;

    const QList<Node> &nodes = simulation.design().nodes();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const Node &node = nodes.at(i);
        TopologyNodeItem *nodeItem = m_scene->nodeItem(node.id);
        if (!nodeItem)
            continue;
        // Samples list every node in file order.
        const NodeSample *sample =
            latest && i < latest->nodes.size() && latest->nodes.at(i).node == node.id ? &latest->nodes.at(i) : nullptr;
        NodeLiveState state;
        state.hasLoad = sample && showsLoad(node.kind);
        state.cpu = sample ? qRound(sample->cpu) : 0;
        state.down = simulation.isDown(node.id);
        state.failedItself = state.down && (node.host.isEmpty() || !simulation.isDown(node.host));
        state.countsDrops = node.kind == NodeKind::Firewall && sample;
        state.drops = sample ? sample->drops : 0;
        state.totalDrops = m_totalDrops.value(node.id);

        NodeLiveStateItem *item = m_items.value(node.id);
        if (item && item->parentItem() != nodeItem) {
            delete item;   // the scene rebuilt the node's item
            item = nullptr;
        }
        if (!item) {
            if (state == NodeLiveState())
                continue;
            item = new NodeLiveStateItem(nodeItem);
            m_items.insert(node.id, item);
        }
        item->setState(state);
    }
}

void SimulationCanvas::clear()
{
    for (const QPointer<NodeLiveStateItem> &item : std::as_const(m_items))
        delete item.data();
    m_items.clear();
    m_totalDrops.clear();
    m_lastSecond = -1;
}

} // namespace infralab
