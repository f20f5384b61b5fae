#include "Properties.h"

#include "Node.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

constexpr std::array<EnumName<TlsMode>, 4> kTlsModes{{
    {TlsMode::Terminate, "terminate"},
    {TlsMode::Reencrypt, "reencrypt"},
    {TlsMode::Passthrough, "passthrough"},
    {TlsMode::None, "none"},
}};
constexpr std::array<EnumName<Algorithm>, 3> kAlgorithms{{
    {Algorithm::RoundRobin, "round-robin"},
    {Algorithm::LeastConnections, "least-connections"},
    {Algorithm::Source, "source"},
}};
constexpr std::array<EnumName<DatabaseRole>, 2> kRoles{{
    {DatabaseRole::Primary, "primary"},
    {DatabaseRole::Replica, "replica"},
}};
constexpr std::array<EnumName<Failover>, 2> kFailovers{{
    {Failover::Manual, "manual"},
    {Failover::Automatic, "automatic"},
}};
constexpr std::array<EnumName<RuleAction>, 2> kActions{{
    {RuleAction::Allow, "allow"},
    {RuleAction::Deny, "deny"},
}};
constexpr std::array<EnumName<DnsRecordType>, 3> kRecordTypes{{
    {DnsRecordType::A, "A"},
    {DnsRecordType::AAAA, "AAAA"},
    {DnsRecordType::CNAME, "CNAME"},
}};

template<typename Enum>
Enum readEnum(const QJsonObject &props, const char *key, std::span<const EnumName<Enum>> table, Enum fallback)
{
    return enumFromJson(table, props.value(QLatin1StringView(key)).toString()).value_or(fallback);
}

} // namespace

std::span<const EnumName<TlsMode>> tlsModeNames() { return kTlsModes; }
std::span<const EnumName<Algorithm>> algorithmNames() { return kAlgorithms; }
std::span<const EnumName<DatabaseRole>> databaseRoleNames() { return kRoles; }
std::span<const EnumName<Failover>> failoverNames() { return kFailovers; }
std::span<const EnumName<RuleAction>> ruleActionNames() { return kActions; }
std::span<const EnumName<DnsRecordType>> dnsRecordTypeNames() { return kRecordTypes; }

QString nodeIp(const Node &node)
{
    return node.props.value(u"ip").toString();
}

TlsMode loadBalancerTls(const Node &node)
{
    // A load balancer with no TLS setting serves plain HTTP (seed 004's
    // distributed stack has "no HTTPS").
    return readEnum(node.props, "tls", tlsModeNames(), TlsMode::None);
}

Algorithm loadBalancerAlgorithm(const Node &node)
{
    return readEnum(node.props, "algorithm", algorithmNames(), Algorithm::RoundRobin);
}

QString loadBalancerSoftware(const Node &node)
{
    return node.props.value(u"software").toString();
}

QList<FirewallRule> firewallRules(const Node &node)
{
    QList<FirewallRule> rules;
    const QJsonArray array = node.props.value(u"rules").toArray();
    rules.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        FirewallRule rule;
        rule.action = readEnum(object, "action", ruleActionNames(), RuleAction::Allow);
        rule.port = object.value(u"port").toInt();
        rule.from = object.value(u"from").toString(QStringLiteral("any"));
        rules.append(rule);
    }
    return rules;
}

RuleAction firewallPolicy(const Node &node)
{
    return readEnum(node.props, "policy", ruleActionNames(), RuleAction::Deny);
}

DatabaseRole databaseRole(const Node &node)
{
    return readEnum(node.props, "role", databaseRoleNames(), DatabaseRole::Primary);
}

Failover databaseFailover(const Node &node)
{
    return readEnum(node.props, "failover", failoverNames(), Failover::Manual);
}

bool databaseTls(const Node &node)
{
    return node.props.value(u"tls").toBool(false);
}

QList<DnsRecord> dnsRecords(const Node &node)
{
    QList<DnsRecord> records;
    const QJsonArray array = node.props.value(u"records").toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        DnsRecord record;
        record.name = object.value(u"name").toString();
        record.type = readEnum(object, "type", dnsRecordTypeNames(), DnsRecordType::A);
        record.target = object.value(u"target").toString();
        records.append(record);
    }
    return records;
}

int nodeCores(const Node &node)
{
    return node.props.value(u"cores").toInt(node.kind == NodeKind::Server ? 4 : 2);
}

std::optional<double> nodeCpuMs(const Node &node)
{
    const QJsonValue value = node.props.value(u"cpuMs");
    return value.isDouble() ? std::optional(value.toDouble()) : std::nullopt;
}

double healthCheckInterval(const Node &node)
{
    return node.props.value(u"healthInterval").toDouble(2.0);
}

int healthCheckFall(const Node &node)
{
    return node.props.value(u"healthFall").toInt(3);
}

double qpsAlertThreshold(const Node &node)
{
    return node.props.value(u"qpsAlert").toDouble(0.0);
}

QJsonObject toJson(const FirewallRule &rule)
{
    return QJsonObject{{u"action"_s, enumToJson(ruleActionNames(), rule.action)},
                       {u"port"_s, rule.port},
                       {u"from"_s, rule.from}};
}

QJsonObject toJson(const DnsRecord &record)
{
    return QJsonObject{{u"name"_s, record.name},
                       {u"type"_s, enumToJson(dnsRecordTypeNames(), record.type)},
                       {u"target"_s, record.target}};
}

bool isValidIpAddress(QStringView text)
{
    static const QRegularExpression ipv4(
        QStringLiteral(R"(^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$)"));
    // Loose on purpose: enough to tell an address from a host name.
    static const QRegularExpression ipv6(QStringLiteral(R"(^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$)"));
    if (text.size() > 45)
        return false;
    return ipv4.match(text).hasMatch() || ipv6.match(text).hasMatch();
}

} // namespace infralab
