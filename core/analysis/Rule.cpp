#include "Rule.h"

#include <QCoreApplication>

#include <array>

namespace infralab {

namespace {

constexpr std::array kRules{
    RuleInfo{Rule::Spof, "spof", QT_TRANSLATE_NOOP("Rule", "Single point of failure"), Severity::High},
    RuleInfo{Rule::SingleWriter, "single-writer", QT_TRANSLATE_NOOP("Rule", "Only one database takes writes"),
             Severity::Medium},
    RuleInfo{Rule::PlaintextHop, "plaintext-hop", QT_TRANSLATE_NOOP("Rule", "Unencrypted hop after TLS"),
             Severity::Medium},
    RuleInfo{Rule::NoHttps, "no-https", QT_TRANSLATE_NOOP("Rule", "No HTTPS"), Severity::High},
    RuleInfo{Rule::CollocatedTiers, "collocated-tiers",
             QT_TRANSLATE_NOOP("Rule", "Web, application and database on one server"), Severity::Low},
    RuleInfo{Rule::ExposedPort, "exposed-port", QT_TRANSLATE_NOOP("Rule", "Exposed to the internet"),
             Severity::High},
    RuleInfo{Rule::Unmonitored, "unmonitored", QT_TRANSLATE_NOOP("Rule", "Server without monitoring"),
             Severity::Medium},
};

// The table is indexed by the enum: keep both in the same order.
static_assert([] {
    for (std::size_t i = 0; i < kRules.size(); ++i) {
        if (static_cast<std::size_t>(kRules[i].rule) != i)
            return false;
    }
    return true;
}());

} // namespace

const RuleInfo &ruleInfo(Rule rule)
{
    return kRules[static_cast<std::size_t>(rule)];
}

const QList<Rule> &allRules()
{
    static const QList<Rule> rules = [] {
        QList<Rule> list;
        for (const RuleInfo &info : kRules)
            list.append(info.rule);
        return list;
    }();
    return rules;
}

QString ruleJsonName(Rule rule)
{
    return QString::fromLatin1(ruleInfo(rule).jsonName);
}

std::optional<Rule> ruleFromJson(QStringView name)
{
    for (const RuleInfo &info : kRules) {
        if (name == QLatin1StringView(info.jsonName))
            return info.rule;
    }
    return std::nullopt;
}

QString ruleTitle(Rule rule)
{
    return QCoreApplication::translate("Rule", ruleInfo(rule).title);
}

Severity defaultSeverity(Rule rule)
{
    return ruleInfo(rule).severity;
}

} // namespace infralab
