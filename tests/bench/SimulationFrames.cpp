#include "SimulationFrames.h"

#include "MainWindow.h"
#include "simulation/SimulationController.h"

#include "presets/Presets.h"

#include <QApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace infralab {

std::vector<double> simulationTickTimes(int ticks, SimulationSpeed speed)
{
    MainWindow window;
    window.resize(1400, 900);
    window.openSource(u"preset:"_s + defaultPresetName());
    window.show();
    QApplication::processEvents();

    SimulationController *controller = window.simulationController();
    // The honest cost of every slice: the budget would hide a slow one.
    controller->setTickBudgetMs(0);
    controller->setRequestRate(1000);
    controller->setAttackRate(100);
    controller->setAttacking(true);
    controller->setSpeed(speed);
    const double tick = SimulationController::kTickMs / 1000.0;
    // A minute in, so the queues, the histograms and the overlay are warm.
    for (double t = 0; t < 60; t += tick * simulationSpeedInfo(speed).factor)
        controller->advanceBy(tick);
    QApplication::processEvents();

    std::vector<double> times;
    times.reserve(std::size_t(ticks));
    for (int i = 0; i < ticks; ++i) {
        QElapsedTimer timer;
        timer.start();
        controller->advanceBy(tick);
        QApplication::processEvents();   // the view repaints what changed
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

} // namespace infralab
