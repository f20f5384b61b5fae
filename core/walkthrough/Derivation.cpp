#include "Derivation.h"

#include "BackendChoice.h"
#include "DatabaseChoice.h"
#include "EntryPoint.h"

#include "model/Topology.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

constexpr int kDnsPort = 53;
constexpr int kHttpPort = 80;
constexpr int kHttpsPort = 443;
constexpr int kMySqlPort = 3306;   // seed 002: firewall 3 allows "MySQL port 3306"

int portFor(bool encrypted)
{
    return encrypted ? kHttpsPort : kHttpPort;
}

QList<int> reversed(QList<int> path)
{
    std::reverse(path.begin(), path.end());
    return path;
}

// `a` then `b`, where `b` starts at the node `a` ends with.
QList<int> joined(const QList<int> &a, const QList<int> &b)
{
    return a + b.mid(1);
}

} // namespace

Derivation::Derivation(const Topology &topology, RequestType request, int turn)
    : m_topology(topology)
    , m_request(request)
    , m_turn(turn)
    , m_network(topology)
    , m_say(topology)
    , m_steps(m_network, request)
{
}

Walkthrough Derivation::run()
{
    if (lookUpDomain() && reachEntry() && (m_balancer ? balance() : reachWebServer(m_inbound, m_entryStop))
        && runApplication() && queryDatabase()) {
        respond();
        report();
    }
    return m_steps.walkthrough();
}

// Seed 000, steps 1 to 3: the user types the name, the browser asks DNS, DNS
// answers with the address of the entry point (a node, or a server standing
// for the load balancer or web server it runs).
bool Derivation::lookUpDomain()
{
    const QList<const Node *> clients = m_topology.nodesOfKind(NodeKind::Client);
    if (clients.isEmpty()) {
        m_steps.blockBeforeStart(m_say.noClient());
        return false;
    }
    m_client = clients.first();
    const QString &domain = m_topology.domain;
    if (domain.isEmpty())
        return m_steps.block(*m_client, m_say.noDomain());
    m_steps.add(*m_client, false, 0, m_say.typesDomain(*m_client, domain));

    const QList<const Node *> servers = m_topology.nodesOfKind(NodeKind::Dns);
    if (servers.isEmpty())
        return m_steps.block(*m_client, m_say.noDnsServer(*m_client, domain));
    const Node *dns = servers.first();
    std::optional<DnsRecord> record;
    for (const Node *server : servers) {
        for (const DnsRecord &candidate : dnsRecords(*server)) {
            if (!record && sameDomainName(candidate.name, domain)) {
                record = candidate;
                dns = server;
            }
        }
    }
    const QList<int> question{indexOf(*m_client), indexOf(*dns)};
    m_steps.add(question, false, kDnsPort, m_say.asksDns(*m_client, *dns, domain));
    const QList<int> answer = reversed(question);
    if (!record)
        return m_steps.block(answer, false, kDnsPort, m_say.noDnsRecord(*dns, domain));

    const Node *target = m_topology.node(record->target);
    if (!target && isValidIpAddress(record->target)) {
        for (const Node &node : m_topology.nodes()) {
            if (nodeIp(node) == record->target) {
                target = &node;
                break;
            }
        }
    }
    if (!target)
        return m_steps.block(answer, false, kDnsPort, m_say.unknownAddress(*dns, domain, record->target));
    m_entry = frontOf(m_topology, *target);
    if (!m_entry)
        return m_steps.block(answer, false, kDnsPort, m_say.notAnEntry(*dns, domain, *target));
    m_steps.add(answer, false, kDnsPort, m_say.dnsAnswers(*dns, *record, *m_entry));
    return true;
}

// Seed 000, steps 4 and 5: the browser sends the request to the entry
// point's address; each firewall on the way filters it. HTTPS (port 443)
// when the entry point holds a certificate, plain HTTP (port 80) otherwise.
bool Derivation::reachEntry()
{
    if (m_entry->kind == NodeKind::LoadBalancer) {
        m_balancer = m_entry;
        m_https = loadBalancerTls(*m_balancer) != TlsMode::None;
    } else {
        m_https = m_entry->props.value(u"tls").toBool(false);
    }
    const int port = portFor(m_https);
    m_steps.add(*m_client, m_https, port, m_say.sendsRequest(*m_client, *m_entry, port, m_https));
    m_inbound = route(indexOf(*m_client), indexOf(*m_entry), *m_client, port);
    if (m_inbound.isEmpty())
        return m_steps.block(*m_client, m_say.noRoute(*m_client, *m_entry));
    m_entryStop = crossFirewalls(m_inbound, *m_client, port, m_https, true);
    return m_entryStop >= 0;
}

// Seed 000, steps 6 and 7: the load balancer decrypts (as its TLS mode
// says), picks a server by its algorithm, and the request passes the
// firewalls before that server. Its TLS mode decides the backend port:
// 443 when it re-encrypts or passes TLS through, 80 when it ends TLS.
bool Derivation::balance()
{
    const QList<int> arrival = m_inbound.mid(m_entryStop);
    const TlsMode tls = loadBalancerTls(*m_balancer);
    m_backendEncrypted = tls == TlsMode::Reencrypt || tls == TlsMode::Passthrough;
    const int port = portFor(m_backendEncrypted);

    const int start = indexOf(*m_balancer);
    const auto webServers = [this](const Network::Reach &reach) {
        std::vector<int> found;
        for (int stop : reach.stops()) {
            if (at(stop).kind == NodeKind::WebServer)
                found.push_back(stop);
        }
        std::sort(found.begin(), found.end());   // file order: "Server 1, 2, 3"
        return found;
    };
    const Node &balancer = *m_balancer;
    Network::Reach reach = m_network.reach(start, [&balancer, port](const Node &firewall) {
        return firewallVerdict(firewall, balancer, port).allowed;
    });
    std::vector<int> backends = webServers(reach);
    if (backends.empty()) {
        // Every server is behind a firewall that drops this traffic: follow
        // the one the algorithm would pick, to the firewall that stops it.
        reach = m_network.reach(start);
        backends = webServers(reach);
    }
    if (backends.empty())
        return m_steps.block(arrival, m_https, portFor(m_https), m_say.noBackend(*m_balancer));
    const int chosen = backends[std::size_t(
        chooseBackend(loadBalancerAlgorithm(*m_balancer), int(backends.size()), m_turn, m_client->id))];
    m_web = &at(chosen);
    m_backend = reach.pathTo(chosen);
    m_steps.add(arrival, m_https, portFor(m_https), m_say.balancerPicks(*m_balancer, m_topology.domain, *m_web));

    const qsizetype crossed = crossFirewalls(m_backend, *m_balancer, port, m_backendEncrypted, false);
    return crossed >= 0 && reachWebServer(m_backend, crossed);
}

// Seed 000, steps 8 and 9: the monitoring client on the chosen server starts
// collecting, and the request reaches the web server. A static request ends
// its way in here: the web server "serve[s] static content" (seed 002).
bool Derivation::reachWebServer(const QList<int> &path, qsizetype lastStop)
{
    m_web = &at(path.last());
    if (!m_web->host.isEmpty()) {
        for (const Node *node : m_topology.hostedBy(m_web->host)) {
            if (node->kind == NodeKind::MonitoringAgent) {
                m_steps.add(*node, false, 0, m_say.agentNotes(*node));
                break;
            }
        }
    }
    const bool encrypted = m_balancer ? m_backendEncrypted : m_https;
    const int port = portFor(encrypted);
    m_steps.add(path.mid(lastStop), encrypted, port, m_say.webReceives(*m_web, port, encrypted, m_request));
    return true;
}

// Seed 000, steps 10 and 11: the web server, as a reverse proxy, forwards
// to the application server "on the same server" (else the nearest one it
// is linked to), which runs the code. The port between them is not in the
// file format, so firewalls on this hop are passed, not evaluated.
bool Derivation::runApplication()
{
    if (m_request == RequestType::Static)
        return true;
    const Network::Reach reach = m_network.reach(indexOf(*m_web));
    int chosen = -1;
    for (int stop : reach.stops()) {
        const Node &node = at(stop);
        if (node.kind != NodeKind::AppServer)
            continue;
        if (chosen < 0 || (!m_web->host.isEmpty() && node.host == m_web->host && at(chosen).host != m_web->host))
            chosen = stop;
    }
    if (chosen < 0)
        return m_steps.block(*m_web, m_say.noAppServer(*m_web));
    m_app = &at(chosen);
    m_toApp = reach.pathTo(chosen);
    m_steps.add(m_toApp, false, 0, m_say.webForwards(*m_web, *m_app));
    m_steps.add(*m_app, false, 0, m_say.appRuns(*m_app));
    return true;
}

// Seed 000, steps 12 to 14: the application queries MySQL on port 3306
// "passing through the third firewall", MySQL answers, the application
// builds the page. A design without any database skips the query ("if
// necessary", step 12).
bool Derivation::queryDatabase()
{
    if (m_request == RequestType::Static)
        return true;
    if (!m_topology.nodesOfKind(NodeKind::Database).isEmpty()) {
        const Node &app = *m_app;
        Network::Reach reach = m_network.reach(indexOf(app), [&app](const Node &firewall) {
            return firewallVerdict(firewall, app, kMySqlPort).allowed;
        });
        const Node *database = chooseDatabase(m_network, reach, app, m_request);
        if (!database) {
            reach = m_network.reach(indexOf(app));
            database = chooseDatabase(m_network, reach, app, m_request);
        }
        if (!database)
            return m_steps.block(app, m_say.noDatabase(app, m_request));
        const QList<int> path = reach.pathTo(indexOf(*database));
        const bool encrypted = databaseTls(*database);
        QString text = m_say.appQueries(app, *database, m_request, kMySqlPort);
        if (encrypted)
            text += u' ' + m_say.databaseConnectionEncrypted();
        for (qsizetype i = 1; i + 1 < path.size(); ++i) {
            const Node &node = at(path[i]);
            if (node.kind != NodeKind::Firewall)
                continue;
            const FirewallVerdict verdict = firewallVerdict(node, app, kMySqlPort);
            if (!verdict.allowed)
                return m_steps.block(path.first(i + 1), encrypted, kMySqlPort,
                                     m_say.firewallDrops(node, verdict, app, kMySqlPort, true));
            text += u' ' + m_say.firewallOnQuery(node, verdict, kMySqlPort);
        }
        m_steps.add(path, encrypted, kMySqlPort, text);
        m_steps.add(reversed(path), encrypted, kMySqlPort, m_say.databaseAnswers(*database, app, m_request));
    }
    m_steps.add(*m_app, false, 0, m_say.appBuilds(*m_app));
    return true;
}

// Seed 000, steps 15 to 17: the response goes back the way the request
// came. Firewalls let replies through (they track connections), so they are
// passed here, not evaluated again.
void Derivation::respond()
{
    const QList<int> fromApp = m_app ? reversed(m_toApp) : QList<int>{indexOf(*m_web)};
    if (m_balancer) {
        m_steps.add(joined(fromApp, reversed(m_backend)), m_backendEncrypted, portFor(m_backendEncrypted),
                    m_say.backToBalancer(m_app, *m_web, *m_balancer, m_backendEncrypted));
        m_steps.add(reversed(m_inbound), m_https, portFor(m_https),
                    m_say.balancerReturns(*m_balancer, m_topology.domain, *m_client));
    } else {
        m_steps.add(joined(fromApp, reversed(m_inbound)), m_https, portFor(m_https),
                    m_say.backToBrowser(m_app, *m_web, *m_client, m_https));
    }
    m_steps.add(*m_client, m_https, 0, m_say.browserDisplays(*m_client, m_topology.domain, m_https));
}

// Seed 000, step 18: "monitoring clients on each server ... collect data on
// performance, security, and resource usage", sent to an external service
// like Sumologic. One step for every agent linked to a monitoring service;
// the chosen server's agent leads it.
void Derivation::report()
{
    QList<const Node *> agents;
    const Node *service = nullptr;
    const Node *lead = nullptr;
    for (const Node *agent : m_topology.nodesOfKind(NodeKind::MonitoringAgent)) {
        for (int next : m_network.linked(indexOf(*agent))) {
            if (at(next).kind != NodeKind::MonitoringService)
                continue;
            agents.append(agent);
            if (!lead || (agent->host == m_web->host && lead->host != m_web->host && !agent->host.isEmpty())) {
                lead = agent;
                service = &at(next);
            }
            break;
        }
    }
    if (!lead)
        return;
    Step step;
    step.from = lead->id;
    step.to = service->id;
    for (const Node *agent : agents) {
        if (agent != lead)
            step.alsoFrom.append(agent->id);
    }
    step.text = m_say.agentsReport(agents, *service);
    m_steps.add(step);
}

QList<int> Derivation::route(int start, int target, const Node &source, int port) const
{
    const Network::Reach open = m_network.reach(start, [&source, port](const Node &firewall) {
        return firewallVerdict(firewall, source, port).allowed;
    });
    if (open.reached(target))
        return open.pathTo(target);
    return m_network.reach(start).pathTo(target);
}

qsizetype Derivation::crossFirewalls(const QList<int> &path, const Node &source, int port, bool encrypted,
                                     bool incoming)
{
    qsizetype lastStop = 0;
    for (qsizetype i = 1; i + 1 < path.size(); ++i) {
        const Node &firewall = at(path[i]);
        if (firewall.kind != NodeKind::Firewall)
            continue;
        const QList<int> hop = path.mid(lastStop, i - lastStop + 1);
        const FirewallVerdict verdict = firewallVerdict(firewall, source, port);
        if (!verdict.allowed) {
            m_steps.block(hop, encrypted, port, m_say.firewallDrops(firewall, verdict, source, port, false));
            return -1;
        }
        const Node &next = at(path.last());
        m_steps.add(hop, encrypted, port,
                    incoming ? m_say.firewallFiltersIncoming(firewall, verdict, port, next)
                             : m_say.firewallBeforeServer(firewall, verdict, port, next));
        lastStop = i;
    }
    return lastStop;
}

} // namespace infralab
