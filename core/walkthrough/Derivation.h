#pragma once

#include "Narration.h"
#include "Network.h"
#include "StepRecorder.h"

#include "model/Node.h"
#include "Walkthrough.h"

#include <QList>

namespace infralab {

// Follows one request through a design, step by step, in the order of seed
// 000: DNS, the entry point and its firewalls, the load balancer and its
// choice, the server's monitoring agent, the web server, the application,
// the database, the way back, the agents' report. Each phase returns false
// when the request cannot go on; the last step then says why.
class Derivation
{
public:
    Derivation(const Topology &topology, RequestType request, int turn);

    Walkthrough run();

private:
    bool lookUpDomain();
    bool reachEntry();
    bool balance();
    bool reachWebServer(const QList<int> &path, qsizetype lastStop);
    bool runApplication();
    bool queryDatabase();
    void respond();
    void report();

    // The route from `start` to `target`, through firewalls that let
    // `source` in on `port` when there is one, else the blocked route.
    QList<int> route(int start, int target, const Node &source, int port) const;
    // Emits a step for each firewall on `path` (seed 000, steps 5 and 7) and
    // returns the position on `path` of the last one, or -1 when one drops
    // the request (the walkthrough is then blocked).
    qsizetype crossFirewalls(const QList<int> &path, const Node &source, int port, bool encrypted, bool incoming);
    int indexOf(const Node &node) const { return m_network.indexOf(node.id); }
    const Node &at(int index) const { return m_network.node(index); }

    const Topology &m_topology;
    const RequestType m_request;
    const int m_turn;
    const Network m_network;
    const Narration m_say;
    StepRecorder m_steps;

    const Node *m_client = nullptr;
    const Node *m_entry = nullptr;      // what the domain leads to: a load balancer or a web server
    const Node *m_balancer = nullptr;
    const Node *m_web = nullptr;
    const Node *m_app = nullptr;
    bool m_https = false;               // between the browser and the entry point
    bool m_backendEncrypted = false;    // between the load balancer and the web server
    QList<int> m_inbound;               // browser ... entry
    qsizetype m_entryStop = 0;          // position on m_inbound of the last firewall, or of the browser
    QList<int> m_backend;               // load balancer ... web server
    QList<int> m_toApp;                 // web server ... application server
};

} // namespace infralab
