#include "DnsRecordsModel.h"

#include "io/FieldCheck.h"
#include "model/Properties.h"
#include "model/TopologyModel.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace infralab {

DnsRecordsModel::DnsRecordsModel(const TopologyModel *model, QObject *parent)
    : JsonRowsModel(model, u"records"_s, parent)
{
}

QStringList DnsRecordsModel::columnTitles() const
{
    return {tr("Name"), tr("Type"), tr("Target")};
}

QStringList DnsRecordsModel::columnKeys() const
{
    return {u"name"_s, u"type"_s, u"target"_s};
}

QVariant DnsRecordsModel::cell(const QJsonObject &row, int column) const
{
    switch (column) {
    case NameColumn: return row.value(u"name").toString();
    case TypeColumn: return row.value(u"type").toString(u"A"_s);
    case TargetColumn: return row.value(u"target").toString();
    default: return {};
    }
}

std::optional<QString> DnsRecordsModel::problem(int column, const QJsonValue &value) const
{
    switch (column) {
    case NameColumn:
        if (value.toString().isEmpty())
            return tr("a record needs a name, such as www.foobar.com");
        return std::nullopt;
    case TypeColumn:
        if (!enumFromJson(dnsRecordTypeNames(), value.toString()))
            return tr("the type must be one of %1").arg(enumChoices(dnsRecordTypeNames()));
        return std::nullopt;
    case TargetColumn: return FieldCheck::problem(Field::DnsTarget, value, topologyModel()->topology());
    default: return std::nullopt;
    }
}

QStringList DnsRecordsModel::choices(int column) const
{
    QStringList list;
    if (column == TypeColumn) {
        for (const auto &name : dnsRecordTypeNames())
            list.append(QString::fromLatin1(name.json));
    } else if (column == TargetColumn) {
        for (const Node &node : topologyModel()->topology().nodes())
            list.append(node.id);
    }
    return list;
}

bool DnsRecordsModel::acceptsFreeText(int column) const
{
    return column != TypeColumn;   // a target may also be an address
}

QString DnsRecordsModel::toolTip(const QJsonObject &row, int column) const
{
    if (column != TargetColumn)
        return {};
    if (const Node *node = topologyModel()->topology().node(cell(row, column).toString()))
        return tr("Resolves to %1 (%2)").arg(node->label.isEmpty() ? node->id : node->label, kindLabel(node->kind));
    return {};
}

QJsonObject DnsRecordsModel::newRow() const
{
    // The site itself, pointed at the first load balancer when there is one.
    DnsRecord record{topologyModel()->topology().domain, DnsRecordType::A, {}};
    const QList<const Node *> balancers = topologyModel()->topology().nodesOfKind(NodeKind::LoadBalancer);
    if (!balancers.isEmpty())
        record.target = balancers.first()->id;
    else if (!topologyModel()->topology().nodes().isEmpty())
        record.target = topologyModel()->topology().nodes().first().id;
    if (record.name.isEmpty())
        record.name = u"www.example.com"_s;
    return infralab::toJson(record);
}

QString DnsRecordsModel::describe(Edit edit, const QString &nodeName, int row, const QString &value) const
{
    switch (edit) {
    case Edit::Add: return tr("Add DNS record to %1").arg(nodeName);
    case Edit::Remove: return tr("Remove DNS record %1 from %2").arg(row + 1).arg(nodeName);
    case Edit::MoveUp: return tr("Move DNS record %1 of %2 up").arg(row + 1).arg(nodeName);
    case Edit::MoveDown: return tr("Move DNS record %1 of %2 down").arg(row + 1).arg(nodeName);
    case Edit::Change: return tr("Change DNS record %1 of %2 to %3").arg(row + 1).arg(nodeName, value);
    }
    return {};
}

} // namespace infralab
