#pragma once

#include "SimulationSpeed.h"

#include <QToolBar>

class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QSpinBox;

namespace infralab {

class Simulation;
class SimulationController;

// The controls of the live simulation: Start/Pause (F5), Reset (Shift+F5),
// the request rate, the attack and its rate, the speed and the simulated
// clock, plus a warning when the design cannot serve. The Simulation menu
// offers the same actions. The rates and the speed are remembered
// (QSettings "simulation/…"); the attack always starts off.
class SimulationToolBar : public QToolBar
{
    Q_OBJECT

public:
    static constexpr int kMaxRate = 100000;

    explicit SimulationToolBar(SimulationController *controller, QWidget *parent = nullptr);

    QAction *runAction() const { return m_run; }
    QAction *resetAction() const { return m_reset; }
    QAction *attackAction() const { return m_attack; }
    QSpinBox *requestRateBox() const { return m_requestRate; }
    QSpinBox *attackRateBox() const { return m_attackRate; }
    QComboBox *speedBox() const { return m_speed; }
    QLabel *clockLabel() const { return m_clock; }
    QLabel *problemLabel() const { return m_problem; }
    QAction *speedAction(SimulationSpeed speed) const;

    // The Simulation menu: the same actions, the speeds as a choice.
    QMenu *createMenu(QWidget *parent) const;

    // "02:35", or "1:02:35" past the first hour.
    static QString clockText(double seconds);

private:
    QSpinBox *addRateBox(const QString &objectName, int minimum, const QString &suffix, const QString &toolTip);
    QAction *addLabelled(QWidget *widget, const QString &toolTip);
    void restoreSettings();
    void showRunning(bool running);
    void showSettings();
    void showClock(const Simulation &simulation);
    void showProblem(const QString &problem);
    void showBehind(bool behind);
    void updateResetEnabled();

    SimulationController *m_controller;
    QAction *m_run;
    QAction *m_reset;
    QAction *m_attack;
    QSpinBox *m_requestRate;
    QSpinBox *m_attackRate;
    QComboBox *m_speed;
    QActionGroup *m_speeds;
    QLabel *m_clock;
    QAction *m_behindAction;
    QLabel *m_problem;
    QAction *m_problemAction;
};

} // namespace infralab
