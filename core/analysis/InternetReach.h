#pragma once

#include "RequestGraph.h"
#include "model/Properties.h"

#include <QList>

namespace infralab {

// Components that answer or relay user traffic in a tier: load balancers,
// web and application servers, databases, and a server someone linked to.
bool isTier(NodeKind kind);

// Whether browsers reaching this node speak HTTPS to it: a load balancer
// with any tls mode but "none", a web server with "tls": true, or a linked
// server that runs such a web server.
bool servesHttps(const RequestGraph &graph, int node);

struct PortReach
{
    QList<int> firewalls;   // firewalls that let the packet through, file order
    QList<int> tiers;       // tier nodes it reaches, file order
};

// What traffic from the internet meets on its way in. The client nodes stand
// for the internet (DESIGN.md: the client stands outside the infrastructure);
// traffic spreads from them along the request links.
class InternetReach
{
public:
    // Stands for "a port no rule names", which only the policy decides.
    static constexpr int kUnnamedPort = 0;

    explicit InternetReach(const RequestGraph &graph);

    // Whether a firewall lets a packet from the internet through on `port`:
    // the rules in order, the first that matches wins, then the policy (deny
    // unless set). A rule matches the internet when it comes from "any", from
    // the "client" kind or from a client node (DESIGN.md, firewall.props.rules).
    bool letsThrough(int firewall, int port) const;
    // The ports some firewall rule names for traffic from the internet, sorted:
    // any other port fares as kUnnamedPort does.
    QList<int> namedPorts() const;

    // Where browsers connect: the first nodes past the clients and the
    // firewalls right in front of them (whatever those firewalls' rules say).
    QList<int> entryPoints() const;
    // Tier nodes the internet reaches along some path that crosses no firewall.
    QList<int> unfilteredTiers() const;
    // Where a packet from the internet to `port` gets. Every node it reaches
    // passes it on: the links are the network, only firewalls filter.
    PortReach onPort(int port) const;

private:
    struct Filter
    {
        QList<FirewallRule> rules;   // only the rules that match the internet
        bool policyAllows = false;
    };

    const RequestGraph &m_graph;
    QList<Filter> m_filters;   // by node index; empty for other kinds
};

} // namespace infralab
