#pragma once

#include "model/Properties.h"

namespace infralab {

struct Node;

// What a firewall decides for traffic from one node on one port.
struct FirewallVerdict
{
    bool allowed = false;
    int rule = -1;        // 0-based index of the rule that decided; -1: the default policy
    FirewallRule matched; // that rule, when one decided

    friend bool operator==(const FirewallVerdict &, const FirewallVerdict &) = default;
};

// Evaluates the firewall's ordered rules: the first whose port and `from`
// match decides, else the default policy (deny unless set). Seed 002:
// "Firewall 3: Protects the database server, allowing only internal traffic
// (e.g., from the application servers) on MySQL port 3306."
FirewallVerdict firewallVerdict(const Node &firewall, const Node &source, int port);

// Whether a rule's `from` covers `source`: "any", its id, its kind's JSON
// name, or the id of the server that hosts it (a rule naming a machine covers
// what runs on it).
bool ruleCoversSource(const QString &from, const Node &source);

} // namespace infralab
