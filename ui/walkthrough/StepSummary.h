#pragma once

#include "canvas/PacketToken.h"

#include <QString>

namespace infralab {

class Topology;
struct Step;
struct Walkthrough;

// One line under the narration saying where the step happens, in the
// design's own names: "Browser → Firewall 1 → HAProxy", "In App server
// (Server 1)", "Monitoring client (Server 1) and 2 others → Sumologic".
// Components are named with their server: three "Nginx" are otherwise alike.
QString stepRoute(const Step &step, const Topology &topology);

// "Encrypted · port 443", "Plaintext · port 3306", "Encrypted" inside a node.
QString stepWire(const Step &step);

// How step `index` looks on the wire: its packet on the canvas and its
// badge in the step list. The last step of a blocked walkthrough is where
// the request is dropped.
PacketToken::Look stepLook(const Walkthrough &walkthrough, int index);

} // namespace infralab
