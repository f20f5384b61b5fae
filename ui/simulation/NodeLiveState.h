#pragma once

#include <QtGlobal>

namespace infralab {

// What the canvas shows of one node during a simulation run: plain data, so
// an item repaints only when it really changes.
struct NodeLiveState
{
    bool hasLoad = false;     // a CPU to show (not the browser, DNS or the monitoring service)
    int cpu = 0;              // percent of its machine, 0 to 100, in the last closed second
    bool down = false;        // failed itself, or its server is
    bool failedItself = false;   // the user failed this node (not only its server)
    bool countsDrops = false;    // a firewall
    int drops = 0;            // packets dropped in the last closed second
    qint64 totalDrops = 0;    // since the start of the run

    friend bool operator==(const NodeLiveState &, const NodeLiveState &) = default;
};

} // namespace infralab
