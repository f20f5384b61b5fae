#pragma once

namespace infralab {

// What one session remembers between walkthroughs: how many requests it has
// sent, so that a round-robin load balancer sends the next one to the next
// server ("manages traffic routing using a round-robin algorithm", seed 002).
// The caller owns it (the walkthrough panel, a test); deriving with a turn
// number alone is pure, so re-deriving after an edit shows the same server.
class WalkthroughState
{
public:
    int turn() const { return m_turn; }
    void advance() { ++m_turn; }
    void reset() { m_turn = 0; }

private:
    int m_turn = 0;
};

} // namespace infralab
