#pragma once

#include "HealthTracker.h"
#include "SimulationEvent.h"

#include "model/Properties.h"
#include "model/Topology.h"

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace infralab {

// The databases as the application sees them: which answer, and which one
// takes writes. Seed 003: "the Primary node handles write operations";
// DESIGN.md: a replica with `failover: automatic` is promoted when the
// primary fails. Checks every database, notices a dead one after `fall`
// failed checks, promotes, and describes the design the application then
// uses, so the routes can be derived again with the walkthrough's rules.
class DatabaseCluster
{
public:
    explicit DatabaseCluster(const Topology &design);

    bool isEmpty() const { return m_databases.empty(); }

    using Change = std::pair<SimulationEventKind, int>;   // what, and which node
    // One round of checks; `answers(i)` says whether node i is up. Appends
    // what changed; returns true when the routes must change.
    bool check(const std::function<bool(int)> &answers, int fall, int rise, std::vector<Change> &changes);

    // The design with promoted replicas as primaries (and a primary that
    // comes back after a promotion as a replica), and the databases seen
    // down cut off, so no route leads to them.
    Topology effectiveDesign() const;

    DatabaseRole role(int node) const;

private:
    const Topology &m_design;
    std::vector<int> m_databases;   // node indexes, in file order
    HealthTracker m_health;
    std::vector<std::optional<DatabaseRole>> m_roles;   // by node: set once the role changed
};

} // namespace infralab
