#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace infralab {

// What happens during a simulation that a student should notice.
enum class SimulationEventKind {
    NodeFailed,         // the user (or --fail) stopped a node
    NodeRecovered,
    BackendDown,        // a load balancer's health checks gave up on a backend
    BackendUp,
    DatabaseDown,       // the application noticed a database stopped answering
    DatabaseUp,
    DatabasePromoted,   // a replica with `failover: automatic` became the primary
    AlertRaised,        // the monitoring service saw a web server pass its QPS threshold
    AlertCleared,
};

struct SimulationEventKindInfo
{
    SimulationEventKind kind;
    const char *jsonName;
    const char *label;   // translatable (context "Simulation")
};

const SimulationEventKindInfo &simulationEventKindInfo(SimulationEventKind kind);
QString jsonName(SimulationEventKind kind);
std::optional<SimulationEventKind> simulationEventKindFromJson(QStringView name);

struct SimulationEvent
{
    double t = 0;         // simulated seconds since the start
    SimulationEventKind kind = SimulationEventKind::NodeFailed;
    QString node;         // the node it is about
    QString by;           // who noticed: a load balancer, the monitoring service; may be empty
    QString text;         // one translated sentence

    friend bool operator==(const SimulationEvent &, const SimulationEvent &) = default;
};

} // namespace infralab
