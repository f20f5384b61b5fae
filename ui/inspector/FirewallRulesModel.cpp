#include "FirewallRulesModel.h"

#include "io/FieldCheck.h"
#include "model/Properties.h"
#include "model/TopologyModel.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace infralab {

FirewallRulesModel::FirewallRulesModel(const TopologyModel *model, QObject *parent)
    : JsonRowsModel(model, u"rules"_s, parent)
{
}

QStringList FirewallRulesModel::columnTitles() const
{
    return {tr("Action"), tr("Port"), tr("From")};
}

QStringList FirewallRulesModel::columnKeys() const
{
    return {u"action"_s, u"port"_s, u"from"_s};
}

QVariant FirewallRulesModel::cell(const QJsonObject &row, int column) const
{
    switch (column) {
    case ActionColumn: return row.value(u"action").toString(u"allow"_s);
    case PortColumn: return row.value(u"port").toInt();
    case FromColumn: return row.value(u"from").toString(u"any"_s);
    default: return {};
    }
}

QJsonValue FirewallRulesModel::toJson(int column, const QVariant &value) const
{
    if (column == PortColumn) {
        // A port typed as text stays text, so the check can say why it is refused.
        bool ok = false;
        const double port = value.toDouble(&ok);
        return ok ? QJsonValue(port) : QJsonValue(value.toString());
    }
    return JsonRowsModel::toJson(column, value);
}

std::optional<QString> FirewallRulesModel::problem(int column, const QJsonValue &value) const
{
    switch (column) {
    case ActionColumn:
        if (!enumFromJson(ruleActionNames(), value.toString()))
            return tr("the action must be one of %1").arg(enumChoices(ruleActionNames()));
        return std::nullopt;
    case PortColumn: return FieldCheck::problem(Field::Port, value, topologyModel()->topology());
    case FromColumn: return FieldCheck::problem(Field::RuleSource, value, topologyModel()->topology());
    default: return std::nullopt;
    }
}

QStringList FirewallRulesModel::choices(int column) const
{
    if (column == ActionColumn) {
        QStringList actions;
        for (const auto &name : ruleActionNames())
            actions.append(QString::fromLatin1(name.json));
        return actions;
    }
    if (column == FromColumn) {
        // Anyone, then a whole tier by kind, then one node.
        QStringList sources{u"any"_s};
        for (const NodeKind kind : allNodeKinds())
            sources.append(jsonName(kind));
        for (const Node &node : topologyModel()->topology().nodes())
            sources.append(node.id);
        return sources;
    }
    return {};
}

bool FirewallRulesModel::acceptsFreeText(int column) const
{
    return column != ActionColumn;
}

QString FirewallRulesModel::toolTip(const QJsonObject &row, int column) const
{
    if (column != FromColumn)
        return {};
    const QString from = cell(row, column).toString();
    if (from == u"any")
        return tr("Traffic from anywhere, the internet included");
    if (const auto kind = nodeKindFromJson(from))
        return tr("Traffic from any %1").arg(kindLabel(*kind));
    if (const Node *node = topologyModel()->topology().node(from))
        return tr("Traffic from %1").arg(node->label.isEmpty() ? node->id : node->label);
    return {};
}

QJsonObject FirewallRulesModel::newRow() const
{
    // HTTPS from anywhere: the rule a front firewall needs first (seed 002).
    return infralab::toJson(FirewallRule{RuleAction::Allow, 443, u"any"_s});
}

QString FirewallRulesModel::describe(Edit edit, const QString &nodeName, int row, const QString &value) const
{
    switch (edit) {
    case Edit::Add: return tr("Add rule to %1").arg(nodeName);
    case Edit::Remove: return tr("Remove rule %1 from %2").arg(row + 1).arg(nodeName);
    case Edit::MoveUp: return tr("Move rule %1 of %2 up").arg(row + 1).arg(nodeName);
    case Edit::MoveDown: return tr("Move rule %1 of %2 down").arg(row + 1).arg(nodeName);
    case Edit::Change: return tr("Change rule %1 of %2 to %3").arg(row + 1).arg(nodeName, value);
    }
    return {};
}

} // namespace infralab
