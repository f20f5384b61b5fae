#include "SimulationSpeed.h"

#include <QCoreApplication>

#include <array>

namespace infralab {

namespace {

constexpr std::array kSpeeds{
    SimulationSpeedInfo{SimulationSpeed::RealTime, 1.0, "real-time", QT_TRANSLATE_NOOP("SimulationSpeed", "Real time"),
                        QT_TRANSLATE_NOOP("SimulationSpeed", "One simulated second per second")},
    SimulationSpeedInfo{SimulationSpeed::Times10, 10.0, "x10", QT_TRANSLATE_NOOP("SimulationSpeed", "×10"),
                        QT_TRANSLATE_NOOP("SimulationSpeed", "Ten simulated seconds per second")},
    SimulationSpeedInfo{SimulationSpeed::Times60, 60.0, "x60", QT_TRANSLATE_NOOP("SimulationSpeed", "×60"),
                        QT_TRANSLATE_NOOP("SimulationSpeed", "One simulated minute per second")},
};

} // namespace

const SimulationSpeedInfo &simulationSpeedInfo(SimulationSpeed speed)
{
    return kSpeeds.at(std::size_t(speed));
}

QList<SimulationSpeed> simulationSpeeds()
{
    QList<SimulationSpeed> speeds;
    for (const SimulationSpeedInfo &info : kSpeeds)
        speeds.append(info.speed);
    return speeds;
}

QString label(SimulationSpeed speed)
{
    return QCoreApplication::translate("SimulationSpeed", simulationSpeedInfo(speed).label);
}

QString toolTip(SimulationSpeed speed)
{
    return QCoreApplication::translate("SimulationSpeed", simulationSpeedInfo(speed).toolTip);
}

std::optional<SimulationSpeed> simulationSpeedFromName(QStringView name)
{
    for (const SimulationSpeedInfo &info : kSpeeds) {
        if (name == QLatin1StringView(info.settingsName))
            return info.speed;
    }
    return std::nullopt;
}

} // namespace infralab
