#pragma once

#include "Severity.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace infralab {

// The analyser's rules, with the stable ids of DESIGN.md ("Analysis rules").
// Everything a rule needs elsewhere (JSON id, title, default severity) lives
// in one table in Rule.cpp. Findings of equal severity sort in this order.
enum class Rule {
    Spof,
    SingleWriter,
    PlaintextHop,
    NoHttps,
    CollocatedTiers,
    ExposedPort,
    Unmonitored,
};

struct RuleInfo
{
    Rule rule;
    const char *jsonName;   // the stable id: "spof", "single-writer", ...
    const char *title;      // translatable (context "Rule")
    Severity severity;      // what its findings get unless the rule says otherwise
};

const RuleInfo &ruleInfo(Rule rule);
const QList<Rule> &allRules();

QString ruleJsonName(Rule rule);
std::optional<Rule> ruleFromJson(QStringView name);
QString ruleTitle(Rule rule);   // translated
Severity defaultSeverity(Rule rule);

} // namespace infralab
