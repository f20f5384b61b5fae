#include "PropertyReader.h"

#include "FieldCheck.h"
#include "ReadContext.h"
#include "TopologyReader.h"
#include "model/Properties.h"
#include "model/Topology.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

QString owner(const Node &node)
{
    return TopologyReader::tr("node \"%1\"").arg(shown(node.id));
}

bool expectType(ReadContext &ctx, const Node &node, const QJsonObject &object, const QString &key,
                QJsonValue::Type type, const JsonPath &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.type() == type)
        return true;
    QJsonValue sample;
    switch (type) {
    case QJsonValue::String: sample = u""_s; break;
    case QJsonValue::Bool: sample = false; break;
    case QJsonValue::Array: sample = QJsonArray(); break;
    default: sample = 0; break;
    }
    return ctx.fail(path + JsonPath{key}, TopologyReader::tr("%1: \"%2\" is %3; expected %4")
                                              .arg(owner(node), key, jsonTypeName(value), jsonTypeName(sample)));
}

template<typename Enum>
bool expectEnum(ReadContext &ctx, const Node &node, const QJsonObject &object, const QString &key,
                std::span<const EnumName<Enum>> names, const JsonPath &path, bool required = false)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required)
        return true;
    if (!value.isString() || !enumFromJson(names, value.toString()))
        return ctx.fail(value.isUndefined() ? path : path + JsonPath{key},
                        TopologyReader::tr("%1: \"%2\" must be one of %3")
                            .arg(owner(node), key, enumChoices(names)));
    return true;
}

// A number in [min, max]; a whole one when `whole`. For the simulation's
// properties (cores, costs, health checks, alert thresholds).
bool expectNumber(ReadContext &ctx, const Node &node, const QString &key, double min, double max, bool whole,
                  const JsonPath &path)
{
    const QJsonValue value = node.props.value(key);
    if (value.isUndefined())
        return true;
    const double number = value.toDouble(-1);
    if (value.isDouble() && number >= min && number <= max && (!whole || number == std::floor(number)))
        return true;
    return ctx.fail(path + JsonPath{key}, TopologyReader::tr("%1: \"%2\" must be %3 from %4 to %5")
                                              .arg(owner(node), key,
                                                   whole ? TopologyReader::tr("a whole number")
                                                         : TopologyReader::tr("a number"))
                                              .arg(QString::number(min, 'g', 10), QString::number(max, 'g', 10)));
}

bool readSimulationProperties(ReadContext &ctx, const Node &node, const JsonPath &props)
{
    const bool works = node.kind == NodeKind::LoadBalancer || node.kind == NodeKind::WebServer
        || node.kind == NodeKind::AppServer || node.kind == NodeKind::Database || node.kind == NodeKind::Firewall;
    return expectNumber(ctx, node, u"cores"_s, 1, 1024, true, props)
        && (!works || expectNumber(ctx, node, u"cpuMs"_s, 0.001, 60000, false, props))
        && (node.kind != NodeKind::LoadBalancer
            || (expectNumber(ctx, node, u"healthInterval"_s, 0.1, 3600, false, props)
                && expectNumber(ctx, node, u"healthFall"_s, 1, 100, true, props)))
        && (node.kind != NodeKind::WebServer || expectNumber(ctx, node, u"qpsAlert"_s, 0.001, 1e9, false, props));
}

bool readRules(ReadContext &ctx, const Node &node, const JsonPath &props)
{
    const QJsonArray rules = node.props.value(u"rules").toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const JsonPath path = props + JsonPath{u"rules"_s, i};
        if (!rules.at(i).isObject())
            return ctx.fail(path, TopologyReader::tr("%1: rule %2 is %3; expected an object")
                                      .arg(owner(node))
                                      .arg(i + 1)
                                      .arg(jsonTypeName(rules.at(i))));
        const QJsonObject rule = rules.at(i).toObject();
        if (!expectEnum(ctx, node, rule, u"action"_s, ruleActionNames(), path, true)
            || !expectType(ctx, node, rule, u"from"_s, QJsonValue::String, path))
            return false;
        const QJsonValue port = rule.value(u"port");
        if (const auto problem = FieldCheck::problem(Field::Port, port, Topology()))
            return ctx.fail(port.isUndefined() ? path : path + JsonPath{u"port"_s},
                            TopologyReader::tr("%1: rule %2: %3").arg(owner(node)).arg(i + 1).arg(*problem));
    }
    return true;
}

bool readRecords(ReadContext &ctx, const Node &node, const JsonPath &props)
{
    const QJsonArray records = node.props.value(u"records").toArray();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const JsonPath path = props + JsonPath{u"records"_s, i};
        const QJsonObject record = records.at(i).toObject();
        if (!records.at(i).isObject() || !record.value(u"name").isString() || !record.value(u"target").isString())
            return ctx.fail(path, TopologyReader::tr("%1: DNS record %2 needs a \"name\" and a \"target\" (strings)")
                                      .arg(owner(node))
                                      .arg(i + 1));
        if (!expectEnum(ctx, node, record, u"type"_s, dnsRecordTypeNames(), path))
            return false;
    }
    return true;
}

} // namespace

bool readProperties(ReadContext &ctx, const Node &node, const JsonPath &props)
{
    const QJsonObject &p = node.props;
    if (!expectType(ctx, node, p, u"ip"_s, QJsonValue::String, props)
        || !expectType(ctx, node, p, u"software"_s, QJsonValue::String, props))
        return false;
    if (p.contains(u"ip"_s)) {
        if (const auto problem = FieldCheck::problem(Field::Ip, p.value(u"ip"), Topology()))
            return ctx.fail(props + JsonPath{u"ip"_s}, TopologyReader::tr("%1: %2").arg(owner(node), *problem));
    }
    if (!readSimulationProperties(ctx, node, props))
        return false;

    switch (node.kind) {
    case NodeKind::Dns:
        return expectType(ctx, node, p, u"records"_s, QJsonValue::Array, props) && readRecords(ctx, node, props);
    case NodeKind::Firewall:
        return expectType(ctx, node, p, u"rules"_s, QJsonValue::Array, props)
            && expectEnum(ctx, node, p, u"policy"_s, ruleActionNames(), props) && readRules(ctx, node, props);
    case NodeKind::LoadBalancer:
        return expectEnum(ctx, node, p, u"tls"_s, tlsModeNames(), props)
            && expectEnum(ctx, node, p, u"algorithm"_s, algorithmNames(), props);
    case NodeKind::WebServer:
        // A web server that holds the certificate itself (TLS passthrough).
        return expectType(ctx, node, p, u"tls"_s, QJsonValue::Bool, props);
    case NodeKind::Database:
        return expectEnum(ctx, node, p, u"role"_s, databaseRoleNames(), props)
            && expectEnum(ctx, node, p, u"failover"_s, failoverNames(), props)
            && expectType(ctx, node, p, u"tls"_s, QJsonValue::Bool, props);
    default:
        return true;
    }
}

bool checkPropertyReferences(ReadContext &ctx, const Topology &topology, const Node &node, const JsonPath &props)
{
    if (node.kind == NodeKind::Dns) {
        const QList<DnsRecord> records = dnsRecords(node);
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (const auto problem = FieldCheck::problem(Field::DnsTarget, records[i].target, topology))
                return ctx.fail(props + JsonPath{u"records"_s, i, u"target"_s},
                                TopologyReader::tr("%1: DNS record \"%2\": %3")
                                    .arg(owner(node), shown(records[i].name), *problem));
        }
    }
    if (node.kind == NodeKind::Firewall) {
        const QList<FirewallRule> rules = firewallRules(node);
        for (qsizetype i = 0; i < rules.size(); ++i) {
            if (const auto problem = FieldCheck::problem(Field::RuleSource, rules[i].from, topology))
                return ctx.fail(props + JsonPath{u"rules"_s, i, u"from"_s},
                                TopologyReader::tr("%1: rule %2: %3").arg(owner(node)).arg(i + 1).arg(*problem));
        }
    }
    return true;
}

} // namespace infralab
