#pragma once

#include "simulation/SimulationSpeed.h"

#include <vector>

namespace infralab {

// The time in ms of each tick of the live simulation in the real window
// (1400 x 900, the default preset fitted, 1000 requests/s and the attack
// on, at `speed`): the controller advances
// one 33 ms tick, then the canvas repaints what its live state changed.
// `ticks` ticks after a warm-up minute. Needs a QApplication.
std::vector<double> simulationTickTimes(int ticks, SimulationSpeed speed);

} // namespace infralab
