#pragma once

#include <vector>

namespace infralab {

// What a checker believes about the nodes it probes, HAProxy's way: a node
// in service is taken out after `fall` failed checks in a row, and put back
// after `rise` good ones. Until then traffic keeps going to a dead node.
class HealthTracker
{
public:
    enum class Change { None, WentDown, CameUp };

    explicit HealthTracker(std::size_t nodes) : m_state(nodes) {}

    bool seenUp(int node) const { return m_state[std::size_t(node)].up; }

    Change check(int node, bool alive, int fall, int rise)
    {
        State &state = m_state[std::size_t(node)];
        if (alive == state.up) {
            state.streak = 0;
            return Change::None;
        }
        if (++state.streak < (state.up ? fall : rise))
            return Change::None;
        state.up = alive;
        state.streak = 0;
        return alive ? Change::CameUp : Change::WentDown;
    }

private:
    struct State
    {
        bool up = true;
        int streak = 0;   // checks in a row that disagree with `up`
    };
    std::vector<State> m_state;
};

} // namespace infralab
