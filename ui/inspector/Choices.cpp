#include "Choices.h"

#include "model/Properties.h"

#include <QCoreApplication>

#include <span>

namespace infralab {

namespace {

// Labels and tooltips for each enum of core/model/Properties, in its order;
// the JSON names come from core's tables so the two cannot drift apart.
template<typename Enum>
struct ChoiceText
{
    Enum value;
    const char *label;
    const char *tooltip;
};

constexpr ChoiceText<TlsMode> kTlsModes[] = {
    {TlsMode::Terminate, QT_TRANSLATE_NOOP("Choices", "Terminate"),
     QT_TRANSLATE_NOOP("Choices", "Decrypt HTTPS here and send plain HTTP to the backends")},
    {TlsMode::Reencrypt, QT_TRANSLATE_NOOP("Choices", "Re-encrypt"),
     QT_TRANSLATE_NOOP("Choices", "Decrypt HTTPS here, then connect to the backends over HTTPS again")},
    {TlsMode::Passthrough, QT_TRANSLATE_NOOP("Choices", "Pass through"),
     QT_TRANSLATE_NOOP("Choices", "Forward the encrypted TCP stream; the web servers hold the certificate")},
    {TlsMode::None, QT_TRANSLATE_NOOP("Choices", "None (plain HTTP)"),
     QT_TRANSLATE_NOOP("Choices", "No HTTPS at all: everything travels in the clear")},
};
constexpr ChoiceText<Algorithm> kAlgorithms[] = {
    {Algorithm::RoundRobin, QT_TRANSLATE_NOOP("Choices", "Round robin"),
     QT_TRANSLATE_NOOP("Choices", "Each new request goes to the next server in turn")},
    {Algorithm::LeastConnections, QT_TRANSLATE_NOOP("Choices", "Least connections"),
     QT_TRANSLATE_NOOP("Choices", "Each new request goes to the server with the fewest open connections")},
    {Algorithm::Source, QT_TRANSLATE_NOOP("Choices", "Source IP hash"),
     QT_TRANSLATE_NOOP("Choices", "The client's address picks the server, so a client keeps its server")},
};
constexpr ChoiceText<DatabaseRole> kRoles[] = {
    {DatabaseRole::Primary, QT_TRANSLATE_NOOP("Choices", "Primary"),
     QT_TRANSLATE_NOOP("Choices", "Accepts writes and replicates them to the replicas")},
    {DatabaseRole::Replica, QT_TRANSLATE_NOOP("Choices", "Replica"),
     QT_TRANSLATE_NOOP("Choices", "A read-only copy kept up to date by the primary")},
};
constexpr ChoiceText<Failover> kFailovers[] = {
    {Failover::Manual, QT_TRANSLATE_NOOP("Choices", "Manual"),
     QT_TRANSLATE_NOOP("Choices", "When the primary fails, writes stop until someone promotes a replica")},
    {Failover::Automatic, QT_TRANSLATE_NOOP("Choices", "Automatic"),
     QT_TRANSLATE_NOOP("Choices", "This replica is promoted to primary when the primary fails")},
};
constexpr ChoiceText<RuleAction> kActions[] = {
    {RuleAction::Allow, QT_TRANSLATE_NOOP("Choices", "Allow"), QT_TRANSLATE_NOOP("Choices", "Let the traffic through")},
    {RuleAction::Deny, QT_TRANSLATE_NOOP("Choices", "Deny"), QT_TRANSLATE_NOOP("Choices", "Drop the traffic")},
};

template<typename Enum>
QList<Choice> choices(std::span<const ChoiceText<Enum>> texts, std::span<const EnumName<Enum>> names)
{
    QList<Choice> list;
    for (const auto &text : texts) {
        list.append({enumToJson(names, text.value), QCoreApplication::translate("Choices", text.label),
                     QCoreApplication::translate("Choices", text.tooltip)});
    }
    return list;
}

} // namespace

QList<Choice> tlsModeChoices()
{
    return choices<TlsMode>(kTlsModes, tlsModeNames());
}

QList<Choice> algorithmChoices()
{
    return choices<Algorithm>(kAlgorithms, algorithmNames());
}

QList<Choice> databaseRoleChoices()
{
    return choices<DatabaseRole>(kRoles, databaseRoleNames());
}

QList<Choice> failoverChoices()
{
    return choices<Failover>(kFailovers, failoverNames());
}

QList<Choice> ruleActionChoices()
{
    return choices<RuleAction>(kActions, ruleActionNames());
}

} // namespace infralab
