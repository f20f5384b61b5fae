#include "DatabaseCluster.h"

namespace infralab {

DatabaseCluster::DatabaseCluster(const Topology &design)
    : m_design(design)
    , m_health(std::size_t(design.nodes().size()))
    , m_roles(std::size_t(design.nodes().size()))
{
    for (qsizetype i = 0; i < design.nodes().size(); ++i) {
        if (design.nodes()[i].kind == NodeKind::Database)
            m_databases.push_back(int(i));
    }
}

DatabaseRole DatabaseCluster::role(int node) const
{
    return m_roles[std::size_t(node)].value_or(databaseRole(m_design.nodes()[node]));
}

bool DatabaseCluster::check(const std::function<bool(int)> &answers, int fall, int rise,
                            std::vector<Change> &changes)
{
    bool changed = false;
    for (int database : m_databases) {
        const HealthTracker::Change change = m_health.check(database, answers(database), fall, rise);
        if (change == HealthTracker::Change::None)
            continue;
        changed = true;
        const bool up = change == HealthTracker::Change::CameUp;
        changes.push_back({up ? SimulationEventKind::DatabaseUp : SimulationEventKind::DatabaseDown, database});
        if (up && role(database) == DatabaseRole::Primary) {
            // A primary back after a promotion would make two writers: it
            // rejoins as a replica of the new one.
            for (int other : m_databases) {
                if (other != database && m_health.seenUp(other) && role(other) == DatabaseRole::Primary) {
                    m_roles[std::size_t(database)] = DatabaseRole::Replica;
                    break;
                }
            }
        }
    }
    // No primary left in service: promote the first replica that may be.
    const auto primaryInService = [this] {
        for (int database : m_databases) {
            if (m_health.seenUp(database) && role(database) == DatabaseRole::Primary)
                return true;
        }
        return false;
    };
    if (changed && !primaryInService()) {
        for (int database : m_databases) {
            if (m_health.seenUp(database) && role(database) == DatabaseRole::Replica
                && databaseFailover(m_design.nodes()[database]) == Failover::Automatic) {
                m_roles[std::size_t(database)] = DatabaseRole::Primary;
                changes.push_back({SimulationEventKind::DatabasePromoted, database});
                break;
            }
        }
    }
    return changed;
}

Topology DatabaseCluster::effectiveDesign() const
{
    Topology design = m_design;
    for (int database : m_databases) {
        Node node = design.nodes()[database];
        if (m_roles[std::size_t(database)]) {
            node.props.insert(QStringLiteral("role"), enumToJson(databaseRoleNames(), *m_roles[std::size_t(database)]));
            design.replaceNode(node);
        }
        if (!m_health.seenUp(database)) {
            for (const Link &link : m_design.linksOf(node.id))
                design.removeLink(link.from, link.to);
        }
    }
    return design;
}

} // namespace infralab
