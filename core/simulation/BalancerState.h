#pragma once

#include "HealthTracker.h"

#include "model/Properties.h"

#include <cstdint>
#include <vector>

namespace infralab {

// What a load balancer knows while traffic flows: which backends its
// health checks keep in service, how many requests each has in flight, and
// whose turn it is. Seed 000, step 6: it "distributes [the request] to one
// of the available servers according to the configured distribution
// algorithm".
class BalancerState
{
public:
    BalancerState(Algorithm algorithm, std::size_t nodes) : m_algorithm(algorithm), m_health(nodes), m_inFlight(nodes)
    {
    }

    // The index in `backends` (web server nodes) for a request from
    // `client`, or -1 when none is in service.
    int choose(const std::vector<int> &backends, std::uint32_t client);

    void started(int web) { ++m_inFlight[std::size_t(web)]; }
    void finished(int web) { --m_inFlight[std::size_t(web)]; }

    // One health check of `web`; HAProxy takes a backend out after `fall`
    // failures in a row and puts it back after `rise` successes.
    HealthTracker::Change check(int web, bool alive, int fall, int rise)
    {
        return m_health.check(web, alive, fall, rise);
    }

private:
    Algorithm m_algorithm;
    HealthTracker m_health;
    std::vector<int> m_inFlight;   // by web server node
    std::size_t m_turn = 0;
};

} // namespace infralab
