#include "RouteTable.h"

#include "CostModel.h"
#include "SimulationConfig.h"

#include "model/Topology.h"
#include "walkthrough/DatabaseChoice.h"
#include "walkthrough/EntryPoint.h"
#include "walkthrough/FirewallVerdict.h"
#include "walkthrough/Narration.h"
#include "walkthrough/Network.h"

#include <algorithm>

namespace infralab {

namespace {

constexpr int kHttpPort = 80;
constexpr int kHttpsPort = 443;
constexpr int kMySqlPort = 3306;   // seed 002: firewall 3 allows "MySQL port 3306"

std::vector<int> toVector(const QList<int> &list)
{
    return {list.begin(), list.end()};
}

Network::Gate letsIn(const Node &source, int port)
{
    return [&source, port](const Node &firewall) { return firewallVerdict(firewall, source, port).allowed; };
}

} // namespace

RouteTable::RouteTable(const Topology &topology, const SimulationConfig &config)
    : m_topology(topology)
    , m_config(config)
{
    const Network network(topology);
    findEntry(network);
    if (m_entry < 0)
        return;
    const Node &entry = network.node(m_entry);
    m_https = entry.kind == NodeKind::LoadBalancer ? loadBalancerTls(entry) != TlsMode::None
                                                   : entry.props.value(u"tls").toBool(false);
    const std::vector<RouteStage> front = inbound(network, m_https ? kHttpsPort : kHttpPort);
    if (entry.kind != NodeKind::LoadBalancer) {
        addBackend(network, front, m_entry, {});
    } else {
        // Seed 000, step 6: the load balancer picks "one of the available
        // servers": the web servers its firewalls let it reach, in file order.
        m_balancer = m_entry;
        const TlsMode tls = loadBalancerTls(entry);
        m_backendEncrypted = tls == TlsMode::Reencrypt || tls == TlsMode::Passthrough;
        const auto webServers = [&network](const Network::Reach &reach) {
            std::vector<int> found;
            for (int stop : reach.stops()) {
                if (network.node(stop).kind == NodeKind::WebServer)
                    found.push_back(stop);
            }
            std::sort(found.begin(), found.end());
            return found;
        };
        Network::Reach reach = network.reach(m_entry, letsIn(entry, m_backendEncrypted ? kHttpsPort : kHttpPort));
        std::vector<int> backends = webServers(reach);
        if (backends.empty()) {
            // Every backend is behind a firewall that drops this traffic: the
            // requests still go, and are dropped there.
            reach = network.reach(m_entry);
            backends = webServers(reach);
        }
        if (backends.empty())
            m_problem = Narration(topology).noBackend(entry);
        for (int web : backends)
            addBackend(network, front, web, toVector(reach.pathTo(web)));
    }
    m_routes.reserve(m_slices.size());
    for (std::size_t i = 0; i < m_slices.size(); ++i)
        m_routes.push_back({m_stages.data() + m_slices[i][0], m_stages.data() + m_slices[i][1], m_returnTravel[i]});
}

// Seed 000, steps 1 to 3, as the walkthrough reads them: the first browser,
// the design's domain, the DNS record naming the entry point.
void RouteTable::findEntry(const Network &network)
{
    const Narration say(m_topology);
    const QList<const Node *> clients = m_topology.nodesOfKind(NodeKind::Client);
    if (clients.isEmpty()) {
        m_problem = say.noClient();
        return;
    }
    m_client = network.indexOf(clients.first()->id);
    const Node &client = *clients.first();
    const QString &domain = m_topology.domain;
    if (domain.isEmpty()) {
        m_problem = say.noDomain();
        return;
    }
    const QList<const Node *> servers = m_topology.nodesOfKind(NodeKind::Dns);
    if (servers.isEmpty()) {
        m_problem = say.noDnsServer(client, domain);
        return;
    }
    for (const Node *server : servers) {
        for (const DnsRecord &record : dnsRecords(*server)) {
            if (!sameDomainName(record.name, domain))
                continue;
            const Node *target = m_topology.node(record.target);
            for (qsizetype i = 0; !target && isValidIpAddress(record.target) && i < m_topology.nodes().size(); ++i) {
                if (nodeIp(m_topology.nodes()[i]) == record.target)
                    target = &m_topology.nodes()[i];
            }
            if (!target) {
                m_problem = say.unknownAddress(*server, domain, record.target);
                return;
            }
            const Node *entry = frontOf(m_topology, *target);
            if (!entry) {
                m_problem = say.notAnEntry(*server, domain, *target);
                return;
            }
            m_entry = network.indexOf(entry->id);
            return;
        }
    }
    m_problem = say.noDnsRecord(*servers.first(), domain);
}

// Seed 000, steps 4 to 6: from the browser through the firewalls in front
// of the entry point (each evaluated for the browser and the port), and the
// load balancer's work when the entry is one.
std::vector<RouteStage> RouteTable::inbound(const Network &network, int port)
{
    const Node &client = network.node(m_client);
    const Network::Reach open = network.reach(m_client, letsIn(client, port));
    const std::vector<int> path =
        toVector(open.reached(m_entry) ? open.pathTo(m_entry) : network.reach(m_client).pathTo(m_entry));
    std::vector<RouteStage> stages;
    if (path.empty()) {
        m_problem = Narration(m_topology).noRoute(client, network.node(m_entry));
        m_entry = -1;
        return stages;
    }
    appendPath(network, stages, path, client, port, true);
    // The browser is far away; the hops after it are in one data centre.
    stages.front().travel = m_config.internetLatency;
    if (network.node(m_entry).kind == NodeKind::LoadBalancer)
        appendWork(network, stages, m_entry, cost::loadBalancer(network.node(m_entry)));
    return stages;
}

void RouteTable::addBackend(const Network &network, const std::vector<RouteStage> &front, int web,
                            const std::vector<int> &backendPath)
{
    if (m_entry < 0)
        return;
    m_backends.push_back(web);
    const Node &webNode = network.node(web);
    // Seed 000, steps 10 and 11: the application server on the same
    // server first, else the nearest one (the walkthrough's choice).
    const Network::Reach fromWeb = network.reach(web);
    int app = -1;
    for (int stop : fromWeb.stops()) {
        const Node &node = network.node(stop);
        if (node.kind != NodeKind::AppServer)
            continue;
        if (app < 0
            || (!webNode.host.isEmpty() && node.host == webNode.host && network.node(app).host != webNode.host))
            app = stop;
    }
    const bool hasDatabases = !m_topology.nodesOfKind(NodeKind::Database).isEmpty();

    for (RequestType request : allRequestTypes()) {
        std::vector<RouteStage> stages = front;
        if (!backendPath.empty())
            appendPath(network, stages, backendPath, network.node(m_balancer),
                       m_backendEncrypted ? kHttpsPort : kHttpPort, true);
        const bool decrypts = m_balancer >= 0 ? m_backendEncrypted : m_https;
        appendWork(network, stages, web, cost::webServer(webNode, request, decrypts));
        if (request != RequestType::Static) {
            if (app < 0) {
                stages.push_back({web, web, 0, 0, RouteStage::Type::Fail, false, -1});
            } else {
                // The port between web and application is not in the file
                // format: the walkthrough passes these firewalls, so do we.
                appendPath(network, stages, toVector(fromWeb.pathTo(app)), webNode, 0, false);
                const Node &appNode = network.node(app);
                appendWork(network, stages, app, cost::appServer(appNode, request));
                if (hasDatabases) {
                    // Seed 000, step 12: MySQL on port 3306 through firewall 3.
                    Network::Reach reach = network.reach(app, letsIn(appNode, kMySqlPort));
                    const Node *database = chooseDatabase(network, reach, appNode, request);
                    if (!database) {
                        reach = network.reach(app);
                        database = chooseDatabase(network, reach, appNode, request);
                    }
                    if (!database) {
                        stages.push_back({app, app, 0, 0, RouteStage::Type::Fail, false, -1});
                    } else {
                        const int db = network.indexOf(database->id);
                        appendPath(network, stages, toVector(reach.pathTo(db)), appNode, kMySqlPort, true);
                        appendWork(network, stages, db, cost::database(*database, request));
                    }
                }
            }
        }
        double travel = 0;
        for (const RouteStage &stage : stages)
            travel += stage.travel;
        m_slices.push_back({m_stages.size(), m_stages.size() + stages.size()});
        m_returnTravel.push_back(travel);
        m_stages.insert(m_stages.end(), stages.begin(), stages.end());
    }
}

// The firewalls between the two ends of `path` become stages; the links
// crossed become travel time, carried to the next stage.
void RouteTable::appendPath(const Network &network, std::vector<RouteStage> &stages, const std::vector<int> &path,
                            const Node &source, int port, bool evaluate) const
{
    double travel = 0;
    for (std::size_t i = 1; i < path.size(); ++i) {
        travel += m_config.hopLatency;
        const Node &node = network.node(path[i]);
        if (i + 1 == path.size() || node.kind != NodeKind::Firewall || !evaluate)
            continue;
        const FirewallVerdict verdict = firewallVerdict(node, source, port);
        stages.push_back({path[i], path[i], cost::firewallPacket(node), travel, RouteStage::Type::Firewall,
                          verdict.allowed, verdict.rule});
        travel = 0;
    }
    // The end of the path is the next Work stage: it gets the rest of the way.
    stages.push_back({path.back(), -1, 0, travel, RouteStage::Type::Work, true, -1});
}

void RouteTable::appendWork(const Network &network, std::vector<RouteStage> &stages, int node, double cost) const
{
    // appendPath left a placeholder for the path's end; a lone node has none.
    if (stages.empty() || stages.back().machine >= 0 || stages.back().node != node
        || stages.back().type != RouteStage::Type::Work)
        stages.push_back({node, -1, 0, 0, RouteStage::Type::Work, true, -1});
    RouteStage &stage = stages.back();
    const Node &component = network.node(node);
    const int host = network.indexOf(component.host);
    stage.machine = host >= 0 && network.node(host).kind == NodeKind::Server ? host : node;
    stage.cost = cost;
}

} // namespace infralab
