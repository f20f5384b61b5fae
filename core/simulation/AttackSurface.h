#pragma once

#include <cstdint>
#include <vector>

namespace infralab {

class SampleRecorder;
class Topology;

// What the internet can aim at: every address it can reach (the entry
// point, and any node or server with an `ip`), with the firewalls in front
// of each, their rules compiled for traffic from the internet. An attack
// packet is judged at once; it costs the firewalls CPU but no queueing.
class AttackSurface
{
public:
    // `client`: where the internet is (the browser's node); -1 for none.
    AttackSurface(const Topology &topology, int client, int entry);

    bool isEmpty() const { return m_targets.empty(); }
    std::size_t targetCount() const { return m_targets.size(); }

    // One packet to `target` on `port`: each firewall on the way evaluates
    // it (and pays for it) until one drops it, counted on the deciding rule;
    // a stopped firewall forwards nothing. Returns whether it reached the
    // target, which then counts it.
    bool send(std::size_t target, int port, SampleRecorder &recorder, const std::vector<char> &down) const;

private:
    struct Rule
    {
        int port = 0;
        bool allow = false;
        bool coversInternet = false;   // `from` is "any", or names the browser
    };
    struct CompiledFirewall
    {
        std::vector<Rule> rules;
        bool policyAllows = false;
        double cost = 0;   // CPU seconds a packet
    };
    struct Target
    {
        int node = -1;               // counted here: the address's owner
        std::vector<int> firewalls;  // node indexes, in crossing order
    };

    std::vector<CompiledFirewall> m_firewalls;   // by node index; empty for others
    std::vector<Target> m_targets;
};

} // namespace infralab
