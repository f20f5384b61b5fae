#include "FirewallVerdict.h"

#include "model/Node.h"

namespace infralab {

bool ruleCoversSource(const QString &from, const Node &source)
{
    return from == u"any" || from == source.id || from == jsonName(source.kind)
        || (!source.host.isEmpty() && from == source.host);
}

FirewallVerdict firewallVerdict(const Node &firewall, const Node &source, int port)
{
    const QList<FirewallRule> rules = firewallRules(firewall);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const FirewallRule &rule = rules[i];
        if (rule.port == port && ruleCoversSource(rule.from, source))
            return {rule.action == RuleAction::Allow, int(i), rule};
    }
    return {firewallPolicy(firewall) == RuleAction::Allow, -1, {}};
}

} // namespace infralab
