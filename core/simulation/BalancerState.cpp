#include "BalancerState.h"

namespace infralab {

int BalancerState::choose(const std::vector<int> &backends, std::uint32_t client)
{
    const std::size_t count = backends.size();
    if (m_algorithm == Algorithm::Source) {
        // HAProxy's map-based hash: the client's hash over the servers in
        // service, so a client keeps its server while none changes.
        std::size_t inService = 0;
        for (int web : backends)
            inService += m_health.seenUp(web) ? 1 : 0;
        if (inService == 0)
            return -1;
        std::uint64_t hash = client * 0x9e3779b97f4a7c15ull;
        hash ^= hash >> 29;
        std::size_t pick = std::size_t(hash % inService);
        for (std::size_t i = 0; i < count; ++i) {
            if (m_health.seenUp(backends[i]) && pick-- == 0)
                return int(i);
        }
        return -1;
    }
    // Round-robin takes the next in service; least-connections the one with
    // the fewest requests in flight, the next in turn among equals.
    int chosen = -1;
    for (std::size_t k = 0; k < count; ++k) {
        const std::size_t i = (m_turn + k) % count;
        if (!m_health.seenUp(backends[i]))
            continue;
        if (m_algorithm == Algorithm::RoundRobin) {
            chosen = int(i);
            break;
        }
        if (chosen < 0
            || m_inFlight[std::size_t(backends[i])] < m_inFlight[std::size_t(backends[std::size_t(chosen)])])
            chosen = int(i);
    }
    if (chosen >= 0)
        m_turn = std::size_t(chosen) + 1;
    return chosen;
}

} // namespace infralab
