#pragma once

#include "SimulationSpeed.h"

#include "simulation/Simulation.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace infralab {

class Document;

// Runs the traffic simulation of the document's design live: a timer
// advances simulated time by the wall-clock time that passed times the
// speed, and every view of the run (the canvas's live state, the charts)
// follows advanced(). Rates, the attack and the speed change while it runs.
// Failing a node changes the run, not the design, so it is not undoable.
//
// A design edit that matters to traffic (anything but moving and resizing)
// restarts the run from the edited design at 0:00, keeping the rates, the
// attack, the speed, whether it runs, and the failed nodes that still exist:
// the core simulates one design from its start. Opening another design
// starts afresh, paused, with nothing failed.
class SimulationController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTickMs = 33;   // about 30 ticks a second
    // A stalled window (a modal dialog, a debugger) never runs more than
    // this much wall-clock time at once when it wakes up.
    static constexpr double kMaxTickSeconds = 0.25;
    // Leaves room in a 16 ms frame for painting what the tick changed.
    static constexpr int kDefaultBudgetMs = 12;
    static constexpr double kDefaultRequestRate = 100;
    static constexpr double kDefaultAttackRate = 200;

    explicit SimulationController(Document *document, QObject *parent = nullptr);
    ~SimulationController() override;

    const Simulation &simulation() const { return *m_simulation; }
    bool isRunning() const { return m_timer.isActive(); }
    // Whether there is anything to reset: time has passed or a node is failed.
    bool hasProgress() const;

    double requestRate() const { return m_requestRate; }
    double attackRate() const { return m_attackRate; }
    bool isAttacking() const { return m_attacking; }
    SimulationSpeed speed() const { return m_speed; }

    // Nodes the user failed (not those down because their server is), in
    // the order they were failed.
    QStringList failedNodes() const { return m_failed; }
    bool isFailed(const QString &id) const { return m_failed.contains(id); }

    // One tick as if `wallSeconds` of real time had passed: simulated time
    // moves by wallSeconds x speed, within kMaxTickSeconds and the budget.
    // The timer calls it with the clock's reading; tests call it directly.
    void advanceBy(double wallSeconds);
    // The most wall-clock time a tick may spend simulating. When the design
    // and the rates cost more than this at the chosen speed, simulated time
    // runs slower than asked (isBehind()) and the window stays responsive.
    // 0 removes the limit.
    void setTickBudgetMs(int ms) { m_budgetMs = ms; }
    bool isBehind() const { return m_behind; }
    // Why the design cannot serve (Simulation::problem()), empty when it can.
    QString problem() const { return m_problem; }

public slots:
    void start();
    void pause();
    void setRunning(bool running);
    // Back to 0:00 on the current design, paused, nothing failed.
    void reset();
    void setRequestRate(double perSecond);
    void setAttackRate(double perSecond);
    void setAttacking(bool on);
    void setSpeed(infralab::SimulationSpeed speed);
    // At the current simulated time, running or paused; false when the
    // node does not exist or nothing changes. Neither starts the run.
    bool failNode(const QString &id);
    bool recoverNode(const QString &id);

signals:
    // After every tick, and after a failure or recovery changed the run.
    void advanced(const infralab::Simulation &simulation);
    // The run went back to nothing: a reset, another design, an edit.
    void cleared();
    void runningChanged(bool running);
    void failuresChanged();
    // The rates, the attack or the speed changed.
    void settingsChanged();
    void behindChanged(bool behind);
    // Why the design cannot serve (Simulation::problem()), empty when it can.
    void problemChanged(const QString &problem);
    // Something the user should read in the status bar.
    void statusMessage(const QString &message);

private:
    void tick();
    void designEdited();
    void designReplaced();
    // A new Simulation of the document's design with the current settings;
    // `keepFailures` fails again those nodes that still exist.
    void rebuild(bool keepFailures);
    void setBehind(bool behind);

    QPointer<Document> m_document;
    std::unique_ptr<Simulation> m_simulation;
    QTimer m_timer;
    QTimer m_editTimer;   // a burst of edits restarts the run once
    QElapsedTimer m_clock;
    double m_requestRate = kDefaultRequestRate;
    double m_attackRate = kDefaultAttackRate;
    bool m_attacking = false;
    SimulationSpeed m_speed = SimulationSpeed::RealTime;
    QStringList m_failed;
    QString m_problem;
    int m_budgetMs = kDefaultBudgetMs;
    double m_msPerSimulatedSecond = 0;   // what the last slices cost, smoothed
    bool m_behind = false;
};

} // namespace infralab
