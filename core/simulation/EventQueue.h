#pragma once

#include <cstdint>
#include <queue>
#include <vector>

namespace infralab {

// What the simulation's loop does next. Sixteen bytes, so the heap stays in
// cache: the payload is a request's slot, a load balancer's index, or the
// generation of an arrival stream (a rate change makes older ones stale).
struct SimEvent
{
    enum class Type : std::uint32_t {
        RequestArrival,
        AttackArrival,
        StageDone,
        HealthCheck,
        DatabaseCheck,
    };
    double time = 0;
    std::uint32_t payload = 0;
    Type type = Type::RequestArrival;
};

// Earliest first. Equal times leave in an order fixed by the sequence of
// pushes, so a run is the same for the same seed.
class EventQueue
{
public:
    bool empty() const { return m_heap.empty(); }
    std::size_t size() const { return m_heap.size(); }
    const SimEvent &top() const { return m_heap.top(); }
    void push(const SimEvent &event) { m_heap.push(event); }
    void pop() { m_heap.pop(); }

private:
    struct Later
    {
        bool operator()(const SimEvent &a, const SimEvent &b) const { return a.time > b.time; }
    };
    std::priority_queue<SimEvent, std::vector<SimEvent>, Later> m_heap;
};

} // namespace infralab
