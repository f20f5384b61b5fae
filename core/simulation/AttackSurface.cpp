#include "AttackSurface.h"

#include "CostModel.h"
#include "SampleRecorder.h"

#include "model/Topology.h"
#include "walkthrough/FirewallVerdict.h"
#include "walkthrough/Network.h"

namespace infralab {

AttackSurface::AttackSurface(const Topology &topology, int client, int entry)
{
    const Network network(topology);
    m_firewalls.resize(std::size_t(network.size()));
    if (client < 0)
        return;
    const Node &internet = network.node(client);
    for (int i = 0; i < network.size(); ++i) {
        const Node &node = network.node(i);
        if (node.kind != NodeKind::Firewall)
            continue;
        CompiledFirewall &compiled = m_firewalls[std::size_t(i)];
        for (const FirewallRule &rule : firewallRules(node))
            compiled.rules.push_back({rule.port, rule.action == RuleAction::Allow,
                                      ruleCoversSource(rule.from, internet)});
        compiled.policyAllows = firewallPolicy(node) == RuleAction::Allow;
        compiled.cost = cost::firewallPacket(node);
    }

    // Addresses only: a component without one is reached through whoever
    // owns the address in front of it.
    const Network::Reach reach = network.reach(client);
    for (int i = 0; i < network.size(); ++i) {
        const Node &node = network.node(i);
        if (i == client || (i != entry && nodeIp(node).isEmpty()) || isOutsideInfrastructure(node.kind)
            || node.kind == NodeKind::Firewall)
            continue;
        // A server is reached through the first thing it runs that the
        // internet has a way to.
        int way = reach.reached(i) ? i : -1;
        if (way < 0 && node.kind == NodeKind::Server) {
            for (const Node *hosted : topology.hostedBy(node.id)) {
                const int index = network.indexOf(hosted->id);
                if (reach.reached(index)) {
                    way = index;
                    break;
                }
            }
        }
        if (way < 0)
            continue;
        Target target{i, {}};
        const QList<int> path = reach.pathTo(way);
        for (qsizetype step = 1; step < path.size(); ++step) {
            if (network.node(path[step]).kind == NodeKind::Firewall)
                target.firewalls.push_back(path[step]);
        }
        m_targets.push_back(std::move(target));
    }
}

bool AttackSurface::send(std::size_t target, int port, SampleRecorder &recorder, const std::vector<char> &down) const
{
    for (int firewall : m_targets[target].firewalls) {
        const CompiledFirewall &compiled = m_firewalls[std::size_t(firewall)];
        recorder.arrive(firewall);
        if (down[std::size_t(firewall)])
            return false;   // a stopped firewall forwards nothing
        recorder.work(firewall, compiled.cost);
        // First match wins, else the policy (as firewallVerdict()).
        int rule = -1;
        bool allowed = compiled.policyAllows;
        for (std::size_t i = 0; i < compiled.rules.size(); ++i) {
            if (compiled.rules[i].port == port && compiled.rules[i].coversInternet) {
                rule = int(i);
                allowed = compiled.rules[i].allow;
                break;
            }
        }
        if (!allowed) {
            recorder.drop(firewall, rule);
            return false;
        }
    }
    recorder.attackReached(m_targets[target].node);
    return true;
}

} // namespace infralab
