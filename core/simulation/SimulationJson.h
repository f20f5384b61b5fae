#pragma once

#include <QJsonObject>
#include <QList>

namespace infralab {

struct SimulationEvent;
struct SimulationTotals;

// The shape of `infralab simulate --json` (README): the run's totals, one
// object per node, the firewall rules that dropped something, the events.
QJsonObject toJson(const SimulationTotals &totals, const QList<SimulationEvent> &events);

} // namespace infralab
