#include "SimulationController.h"

#include "Document.h"

#include <algorithm>

namespace infralab {

namespace {

// Moving or resizing on the canvas changes nothing a request meets, so it
// must not restart a run the student is watching.
bool sameExceptLayout(const Topology &a, const Topology &b)
{
    if (a.domain != b.domain || a.links() != b.links() || a.nodes().size() != b.nodes().size())
        return false;
    for (qsizetype i = 0; i < a.nodes().size(); ++i) {
        Node left = a.nodes().at(i);
        const Node &right = b.nodes().at(i);
        left.pos = right.pos;
        left.size = right.size;
        if (left != right)
            return false;
    }
    return true;
}

// Edits arrive in bursts (a paste, typing in the inspector): restart once.
constexpr int kEditSettleMs = 150;

} // namespace

SimulationController::SimulationController(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setInterval(kTickMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SimulationController::tick);
    m_editTimer.setSingleShot(true);
    m_editTimer.setInterval(kEditSettleMs);
    connect(&m_editTimer, &QTimer::timeout, this, &SimulationController::designEdited);
    connect(document->model(), &TopologyModel::changed, &m_editTimer, qOverload<>(&QTimer::start));
    connect(document, &Document::opened, this, &SimulationController::designReplaced);
    rebuild(false);
}

SimulationController::~SimulationController() = default;

bool SimulationController::hasProgress() const
{
    return m_simulation->now() > 0 || !m_failed.isEmpty();
}

void SimulationController::start()
{
    if (isRunning())
        return;
    m_clock.start();
    m_timer.start();
    emit runningChanged(true);
}

void SimulationController::pause()
{
    if (!isRunning())
        return;
    m_timer.stop();
    setBehind(false);
    emit runningChanged(false);
}

void SimulationController::setRunning(bool running)
{
    if (running)
        start();
    else
        pause();
}

void SimulationController::reset()
{
    pause();
    m_editTimer.stop();
    const bool hadFailures = !m_failed.isEmpty();
    rebuild(false);
    emit cleared();
    if (hadFailures)
        emit failuresChanged();
}

void SimulationController::tick()
{
    const double wallSeconds = double(m_clock.nsecsElapsed()) / 1e9;
    m_clock.restart();
    advanceBy(wallSeconds);
}

void SimulationController::advanceBy(double wallSeconds)
{
    const double wanted = std::clamp(wallSeconds, 0.0, kMaxTickSeconds) * simulationSpeedInfo(m_speed).factor;
    double slice = wanted;
    if (m_budgetMs > 0 && m_msPerSimulatedSecond > 0)
        slice = std::min(slice, m_budgetMs / m_msPerSimulatedSecond);
    if (slice > 0) {
        QElapsedTimer cost;
        cost.start();
        m_simulation->advanceTo(m_simulation->now() + slice);
        // Tiny slices say little about the cost (a second closing dominates
        // them), except when the budget made them tiny: then they are how
        // the estimate comes back down after one slow tick.
        if (slice >= 0.01 || slice < wanted) {
            const double msPerSecond = double(cost.nsecsElapsed()) / 1e6 / slice;
            m_msPerSimulatedSecond = m_msPerSimulatedSecond > 0 ? 0.7 * m_msPerSimulatedSecond + 0.3 * msPerSecond
                                                                : msPerSecond;
        }
    }
    // A tenth of slack: the estimate wobbles, the warning should not.
    setBehind(slice < 0.9 * wanted);
    emit advanced(*m_simulation);
}

void SimulationController::setRequestRate(double perSecond)
{
    perSecond = std::max(0.0, perSecond);
    if (perSecond == m_requestRate)
        return;
    // The cost of a simulated second follows the traffic: scale the estimate
    // now rather than spend one slow tick finding out.
    const double before = m_requestRate + (m_attacking ? m_attackRate : 0) + 1;
    m_requestRate = perSecond;
    const double after = m_requestRate + (m_attacking ? m_attackRate : 0) + 1;
    m_msPerSimulatedSecond *= after / before;
    m_simulation->setRequestRate(perSecond);
    emit settingsChanged();
}

void SimulationController::setAttackRate(double perSecond)
{
    perSecond = std::max(0.0, perSecond);
    if (perSecond == m_attackRate)
        return;
    if (m_attacking) {
        m_msPerSimulatedSecond *= (m_requestRate + perSecond + 1) / (m_requestRate + m_attackRate + 1);
        m_simulation->setAttackRate(perSecond);
    }
    m_attackRate = perSecond;
    emit settingsChanged();
}

void SimulationController::setAttacking(bool on)
{
    if (on == m_attacking)
        return;
    const double before = m_requestRate + (m_attacking ? m_attackRate : 0) + 1;
    m_attacking = on;
    const double after = m_requestRate + (m_attacking ? m_attackRate : 0) + 1;
    m_msPerSimulatedSecond *= after / before;
    m_simulation->setAttackRate(on ? m_attackRate : 0);
    emit settingsChanged();
}

void SimulationController::setSpeed(SimulationSpeed speed)
{
    if (speed == m_speed)
        return;
    m_speed = speed;
    emit settingsChanged();
}

bool SimulationController::failNode(const QString &id)
{
    if (isFailed(id) || !m_simulation->failNode(id))
        return false;
    m_failed.append(id);
    emit failuresChanged();
    emit advanced(*m_simulation);
    return true;
}

bool SimulationController::recoverNode(const QString &id)
{
    if (!isFailed(id) || !m_simulation->recoverNode(id))
        return false;
    m_failed.removeAll(id);
    emit failuresChanged();
    emit advanced(*m_simulation);
    return true;
}

void SimulationController::designEdited()
{
    if (!m_document || sameExceptLayout(m_simulation->design(), m_document->topology()))
        return;
    const bool hadProgress = m_simulation->now() > 0;
    const qsizetype failedBefore = m_failed.size();
    rebuild(true);
    emit cleared();
    if (m_failed.size() != failedBefore)
        emit failuresChanged();
    // The failed nodes show at once, before the next tick.
    emit advanced(*m_simulation);
    if (!hadProgress)
        return;
    emit statusMessage(m_failed.isEmpty()
                           ? tr("The design changed: the simulation restarted from 0:00 on the edited design")
                           : tr("The design changed: the simulation restarted from 0:00 on the edited design, "
                                "with the failed components still down"));
}

void SimulationController::designReplaced()
{
    m_editTimer.stop();
    reset();
}

void SimulationController::rebuild(bool keepFailures)
{
    SimulationConfig config;
    config.requestRate = m_requestRate;
    config.attackRate = m_attacking ? m_attackRate : 0;
    m_simulation = std::make_unique<Simulation>(m_document ? m_document->topology() : Topology(), config);
    m_msPerSimulatedSecond = 0;   // another design, another cost
    if (keepFailures) {
        m_failed.removeIf([this](const QString &id) { return !m_simulation->design().contains(id); });
        for (const QString &id : std::as_const(m_failed))
            m_simulation->failNode(id);
    } else {
        m_failed.clear();
    }
    const QString problem = m_simulation->problem();
    if (problem != m_problem) {
        m_problem = problem;
        emit problemChanged(problem);
    }
}

void SimulationController::setBehind(bool behind)
{
    if (behind == m_behind)
        return;
    m_behind = behind;
    emit behindChanged(behind);
}

} // namespace infralab
