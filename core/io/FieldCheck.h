#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace infralab {

class Topology;

// The values a user can type, in a file or in the inspector, that have rules
// beyond their JSON type. One place says what is allowed, so the reader and
// the editor refuse the same things for the same reason.
enum class Field {
    Label,        // a node's label
    DesignName,   // the topology's "name"
    Domain,       // the topology's "domain"
    Ip,           // props.ip; empty means "no address"
    Port,         // a firewall rule's port
    RuleSource,   // a firewall rule's "from": "any", a node kind or a node id
    DnsTarget,    // a DNS record's target: a node id or an IP address
};

class FieldCheck
{
    Q_DECLARE_TR_FUNCTIONS(FieldCheck)

public:
    static constexpr qsizetype kMaxDomainLength = 253;   // RFC 1035

    // Why `value` cannot be stored in `field`, in words for the user
    // ("the port must be from 1 to 65535"); nothing when it can. `topology`
    // is the design the value would live in (for node ids).
    static std::optional<QString> problem(Field field, const QJsonValue &value, const Topology &topology);
};

} // namespace infralab
