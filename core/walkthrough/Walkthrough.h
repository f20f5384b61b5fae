#pragma once

#include "RequestType.h"
#include "Step.h"

#include <QList>
#include <QString>

namespace infralab {

class Topology;
class WalkthroughState;

// The journey of one request through a design, derived from its graph.
struct Walkthrough
{
    RequestType request = RequestType::Read;
    QList<Step> steps;
    // Why the request cannot get through, in a student's words ("Firewall 2
    // drops the request: no rule allows port 80 from HAProxy"); the last
    // step says the same. Empty when the page reaches the browser.
    QString blocked;

    bool isBlocked() const { return !blocked.isEmpty(); }

    friend bool operator==(const Walkthrough &, const Walkthrough &) = default;
};

// The path of the `turn`-th request of a session (0 for the first): a
// round-robin load balancer sends it to backend `turn` modulo the number of
// servers it can reach. Reads the topology only; nothing is stored per design.
Walkthrough deriveWalkthrough(const Topology &topology, RequestType request, int turn = 0);

// The same for the session's current turn, then advances the session so the
// next walkthrough goes to the next server.
Walkthrough deriveWalkthrough(const Topology &topology, RequestType request, WalkthroughState &state);

} // namespace infralab
