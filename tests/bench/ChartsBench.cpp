#include "ChartsBench.h"

#include "GeneratedTopology.h"

#include "simulation/charts/SimulationChartsDock.h"

#include "presets/Presets.h"
#include "simulation/Simulation.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

// The generated design with what the charts need to draw it all: an agent on
// every server reporting to one monitoring service.
Topology monitored(Topology design)
{
    Node service;
    service.id = u"mon"_s;
    service.kind = NodeKind::MonitoringService;
    service.label = u"Monitoring"_s;
    design.addNode(service);
    QStringList servers;
    for (const Node &node : design.nodes()) {
        if (node.kind == NodeKind::Server)
            servers.append(node.id);
    }
    for (const QString &server : servers) {
        Node agent;
        agent.id = server + u"agent"_s;
        agent.kind = NodeKind::MonitoringAgent;
        agent.label = u"Agent"_s;
        agent.host = server;
        design.addNode(agent);
        design.addLink({agent.id, service.id, {}});
    }
    return design;
}

struct Figures
{
    double updateMs = 0;
    double paintMs = 0;
    qsizetype lines = 0;
};

double median(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// A controller's ticks at 25 a second after the first 70 simulated seconds.
Figures measure(const Topology &design)
{
    SimulationConfig config;
    config.attackRate = 100;
    Simulation simulation(design, config);
    SimulationChartsDock dock;
    dock.resize(1400, 300);
    simulation.advanceTo(70);
    dock.update(simulation);
    dock.show();
    QCoreApplication::processEvents();

    std::vector<double> updates;
    std::vector<double> paints;
    double t = simulation.now();
    for (int tick = 0; tick < 101; ++tick) {
        t += 0.04;
        simulation.advanceTo(t);
        QElapsedTimer timer;
        timer.start();
        dock.update(simulation);
        updates.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        // What the event loop then does for the tick: the scene's updates,
        // the chart's layout and the paint of the dock.
        QCoreApplication::processEvents();
        paints.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const ChartedNodes &charted = dock.charted();
    return {median(updates), median(paints), charted.cpu.size() + charted.qps.size() + charted.drops.size()};
}

} // namespace

void benchCharts(QTextStream &out)
{
    const LoadResult preset = loadPreset(defaultPresetName());
    if (preset.ok()) {
        const Figures figures = measure(preset.topology);
        out << "charts_update_ms " << figures.updateMs << " ms\n";
        out << "charts_paint_ms " << figures.paintMs << " ms\n";
        out << "charts_lines " << figures.lines << " lines\n";
    }
    const Figures large = measure(monitored(generatedTopology(50)));
    out << "charts_update_50_nodes_ms " << large.updateMs << " ms\n";
    out << "charts_paint_50_nodes_ms " << large.paintMs << " ms\n";
    out << "charts_lines_50_nodes " << large.lines << " lines\n";
}

} // namespace infralab
