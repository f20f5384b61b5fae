#pragma once

#include "JsonRowsModel.h"

namespace infralab {

// A firewall's ordered rules (action, port, from) as an editable table.
// Order matters: the first rule that matches decides (DESIGN.md).
class FirewallRulesModel : public JsonRowsModel
{
    Q_OBJECT

public:
    enum Column { ActionColumn, PortColumn, FromColumn };

    explicit FirewallRulesModel(const TopologyModel *model, QObject *parent = nullptr);

protected:
    QStringList columnTitles() const override;
    QStringList columnKeys() const override;
    QVariant cell(const QJsonObject &row, int column) const override;
    QJsonValue toJson(int column, const QVariant &value) const override;
    std::optional<QString> problem(int column, const QJsonValue &value) const override;
    QStringList choices(int column) const override;
    bool acceptsFreeText(int column) const override;
    QString toolTip(const QJsonObject &row, int column) const override;
    QJsonObject newRow() const override;
    QString describe(Edit edit, const QString &nodeName, int row, const QString &value) const override;
};

} // namespace infralab
