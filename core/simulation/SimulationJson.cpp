#include "SimulationJson.h"

#include "Samples.h"
#include "SimulationEvent.h"

#include "walkthrough/RequestType.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

// Three decimals are enough for percent and milliseconds, and keep the
// output stable to read and to diff.
double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

} // namespace

QJsonObject toJson(const SimulationTotals &totals, const QList<SimulationEvent> &events)
{
    QJsonObject byType;
    for (RequestType type : allRequestTypes()) {
        const std::size_t i = std::size_t(type);
        byType.insert(jsonName(type), QJsonObject{{u"sent"_s, totals.sentByType[i]},
                                                  {u"failed"_s, totals.failedByType[i]}});
    }
    const QJsonObject requests{
        {u"sent"_s, totals.sent},
        {u"served"_s, totals.served},
        {u"failed"_s, totals.failed},
        {u"byType"_s, byType},
        {u"latencyMs"_s, QJsonObject{{u"p50"_s, rounded(totals.p50Ms)},
                                     {u"p95"_s, rounded(totals.p95Ms)},
                                     {u"p99"_s, rounded(totals.p99Ms)}}},
    };
    QJsonArray nodes;
    for (const NodeTotals &node : totals.nodes) {
        nodes.append(QJsonObject{{u"id"_s, node.node},
                                 {u"kind"_s, jsonName(node.kind)},
                                 {u"cpuMean"_s, rounded(node.cpuMean)},
                                 {u"cpuPeak"_s, rounded(node.cpuPeak)},
                                 {u"requests"_s, node.requests},
                                 {u"drops"_s, node.drops},
                                 {u"errors"_s, node.errors},
                                 {u"attacks"_s, node.attacks}});
    }
    QJsonArray rules;
    for (const RuleDrops &rule : totals.ruleDrops) {
        rules.append(QJsonObject{{u"firewall"_s, rule.firewall},
                                 {u"rule"_s, rule.rule >= 0 ? QJsonValue(rule.rule) : QJsonValue(u"policy"_s)},
                                 {u"drops"_s, rule.drops}});
    }
    QJsonArray list;
    for (const SimulationEvent &event : events) {
        QJsonObject object{{u"t"_s, rounded(event.t)},
                           {u"kind"_s, jsonName(event.kind)},
                           {u"node"_s, event.node},
                           {u"text"_s, event.text}};
        if (!event.by.isEmpty())
            object.insert(u"by"_s, event.by);
        list.append(object);
    }
    return QJsonObject{{u"seconds"_s, totals.seconds},
                       {u"requests"_s, requests},
                       {u"attacks"_s, QJsonObject{{u"sent"_s, totals.attacks}, {u"blocked"_s, totals.attacksBlocked}}},
                       {u"nodes"_s, nodes},
                       {u"firewallRules"_s, rules},
                       {u"events"_s, list}};
}

} // namespace infralab
