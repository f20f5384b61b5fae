#include "PlaintextHopRule.h"

#include "InternetReach.h"
#include "RequestGraph.h"
#include "model/Properties.h"

#include <QQueue>
#include <QSet>

#include <algorithm>

namespace infralab {

namespace {

// Hops from the clients along request links, for telling a load balancer's
// backends from what lies on the clients' side of it.
QList<int> distanceFromClients(const RequestGraph &graph)
{
    QList<int> distance(graph.size(), -1);
    QQueue<int> queue;
    for (int client : graph.ofKind(NodeKind::Client)) {
        distance[client] = 0;
        queue.enqueue(client);
    }
    while (!queue.isEmpty()) {
        const int u = queue.dequeue();
        for (int v : graph.requestLinks(u)) {
            if (distance[v] < 0) {
                distance[v] = distance[u] + 1;
                queue.enqueue(v);
            }
        }
    }
    return distance;
}

// The tier nodes a load balancer forwards to: past any firewalls, further
// from the clients than the load balancer itself.
QList<int> backendsOf(const RequestGraph &graph, int balancer, const QList<int> &distance)
{
    QList<int> backends;
    QSet<int> seen{balancer};
    QList<int> queue{balancer};
    for (qsizetype next = 0; next < queue.size(); ++next) {
        const int u = queue[next];
        if (u != balancer && graph.kind(u) != NodeKind::Firewall)
            continue;
        for (int v : graph.requestLinks(u)) {
            if (seen.contains(v))
                continue;
            seen.insert(v);
            queue.append(v);
            if (isTier(graph.kind(v)) && distance[v] > distance[balancer])
                backends.append(v);
        }
    }
    std::sort(backends.begin(), backends.end());
    return backends;
}

} // namespace

QList<Finding> PlaintextHopRule::check(const RequestGraph &graph, const InternetReach &internet) const
{
    QList<Finding> findings = terminatingBalancers(graph);
    // With no HTTPS anywhere, the missing encryption is no-https's finding.
    const QList<int> entries = internet.entryPoints();
    if (std::any_of(entries.cbegin(), entries.cend(), [&](int entry) { return servesHttps(graph, entry); }))
        findings.append(plainDatabases(graph));
    return findings;
}

QList<Finding> PlaintextHopRule::terminatingBalancers(const RequestGraph &graph)
{
    QList<Finding> findings;
    const QList<int> distance = distanceFromClients(graph);
    for (int balancer : graph.ofKind(NodeKind::LoadBalancer)) {
        if (loadBalancerTls(graph.node(balancer)) != TlsMode::Terminate)
            continue;
        const QList<int> backends = backendsOf(graph, balancer, distance);
        const QString message = backends.isEmpty()
            ? tr("%1 ends HTTPS and passes the requests on unencrypted").arg(graph.name(balancer))
            : tr("%1 ends HTTPS and forwards plain HTTP to %2").arg(graph.name(balancer), graph.names(backends));
        findings.append(makeFinding(
            Rule::PlaintextHop, {graph.node(balancer).id}, message,
            tr("The browser's connection is encrypted only as far as the load balancer; from there, requests, "
               "cookies and passwords cross the internal network in clear, readable by anyone who gets a "
               "foothold inside. Set the load balancer to re-encrypt towards the servers (tls: reencrypt), or "
               "to pass TLS through so the web servers hold the certificate (tls: passthrough).")));
    }
    return findings;
}

QList<Finding> PlaintextHopRule::plainDatabases(const RequestGraph &graph)
{
    // Databases an application server reaches over the network: through
    // firewalls, or linked straight from another machine. A direct link on
    // the same server stays inside the machine.
    QList<bool> plain(graph.size(), false);
    QList<bool> seen(graph.size(), false);
    QQueue<int> firewalls;
    const auto visit = [&](int from, int to) {
        if (graph.kind(to) == NodeKind::Database) {
            const bool local = graph.kind(from) == NodeKind::AppServer && graph.host(from) >= 0
                && graph.host(from) == graph.host(to);
            if (!local && !databaseTls(graph.node(to)))
                plain[to] = true;
        } else if (graph.kind(to) == NodeKind::Firewall && !seen[to]) {
            seen[to] = true;
            firewalls.enqueue(to);
        }
    };
    for (int app : graph.ofKind(NodeKind::AppServer)) {
        for (int v : graph.requestLinks(app))
            visit(app, v);
    }
    while (!firewalls.isEmpty()) {
        const int firewall = firewalls.dequeue();
        for (int v : graph.requestLinks(firewall))
            visit(firewall, v);
    }

    QList<int> databases;
    for (int database : graph.ofKind(NodeKind::Database)) {
        if (plain[database])
            databases.append(database);
    }
    if (databases.isEmpty())
        return {};
    return {makeFinding(
        Rule::PlaintextHop, graph.ids(databases),
        tr("The application servers query %1 without TLS").arg(graph.names(databases)),
        tr("The site speaks HTTPS to the browsers, but the queries and the rows that come back, user data "
           "included, cross the network to the database in clear. Turn on TLS for the database connections "
           "(tls: true on the database) so the last hop is as private as the first."))};
}

} // namespace infralab
