#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace infralab {

// How fast simulated time runs against the wall clock while the simulation
// plays: real time to watch single requests, faster to see minutes of
// traffic (health checks, failovers, alerts) pass in seconds.
enum class SimulationSpeed { RealTime, Times10, Times60 };

struct SimulationSpeedInfo
{
    SimulationSpeed speed;
    double factor;            // simulated seconds per wall-clock second
    const char *settingsName; // in QSettings; never translated
    const char *label;        // translatable (context "SimulationSpeed")
    const char *toolTip;      // translatable (context "SimulationSpeed")
};

const SimulationSpeedInfo &simulationSpeedInfo(SimulationSpeed speed);
QList<SimulationSpeed> simulationSpeeds();
QString label(SimulationSpeed speed);
QString toolTip(SimulationSpeed speed);
std::optional<SimulationSpeed> simulationSpeedFromName(QStringView name);

} // namespace infralab
