#pragma once

#include "JsonRowsModel.h"

namespace infralab {

// A DNS server's records (name, type, target) as an editable table; a
// target is a node of the design or an IP address.
class DnsRecordsModel : public JsonRowsModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, TargetColumn };

    explicit DnsRecordsModel(const TopologyModel *model, QObject *parent = nullptr);

protected:
    QStringList columnTitles() const override;
    QStringList columnKeys() const override;
    QVariant cell(const QJsonObject &row, int column) const override;
    std::optional<QString> problem(int column, const QJsonValue &value) const override;
    QStringList choices(int column) const override;
    bool acceptsFreeText(int column) const override;
    QString toolTip(const QJsonObject &row, int column) const override;
    QJsonObject newRow() const override;
    QString describe(Edit edit, const QString &nodeName, int row, const QString &value) const override;
};

} // namespace infralab
