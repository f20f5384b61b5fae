#include "ChartedNodes.h"

#include "simulation/Simulation.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace infralab {

namespace {

// The server a node runs on, or the node itself when it runs on none.
QString machineOf(const Topology &design, const Node &node)
{
    const Node *host = design.node(node.host);
    return host && host->kind == NodeKind::Server ? host->id : node.id;
}

QString silentReason(const Topology &design, const Node &node)
{
    for (const Node *hosted : design.hostedBy(machineOf(design, node))) {
        if (hosted->kind == NodeKind::MonitoringAgent)
            return QCoreApplication::translate("SimulationChartsDock", "its agent is linked to no monitoring service");
    }
    return QCoreApplication::translate("SimulationChartsDock", "no monitoring agent");
}

} // namespace

QColor chartColour(qsizetype position)
{
    // Hues apart from each other and from the canvas's red for "down".
    static constexpr std::array<QRgb, 10> kColours{0x1f77b4, 0xff7f0e, 0x2ca02c, 0x9467bd, 0x17becf,
                                                   0x8c564b, 0xe377c2, 0xbcbd22, 0x7f7f7f, 0xd62728};
    return QColor::fromRgb(kColours[std::size_t(position) % kColours.size()]);
}

ChartedNodes ChartedNodes::of(const Simulation &simulation)
{
    const Topology &design = simulation.design();
    const QList<Node> &nodes = design.nodes();
    ChartedNodes charted;
    // A server and its web server share a colour across the two charts.
    QHash<QString, qsizetype> colourOf;
    auto colourFor = [&](const QString &machine) {
        const auto found = colourOf.constFind(machine);
        if (found != colourOf.cend())
            return chartColour(*found);
        const qsizetype position = colourOf.size();
        colourOf.insert(machine, position);
        return chartColour(position);
    };

    QHash<QString, int> webLabels;   // how many monitored web servers share a label
    for (const Node &node : nodes) {
        if (node.kind == NodeKind::WebServer && simulation.isMonitored(node.id))
            ++webLabels[node.label];
    }

    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const Node &node = nodes[i];
        const QString name = node.label.isEmpty() ? node.id : node.label;
        const QString machine = machineOf(design, node);
        switch (node.kind) {
        case NodeKind::Server: {
            if (!simulation.isMonitored(node.id)) {
                charted.silent.append({node.id, name, silentReason(design, node)});
                break;
            }
            QStringList related{node.id};
            for (const Node *hosted : design.hostedBy(node.id))
                related.append(hosted->id);
            charted.cpu.append({node.id, name, colourFor(node.id), i, related});
            break;
        }
        case NodeKind::WebServer: {
            if (!simulation.isMonitored(node.id)) {
                // A web server in an unwatched frame is covered by its server's note.
                if (machine == node.id)
                    charted.silent.append({node.id, name, silentReason(design, node)});
                break;
            }
            const Node *host = design.node(node.host);
            // Three servers all run "Nginx": say which one.
            const QString shown = webLabels.value(node.label) > 1 && host
                ? QCoreApplication::translate("SimulationChartsDock", "%1 on %2").arg(name, host->label)
                : name;
            QStringList related{node.id};
            if (machine != node.id)
                related.append(machine);
            charted.qps.append({node.id, shown, colourFor(machine), i, related});
            break;
        }
        case NodeKind::Firewall:
            charted.drops.append({node.id, name, chartColour(charted.drops.size()), i, {node.id}});
            break;
        default:
            break;
        }
    }
    return charted;
}

} // namespace infralab
