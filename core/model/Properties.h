#pragma once

#include "EnumNames.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace infralab {

struct Node;

// How a load balancer treats HTTPS (DESIGN.md, load-balancer.props.tls).
enum class TlsMode { Terminate, Reencrypt, Passthrough, None };
// How a load balancer picks a backend.
enum class Algorithm { RoundRobin, LeastConnections, Source };
enum class DatabaseRole { Primary, Replica };
enum class Failover { Manual, Automatic };
enum class RuleAction { Allow, Deny };
enum class DnsRecordType { A, AAAA, CNAME };

std::span<const EnumName<TlsMode>> tlsModeNames();
std::span<const EnumName<Algorithm>> algorithmNames();
std::span<const EnumName<DatabaseRole>> databaseRoleNames();
std::span<const EnumName<Failover>> failoverNames();
std::span<const EnumName<RuleAction>> ruleActionNames();
std::span<const EnumName<DnsRecordType>> dnsRecordTypeNames();

// One line of a firewall's ordered rule list. `from` is "any", a node id or a
// node kind's JSON name.
struct FirewallRule
{
    RuleAction action = RuleAction::Allow;
    int port = 0;
    QString from = QStringLiteral("any");

    friend bool operator==(const FirewallRule &, const FirewallRule &) = default;
};

struct DnsRecord
{
    QString name;
    DnsRecordType type = DnsRecordType::A;
    QString target;   // a node id or an IP address

    friend bool operator==(const DnsRecord &, const DnsRecord &) = default;
};

// Typed reads of the properties the walkthrough, simulator and analyser use.
// The loader has validated them, so these fall back to defaults silently.
QString nodeIp(const Node &node);
TlsMode loadBalancerTls(const Node &node);
Algorithm loadBalancerAlgorithm(const Node &node);
QString loadBalancerSoftware(const Node &node);
QList<FirewallRule> firewallRules(const Node &node);
RuleAction firewallPolicy(const Node &node);
DatabaseRole databaseRole(const Node &node);
Failover databaseFailover(const Node &node);
bool databaseTls(const Node &node);
QList<DnsRecord> dnsRecords(const Node &node);

// What the traffic simulation reads (README, "Simulation properties"). The
// defaults follow HAProxy's (a check every 2 s, down after 3 failures).
int nodeCores(const Node &node);                  // `cores`: 4 on a server, else 2
std::optional<double> nodeCpuMs(const Node &node); // `cpuMs`: CPU ms of one dynamic read
double healthCheckInterval(const Node &node);     // `healthInterval`, seconds
int healthCheckFall(const Node &node);            // `healthFall`, failed checks before "down"
double qpsAlertThreshold(const Node &node);       // `qpsAlert`; 0 when none is set

// Writers used by the presets, the editor and tests.
QJsonObject toJson(const FirewallRule &rule);
QJsonObject toJson(const DnsRecord &record);

bool isValidIpAddress(QStringView text);

} // namespace infralab
