#pragma once

#include <cstdint>
#include <vector>

namespace infralab {

class Network;
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
    int targetNode(std::size_t target) const { return m_targets[target].node; }

    // The firewalls a packet to `target` crosses, in order; the caller
    // judges each with verdict().
    const std::vector<int> &firewallsBefore(std::size_t target) const { return m_targets[target].firewalls; }

    struct Verdict
    {
        bool allowed = false;
        int rule = -1;   // -1: the policy decided
    };
    Verdict verdict(int firewall, int port) const;

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
