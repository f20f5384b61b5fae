#pragma once

#include "walkthrough/RequestType.h"

namespace infralab {

struct Node;

// CPU seconds one request costs each component, by kind and by what it does
// with the request. The defaults are orders of magnitude of a small VM: a
// proxy hop is tens of microseconds, TLS adds a few hundred, the application
// code and the database take milliseconds. A node's `cpuMs` sets the cost of
// a dynamic read on it; its other request types scale as the defaults do.
namespace cost {

// Filtering one packet against the rule list.
double firewallPacket(const Node &firewall);
// The load balancer's share: proxying, plus TLS as its `tls` mode says
// (decrypting and encrypting the response; re-encryption pays both sides;
// passthrough only splices TCP).
double loadBalancer(const Node &balancer);
// The web server answers a static file itself or proxies a dynamic request;
// `decrypts` when HTTPS reaches it (re-encryption, passthrough, or no load
// balancer in front of a web server holding the certificate).
double webServer(const Node &web, RequestType request, bool decrypts);
double appServer(const Node &app, RequestType request);
double database(const Node &database, RequestType request);
// An agent gathering and sending its server's metrics, once a second.
double monitoringReport();

} // namespace cost

} // namespace infralab
