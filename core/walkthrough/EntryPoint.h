#pragma once

#include <QString>

namespace infralab {

struct Node;
class Topology;

// How a request gets into a design, shared by the walkthrough and the
// simulation so both find the same way in.

// Whether two DNS names are the same: case aside, and with or without the
// root's trailing dot ("www.foobar.com." is "WWW.foobar.com").
bool sameDomainName(const QString &a, const QString &b);

// What answers a browser at the node DNS names: a load balancer or a web
// server, or for a server, the one it runs (its load balancer first);
// nullptr when nothing there can answer.
const Node *frontOf(const Topology &topology, const Node &target);

} // namespace infralab
