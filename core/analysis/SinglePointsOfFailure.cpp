#include "SinglePointsOfFailure.h"

#include "CutVertices.h"

#include <QQueue>
#include <QSet>

namespace infralab {

namespace {

// The request graph plus two ends: `source` links every client, `sink`
// every node that holds the data. Vertex i < graph.size() is node i.
struct Network
{
    QList<QList<int>> adjacency;
    int source = 0;
    int sink = 0;
};

QList<int> dataHolders(const RequestGraph &graph)
{
    for (NodeKind kind : {NodeKind::Database, NodeKind::AppServer, NodeKind::WebServer, NodeKind::LoadBalancer}) {
        if (!graph.ofKind(kind).isEmpty())
            return graph.ofKind(kind);
    }
    return {};
}

Network requestNetwork(const RequestGraph &graph)
{
    Network network;
    network.source = graph.size();
    network.sink = graph.size() + 1;
    network.adjacency.resize(graph.size() + 2);
    for (int i = 0; i < graph.size(); ++i)
        network.adjacency[i] = graph.requestLinks(i);
    const auto join = [&](int a, int b) {
        network.adjacency[a].append(b);
        network.adjacency[b].append(a);
    };
    for (int client : graph.ofKind(NodeKind::Client))
        join(network.source, client);
    for (int holder : dataHolders(graph))
        join(holder, network.sink);
    return network;
}

// What leaves the request path when a server fails: the components it runs
// and the machine itself, for those that have request links.
QList<int> failingWith(const RequestGraph &graph, int server)
{
    QList<int> members;
    if (!graph.requestLinks(server).isEmpty())
        members.append(server);
    for (int hosted : graph.hosted(server)) {
        if (!graph.requestLinks(hosted).isEmpty())
            members.append(hosted);
    }
    return members;
}

// Whether the members reach one another over links among themselves.
// `group[i]` is the server whose members i belongs to.
bool linkedTogether(const Network &network, const QList<int> &members, const QList<int> &group)
{
    const int server = group[members.first()];
    QSet<int> seen{members.first()};
    QList<int> queue{members.first()};
    for (qsizetype next = 0; next < queue.size(); ++next) {
        for (int w : network.adjacency[queue[next]]) {
            if (group[w] == server && !seen.contains(w)) {
                seen.insert(w);
                queue.append(w);
            }
        }
    }
    return queue.size() == members.size();
}

bool sinkReachableWithout(const Network &network, const QList<int> &removed)
{
    QList<bool> blocked(network.adjacency.size(), false);
    for (int i : removed)
        blocked[i] = true;
    blocked[network.source] = true;
    QQueue<int> queue;
    queue.enqueue(network.source);
    while (!queue.isEmpty()) {
        for (int w : network.adjacency[queue.dequeue()]) {
            if (w == network.sink)
                return true;
            if (!blocked[w]) {
                blocked[w] = true;
                queue.enqueue(w);
            }
        }
    }
    return false;
}

} // namespace

QList<int> singlePointsOfFailure(const RequestGraph &graph)
{
    const Network network = requestNetwork(graph);
    const int vertexCount = int(network.adjacency.size());

    // A server whose request-path members are linked together fails like one
    // node: merging them into one vertex keeps every path of the design and
    // lets one search find all cut points. Members that reach one another
    // only through other nodes (app and database on one machine, a firewall
    // between them) would gain a path they do not have; those servers are
    // tried one by one instead.
    QList<int> group(vertexCount, -1);
    QList<int> triedAlone;
    for (int server : graph.ofKind(NodeKind::Server)) {
        const QList<int> members = failingWith(graph, server);
        for (int m : members)
            group[m] = server;
        if (!members.isEmpty() && !linkedTogether(network, members, group)) {
            for (int m : members)
                group[m] = -1;
            triedAlone.append(server);
        }
    }

    // Vertex of the merged graph for each node; what to report for each vertex.
    QList<int> unitOf(vertexCount, -1);
    QList<int> reported;
    QList<int> unitOfServer(graph.size(), -1);
    for (int v = 0; v < vertexCount; ++v) {
        const int server = group[v];
        if (server >= 0 && unitOfServer[server] >= 0) {
            unitOf[v] = unitOfServer[server];
            continue;
        }
        unitOf[v] = int(reported.size());
        reported.append(server >= 0 ? server : (v < graph.size() ? v : -1));
        if (server >= 0)
            unitOfServer[server] = unitOf[v];
    }
    QList<QList<int>> merged(reported.size());
    for (int v = 0; v < vertexCount; ++v) {
        for (int w : network.adjacency[v]) {
            if (unitOf[v] != unitOf[w])
                merged[unitOf[v]].append(unitOf[w]);
        }
    }

    const std::optional<QList<int>> cuts = verticesOnEveryPath(merged, unitOf[network.source], unitOf[network.sink]);
    if (!cuts)
        return {};
    QList<bool> failing(graph.size(), false);
    for (int unit : *cuts) {
        const int node = reported[unit];
        if (node < 0 || isOutsideInfrastructure(graph.kind(node)))
            continue;
        // A component of a server tried alone: the whole machine goes with it.
        failing[graph.host(node) >= 0 ? graph.host(node) : node] = true;
    }
    for (int server : triedAlone) {
        if (!failing[server] && !sinkReachableWithout(network, failingWith(graph, server)))
            failing[server] = true;
    }

    QList<int> result;
    for (int i = 0; i < graph.size(); ++i) {
        if (failing[i])
            result.append(i);
    }
    return result;
}

} // namespace infralab
