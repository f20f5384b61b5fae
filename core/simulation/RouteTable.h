#pragma once

#include "walkthrough/RequestType.h"

#include <QString>

#include <array>
#include <cstdint>
#include <vector>

namespace infralab {

class Network;
class Topology;
struct Node;
struct SimulationConfig;

// One thing that happens to a request on its way in, in order.
struct RouteStage
{
    enum class Type : std::uint8_t {
        Work,       // queue for the CPU of `machine`, then `cost` seconds of it
        Firewall,   // the rules decide at once: `allowed`, by `rule` (-1: the policy)
        Fail,       // the design cannot serve it here (no application, no database)
    };
    int node = -1;       // index in the design's node list
    int machine = -1;    // whose CPU does the work: the hosting server, or the node
    double cost = 0;     // CPU seconds
    double travel = 0;   // seconds on the wire before reaching `node`
    Type type = Type::Work;
    bool allowed = true;
    int rule = -1;

    friend bool operator==(const RouteStage &, const RouteStage &) = default;
};

// The way of one request type to one backend: a slice of the stages.
struct Route
{
    const RouteStage *begin = nullptr;
    const RouteStage *end = nullptr;
    double returnTravel = 0;   // the response's way back to the browser
};

// Every path a request can take through a design, computed once with the
// walkthrough's rules (Network, firewallVerdict, chooseBackend's backends,
// chooseDatabase) so that the event loop only looks a route up. Built again
// when a database is found dead or a replica is promoted: the caller passes
// the design as the application then sees it.
class RouteTable
{
public:
    RouteTable(const Topology &topology, const SimulationConfig &config);
    RouteTable(const RouteTable &) = delete;
    RouteTable &operator=(const RouteTable &) = delete;

    int client() const { return m_client; }        // -1 when the design has none
    int entry() const { return m_entry; }          // what DNS leads to; -1 when nothing
    int balancer() const { return m_balancer; }    // -1 when the entry is a web server
    // The web servers the load balancer can send to, in file order (the
    // entry alone when there is no load balancer).
    const std::vector<int> &backends() const { return m_backends; }
    const Route &route(std::size_t backend, RequestType request) const
    {
        return m_routes[backend * 3 + std::size_t(request)];
    }
    // Why no request gets in (no client, no DNS record...); empty otherwise.
    const QString &problem() const { return m_problem; }

private:
    void findEntry(const Network &network);
    std::vector<RouteStage> inbound(const Network &network, int port);
    void addBackend(const Network &network, const std::vector<RouteStage> &front, int web,
                    const std::vector<int> &backendPath);
    void appendPath(const Network &network, std::vector<RouteStage> &stages, const std::vector<int> &path,
                    const Node &source, int port, bool evaluate) const;
    void appendWork(const Network &network, std::vector<RouteStage> &stages, int node, double cost) const;

    const Topology &m_topology;
    const SimulationConfig &m_config;
    int m_client = -1;
    int m_entry = -1;
    int m_balancer = -1;
    bool m_https = false;
    bool m_backendEncrypted = false;
    std::vector<int> m_backends;
    std::vector<RouteStage> m_stages;
    std::vector<std::array<std::size_t, 2>> m_slices;   // [begin, end) in m_stages, per route
    std::vector<double> m_returnTravel;
    std::vector<Route> m_routes;                         // backend * 3 + request type
    QString m_problem;
};

} // namespace infralab
