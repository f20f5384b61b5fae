#include "Simulation.h"

#include "AttackSurface.h"
#include "BalancerState.h"
#include "CostModel.h"
#include "DatabaseCluster.h"
#include "MonitoringService.h"
#include "RouteTable.h"
#include "SampleRecorder.h"

#include "model/Properties.h"
#include "walkthrough/Narration.h"

#include <algorithm>

namespace infralab {

namespace {

constexpr int kSshPort = 22;
constexpr int kMySqlPort = 3306;
// A student runs for minutes; a --json of an hour of flapping stays readable.
constexpr qsizetype kMaxEvents = 10000;

} // namespace

Simulation::Simulation(const Topology &design, const SimulationConfig &config)
    : m_design(design)
    , m_config(config)
    , m_random(config.seed)
    , m_machines(m_design)
{
    const QList<Node> &nodes = m_design.nodes();
    const std::size_t count = std::size_t(nodes.size());
    m_failed.assign(count, 0);
    m_down.assign(count, 0);
    m_databases = std::make_unique<DatabaseCluster>(m_design);
    m_recorder = std::make_unique<SampleRecorder>(m_design, m_machines.machineOf(), config.historySeconds);
    m_monitoring = std::make_unique<MonitoringService>(m_design, m_machines.machineOf());

    rebuildRoutes();
    m_attackSurface = std::make_unique<AttackSurface>(m_design, m_routes->client(), m_routes->entry());
    const int balancer = m_routes->balancer();
    m_balancer = std::make_unique<BalancerState>(
        balancer >= 0 ? loadBalancerAlgorithm(nodes[balancer]) : Algorithm::RoundRobin, count);
    if (balancer >= 0)
        m_queue.push({healthCheckInterval(nodes[m_routes->balancer()]), 0, SimEvent::Type::HealthCheck});
    if (!m_databases->isEmpty())
        m_queue.push({m_config.databaseCheckInterval, 0, SimEvent::Type::DatabaseCheck});
    scheduleArrivals(true, true);
}

Simulation::~Simulation() = default;

const std::deque<SecondSample> &Simulation::history() const
{
    return m_recorder->history();
}

void Simulation::setSecondObserver(std::function<void(const SecondSample &)> observer)
{
    m_observer = std::move(observer);
}

SimulationTotals Simulation::totals() const
{
    return m_recorder->totals();
}

QString Simulation::problem() const
{
    return m_routes->problem();
}

void Simulation::advanceTo(double t)
{
    while (!m_queue.empty() && m_queue.top().time <= t) {
        const SimEvent event = m_queue.top();
        while (event.time >= m_second + 1)
            closeSecond();
        m_queue.pop();
        m_now = event.time;
        ++m_processed;
        dispatch(event);
    }
    while (t >= m_second + 1)
        closeSecond();
    m_now = std::max(m_now, t);
}

void Simulation::dispatch(const SimEvent &event)
{
    switch (event.type) {
    case SimEvent::Type::RequestArrival:
        if (event.payload == m_requestStream)
            onRequestArrival();
        break;
    case SimEvent::Type::AttackArrival:
        if (event.payload == m_attackStream)
            onAttackArrival();
        break;
    case SimEvent::Type::StageDone:
        finishStage(event.payload);
        break;
    case SimEvent::Type::HealthCheck:
        checkBackends();
        break;
    case SimEvent::Type::DatabaseCheck:
        checkDatabases();
        break;
    }
}

void Simulation::setRequestRate(double perSecond)
{
    m_config.requestRate = std::max(0.0, perSecond);
    scheduleArrivals(true, false);
}

void Simulation::setAttackRate(double perSecond)
{
    m_config.attackRate = std::max(0.0, perSecond);
    scheduleArrivals(false, true);
}

void Simulation::setRequestMix(const RequestMix &mix)
{
    m_config.mix = mix;
}

void Simulation::setAttackMix(const AttackMix &mix)
{
    m_config.attackMix = mix;
}

// Poisson arrivals forget the past, so a new rate simply starts a new
// stream from now; the pending arrival of the old one is ignored.
void Simulation::scheduleArrivals(bool requests, bool attacks)
{
    if (requests && ++m_requestStream && m_config.requestRate > 0)
        m_queue.push({m_now + m_random.exponential(m_config.requestRate), m_requestStream,
                      SimEvent::Type::RequestArrival});
    if (attacks && ++m_attackStream && m_config.attackRate > 0)
        m_queue.push({m_now + m_random.exponential(m_config.attackRate), m_attackStream,
                      SimEvent::Type::AttackArrival});
}

RequestType Simulation::pickRequestType()
{
    const RequestMix &mix = m_config.mix;
    const double total = mix.staticShare + mix.readShare + mix.writeShare;
    const double u = m_random.uniform() * total;
    if (u < mix.staticShare)
        return RequestType::Static;
    return u < mix.staticShare + mix.readShare || mix.writeShare <= 0 ? RequestType::Read : RequestType::Write;
}

void Simulation::onRequestArrival()
{
    m_queue.push({m_now + m_random.exponential(m_config.requestRate), m_requestStream,
                  SimEvent::Type::RequestArrival});
    const RequestType type = pickRequestType();
    const auto client = std::uint32_t(m_random.below(std::uint32_t(std::max(1, m_config.clients))));
    m_recorder->sent(type);
    startRequest(type, client, false);
}

void Simulation::onAttackArrival()
{
    m_queue.push({m_now + m_random.exponential(m_config.attackRate), m_attackStream, SimEvent::Type::AttackArrival});
    const AttackMix &mix = m_config.attackMix;
    const double u = m_random.uniform() * (mix.portScan + mix.sshBruteForce + mix.mySqlProbe + mix.httpFlood);
    if (u >= mix.portScan + mix.sshBruteForce + mix.mySqlProbe) {
        // A flood is page requests: indistinguishable, so it costs what they do.
        m_recorder->attackSent(false);
        const auto bot = std::uint32_t(m_config.clients) + m_random.below(std::uint32_t(std::max(1, m_config.bots)));
        startRequest(RequestType::Static, bot, true);
        return;
    }
    if (m_attackSurface->isEmpty()) {
        m_recorder->attackSent(false);
        return;
    }
    const int port = u < mix.portScan ? int(m_random.below(65535)) + 1
        : u < mix.portScan + mix.sshBruteForce ? kSshPort
                                              : kMySqlPort;
    const std::size_t target = m_random.below(std::uint32_t(m_attackSurface->targetCount()));
    m_recorder->attackSent(!m_attackSurface->send(target, port, *m_recorder, m_down));
}

void Simulation::startRequest(RequestType type, std::uint32_t client, bool flood)
{
    const int browser = m_routes->client();
    if (m_routes->entry() < 0 || m_routes->backends().empty()) {
        const int where = m_routes->entry() >= 0 ? m_routes->entry() : browser;
        if (where >= 0)
            m_recorder->error(where);
        if (!flood)
            m_recorder->failed(type);
        return;
    }
    if (browser >= 0)
        m_recorder->arrive(browser);
    const int balancer = m_routes->balancer();
    const int backend = balancer >= 0 ? m_balancer->choose(m_routes->backends(), client) : 0;
    if (backend < 0) {
        // Every backend is out of service: HAProxy answers 503 itself.
        m_recorder->arrive(balancer);
        m_recorder->error(balancer);
        if (!flood)
            m_recorder->failed(type);
        return;
    }
    std::uint32_t slot = 0;
    if (m_freeSlots.empty()) {
        slot = std::uint32_t(m_requests.size());
        m_requests.emplace_back();
    } else {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    }
    const Route &route = m_routes->route(std::size_t(backend), type);
    m_requests[slot] = {m_now, route.begin, route.end, route.returnTravel, m_routes->backends()[std::size_t(backend)],
                        type, flood};
    m_balancer->started(m_requests[slot].backend);
    proceed(slot, m_now);
}

// Runs the request through firewalls at once, up to the next machine whose
// CPU it needs, and books that CPU: FIFO over the machine's cores.
void Simulation::proceed(std::uint32_t slot, double t)
{
    Request &request = m_requests[slot];
    for (; request.stage != request.end; ++request.stage) {
        const RouteStage &stage = *request.stage;
        const std::size_t node = std::size_t(stage.node);
        t += stage.travel;
        // A dead node still receives what is sent to it: it counts, and fails.
        m_recorder->arrive(stage.node);
        if (stage.type == RouteStage::Type::Fail || m_down[node])
            return fail(slot, stage.node);
        if (stage.type == RouteStage::Type::Firewall) {
            m_recorder->work(stage.node, stage.cost);
            if (!stage.allowed) {
                m_recorder->drop(stage.node, stage.rule);
                return fail(slot, stage.node);
            }
            continue;
        }
        const double done = m_machines.book(stage.machine, t, stage.cost, m_config.queueTimeout);
        if (done < 0)
            return fail(slot, stage.node);
        m_queue.push({done, slot, SimEvent::Type::StageDone});
        return;
    }
    if (!request.flood)
        m_recorder->served(t + request.returnTravel - request.start);
    release(slot);
}

void Simulation::finishStage(std::uint32_t slot)
{
    Request &request = m_requests[slot];
    const RouteStage &stage = *request.stage;
    m_recorder->work(stage.node, stage.cost);
    // The node died while the request was in its queue.
    if (m_down[std::size_t(stage.node)])
        return fail(slot, stage.node);
    ++request.stage;
    proceed(slot, m_now);
}

void Simulation::fail(std::uint32_t slot, int node)
{
    const Request &request = m_requests[slot];
    m_recorder->error(node);
    if (!request.flood) {
        if (m_routes->client() >= 0)
            m_recorder->error(m_routes->client());
        m_recorder->failed(request.type);
    }
    release(slot);
}

void Simulation::release(std::uint32_t slot)
{
    m_balancer->finished(m_requests[slot].backend);
    m_freeSlots.push_back(slot);
}

// HAProxy checks every backend each `healthInterval` and takes one out after
// `healthFall` failures in a row: until then a dead backend gets its share
// of the requests, and each of them fails.
void Simulation::checkBackends()
{
    const int balancer = m_routes->balancer();
    const Node &node = m_design.nodes()[balancer];
    const int fall = healthCheckFall(node);
    for (int web : m_routes->backends()) {
        switch (m_balancer->check(web, !m_down[std::size_t(web)], fall, m_config.checkRise)) {
        case HealthTracker::Change::WentDown:
            addEvent(SimulationEventKind::BackendDown, web, balancer,
                     tr("%1 takes %2 out of service after %n failed health check(s)", nullptr, fall)
                         .arg(named(balancer), named(web)));
            break;
        case HealthTracker::Change::CameUp:
            addEvent(SimulationEventKind::BackendUp, web, balancer,
                     tr("%1 puts %2 back in service").arg(named(balancer), named(web)));
            break;
        case HealthTracker::Change::None:
            break;
        }
    }
    m_queue.push({m_now + healthCheckInterval(node), 0, SimEvent::Type::HealthCheck});
}

void Simulation::checkDatabases()
{
    std::vector<DatabaseCluster::Change> changes;
    const auto answers = [this](int node) { return !m_down[std::size_t(node)]; };
    if (m_databases->check(answers, m_config.databaseCheckFall, m_config.checkRise, changes)) {
        for (const auto &[kind, node] : changes) {
            QString text;
            switch (kind) {
            case SimulationEventKind::DatabaseDown:
                text = tr("The application stops using %1: it does not answer").arg(named(node));
                break;
            case SimulationEventKind::DatabaseUp:
                text = m_databases->role(node) == DatabaseRole::Replica
                    ? tr("%1 answers again and serves as a replica").arg(named(node))
                    : tr("%1 answers again as the primary: writes go to it").arg(named(node));
                break;
            default:
                text = tr("%1 is promoted to primary: writes resume").arg(named(node));
                break;
            }
            addEvent(kind, node, -1, text);
        }
        rebuildRoutes();
    }
    m_queue.push({m_now + m_config.databaseCheckInterval, 0, SimEvent::Type::DatabaseCheck});
}

// The end of a second: agents report, the monitoring service raises or
// clears its QPS alerts, and the second becomes a sample.
void Simulation::closeSecond()
{
    const std::vector<char> &reported = m_monitoring->collect(*m_recorder, m_down);
    const int service = m_monitoring->service();
    for (const MonitoringService::Alert &alert : m_monitoring->compare(*m_recorder)) {
        const QString text = alert.kind == SimulationEventKind::AlertRaised
            ? tr("%1 alerts: %2 serves %3 queries per second, over its threshold of %4")
                  .arg(named(service), named(alert.node))
                  .arg(alert.qps)
                  .arg(alert.threshold)
            : tr("%1 clears its alert: %2 is back to %3 queries per second")
                  .arg(named(service), named(alert.node))
                  .arg(alert.qps);
        addEvent(alert.kind, alert.node, service, text);
        m_events.last().t = m_second + 1;   // seen when the second's numbers arrive
    }
    const SecondSample &sample = m_recorder->close(m_second, reported);
    ++m_second;
    if (m_observer)
        m_observer(sample);
}

bool Simulation::failNode(const QString &id)
{
    const Node *node = m_design.node(id);
    const int index = node ? int(node - m_design.nodes().constData()) : -1;
    if (index < 0 || m_failed[std::size_t(index)])
        return false;
    m_failed[std::size_t(index)] = 1;
    updateDown();
    addEvent(SimulationEventKind::NodeFailed, index, -1,
             node->kind == NodeKind::Server ? tr("%1 stops, and everything it runs with it").arg(named(index))
                                            : tr("%1 stops").arg(named(index)));
    return true;
}

bool Simulation::recoverNode(const QString &id)
{
    const Node *node = m_design.node(id);
    const int index = node ? int(node - m_design.nodes().constData()) : -1;
    if (index < 0 || !m_failed[std::size_t(index)])
        return false;
    m_failed[std::size_t(index)] = 0;
    updateDown();
    addEvent(SimulationEventKind::NodeRecovered, index, -1, tr("%1 is running again").arg(named(index)));
    return true;
}

bool Simulation::isDown(const QString &id) const
{
    const Node *node = m_design.node(id);
    return node && m_down[std::size_t(node - m_design.nodes().constData())];
}

bool Simulation::isMonitored(const QString &id) const
{
    const Node *node = m_design.node(id);
    return node && m_monitoring->covers(int(node - m_design.nodes().constData()));
}

void Simulation::updateDown()
{
    for (std::size_t i = 0; i < m_down.size(); ++i)
        m_down[i] = m_failed[i] || m_failed[std::size_t(m_machines.machineOf()[i])];
}

void Simulation::rebuildRoutes()
{
    m_designs.push_back(std::make_unique<Topology>(m_databases->effectiveDesign()));
    m_tables.push_back(std::make_unique<RouteTable>(*m_designs.back(), m_config));
    m_routes = m_tables.back().get();
}

void Simulation::addEvent(SimulationEventKind kind, int node, int by, const QString &text)
{
    if (m_events.size() >= kMaxEvents)
        m_events.removeFirst();
    const QList<Node> &nodes = m_design.nodes();
    m_events.append({m_now, kind, nodes[node].id, by >= 0 ? nodes[by].id : QString(), text});
}

QString Simulation::named(int node) const
{
    return node >= 0 ? Narration(m_design).named(m_design.nodes()[node]) : QString();
}

} // namespace infralab
