#include "SimulationEvent.h"

#include <QCoreApplication>
#include <QLatin1StringView>

#include <array>

namespace infralab {

namespace {

constexpr std::array kEventKinds{
    SimulationEventKindInfo{SimulationEventKind::NodeFailed, "node-failed",
                            QT_TRANSLATE_NOOP("Simulation", "Node failed")},
    SimulationEventKindInfo{SimulationEventKind::NodeRecovered, "node-recovered",
                            QT_TRANSLATE_NOOP("Simulation", "Node recovered")},
    SimulationEventKindInfo{SimulationEventKind::BackendDown, "backend-down",
                            QT_TRANSLATE_NOOP("Simulation", "Backend marked down")},
    SimulationEventKindInfo{SimulationEventKind::BackendUp, "backend-up",
                            QT_TRANSLATE_NOOP("Simulation", "Backend back in service")},
    SimulationEventKindInfo{SimulationEventKind::DatabaseDown, "database-down",
                            QT_TRANSLATE_NOOP("Simulation", "Database unreachable")},
    SimulationEventKindInfo{SimulationEventKind::DatabaseUp, "database-up",
                            QT_TRANSLATE_NOOP("Simulation", "Database reachable again")},
    SimulationEventKindInfo{SimulationEventKind::DatabasePromoted, "database-promoted",
                            QT_TRANSLATE_NOOP("Simulation", "Replica promoted to primary")},
    SimulationEventKindInfo{SimulationEventKind::AlertRaised, "alert-raised",
                            QT_TRANSLATE_NOOP("Simulation", "QPS alert")},
    SimulationEventKindInfo{SimulationEventKind::AlertCleared, "alert-cleared",
                            QT_TRANSLATE_NOOP("Simulation", "QPS alert cleared")},
};

// The table is indexed by the enum: keep both in the same order.
static_assert([] {
    for (std::size_t i = 0; i < kEventKinds.size(); ++i) {
        if (static_cast<std::size_t>(kEventKinds[i].kind) != i)
            return false;
    }
    return true;
}());

} // namespace

const SimulationEventKindInfo &simulationEventKindInfo(SimulationEventKind kind)
{
    return kEventKinds[static_cast<std::size_t>(kind)];
}

QString jsonName(SimulationEventKind kind)
{
    return QString::fromLatin1(simulationEventKindInfo(kind).jsonName);
}

std::optional<SimulationEventKind> simulationEventKindFromJson(QStringView name)
{
    for (const SimulationEventKindInfo &info : kEventKinds) {
        if (name == QLatin1StringView(info.jsonName))
            return info.kind;
    }
    return std::nullopt;
}

} // namespace infralab
