#pragma once

#include "EventQueue.h"
#include "MachineQueues.h"
#include "Random.h"
#include "Samples.h"
#include "SimulationConfig.h"
#include "SimulationEvent.h"

#include "model/Topology.h"
#include "walkthrough/RequestType.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace infralab {

class AttackSurface;
class BalancerState;
class DatabaseCluster;
class MonitoringService;
class RouteTable;
class SampleRecorder;
struct RouteStage;

// A discrete-event simulation of traffic through a design, deterministic for
// its seed. Requests arrive as a Poisson process, follow the walkthrough's
// path rules (precomputed routes), queue for the CPU of each machine on the
// way (a server's cores are shared by what it runs), and fail where a node
// is down, a firewall drops them or a queue is too long. Load balancers
// check their backends; the application notices dead databases and promotes
// an automatic-failover replica; agents report to the monitoring service,
// which raises QPS alerts. An attack generator sends what the internet
// sends to every public address.
//
// A UI drives it a slice at a time: advanceTo(), and any setter or
// failNode() between slices. Samples are per simulated second.
class Simulation
{
    Q_DECLARE_TR_FUNCTIONS(Simulation)

public:
    explicit Simulation(const Topology &design, const SimulationConfig &config = {});
    ~Simulation();
    Simulation(const Simulation &) = delete;
    Simulation &operator=(const Simulation &) = delete;

    const Topology &design() const { return m_design; }
    const SimulationConfig &config() const { return m_config; }
    double now() const { return m_now; }

    // Runs every event up to simulated time `t` (seconds since the start),
    // closing each whole second on the way. Earlier times do nothing.
    void advanceTo(double t);

    void setRequestRate(double perSecond);
    void setAttackRate(double perSecond);
    void setRequestMix(const RequestMix &mix);
    void setAttackMix(const AttackMix &mix);

    // Stops a node now (a server takes down what it runs); false when no
    // such node or nothing changes.
    bool failNode(const QString &id);
    bool recoverNode(const QString &id);
    // Whether the node is down: failed itself, or its server is.
    bool isDown(const QString &id) const;
    // Whether a monitoring agent reports the node's numbers (its machine's
    // agent is linked to a monitoring service), while it runs. Charts show
    // only these: "no data" for the rest is the seeds' point.
    bool isMonitored(const QString &id) const;

    // The last config().historySeconds closed seconds, oldest first.
    const std::deque<SecondSample> &history() const;
    // Called with each second as it closes: for a CSV of any length.
    void setSecondObserver(std::function<void(const SecondSample &)> observer);
    const QList<SimulationEvent> &events() const { return m_events; }
    SimulationTotals totals() const;
    // Why no request can get in (no DNS record, no route...); empty when
    // the design can serve.
    QString problem() const;
    std::uint64_t processedEvents() const { return m_processed; }

private:
    struct Request
    {
        double start = 0;
        const RouteStage *stage = nullptr;
        const RouteStage *end = nullptr;
        double returnTravel = 0;
        int backend = -1;   // web server node, for least-connections
        RequestType type = RequestType::Read;
        bool flood = false;
    };

    void dispatch(const SimEvent &event);
    void onRequestArrival();
    void onAttackArrival();
    void startRequest(RequestType type, std::uint32_t client, bool flood);
    void proceed(std::uint32_t slot, double t);
    void finishStage(std::uint32_t slot);
    void fail(std::uint32_t slot, int node);
    void release(std::uint32_t slot);
    void checkBackends();
    void checkDatabases();
    void closeSecond();
    void scheduleArrivals(bool requests, bool attacks);
    void rebuildRoutes();
    void updateDown();
    void addEvent(SimulationEventKind kind, int node, int by, const QString &text);
    QString named(int node) const;
    RequestType pickRequestType();

    const Topology m_design;
    SimulationConfig m_config;
    Random m_random;
    EventQueue m_queue;
    double m_now = 0;
    int m_second = 0;   // the open second [m_second, m_second + 1)
    std::uint64_t m_processed = 0;
    std::uint32_t m_requestStream = 0;   // arrival events of older rates are stale
    std::uint32_t m_attackStream = 0;

    MachineQueues m_machines;
    std::vector<char> m_failed;         // stopped by the user
    std::vector<char> m_down;           // failed, or hosted by a failed server

    std::vector<std::unique_ptr<Topology>> m_designs;   // what each route table was built from
    std::vector<std::unique_ptr<RouteTable>> m_tables;  // kept while requests may follow them
    const RouteTable *m_routes = nullptr;
    std::unique_ptr<BalancerState> m_balancer;
    std::unique_ptr<DatabaseCluster> m_databases;
    std::unique_ptr<AttackSurface> m_attackSurface;

    std::vector<Request> m_requests;
    std::vector<std::uint32_t> m_freeSlots;

    std::unique_ptr<MonitoringService> m_monitoring;
    std::unique_ptr<SampleRecorder> m_recorder;
    std::function<void(const SecondSample &)> m_observer;
    QList<SimulationEvent> m_events;
};

} // namespace infralab
