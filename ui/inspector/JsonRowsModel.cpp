#include "JsonRowsModel.h"

#include "PropertySection.h"

#include <QJsonObject>

namespace infralab {

JsonRowsModel::JsonRowsModel(const TopologyModel *model, const QString &key, QObject *parent)
    : QAbstractTableModel(parent)
    , m_model(model)
    , m_key(key)
{
}

void JsonRowsModel::setNode(const Node &node)
{
    m_node = node;
    const QJsonArray rows = node.props.value(m_key).toArray();
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int JsonRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JsonRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columnKeys().size());
}

QVariant JsonRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QJsonObject row = m_rows.at(index.row()).toObject();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return cell(row, index.column());
    case Qt::ToolTipRole: return toolTip(row, index.column());
    case kChoicesRole: return choices(index.column());
    case kFreeTextRole: return acceptsFreeText(index.column());
    default: return {};
    }
}

bool JsonRowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int column = index.column();
    QJsonObject row = m_rows.at(index.row()).toObject();
    const QJsonValue json = toJson(column, value);
    if (json == toJson(column, cell(row, column)))
        return true;   // nothing changed: no command
    if (const auto reason = problem(column, json)) {
        emit refused(tr("Row %1: %2").arg(index.row() + 1).arg(*reason));
        return false;
    }
    row.insert(columnKeys().at(column), json);
    QJsonArray rows = m_rows;
    rows.replace(index.row(), row);
    m_rows = rows;
    emit dataChanged(index, index);
    commit(rows, describe(Edit::Change, PropertySection::nameOf(m_node), index.row(), value.toString()));
    return true;
}

Qt::ItemFlags JsonRowsModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant JsonRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;   // rule order matters: first match wins
    return columnTitles().value(section);
}

void JsonRowsModel::appendRow()
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(newRow());
    endInsertRows();
    commit(m_rows, describe(Edit::Add, PropertySection::nameOf(m_node), row, {}));
}

void JsonRowsModel::removeRowAt(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    commit(m_rows, describe(Edit::Remove, PropertySection::nameOf(m_node), row, {}));
}

void JsonRowsModel::moveRowBy(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_rows.size() || target < 0 || target >= m_rows.size() || delta == 0)
        return;
    // beginMoveRows names the row the moved one lands before.
    beginMoveRows({}, row, row, {}, delta > 0 ? target + 1 : target);
    const QJsonValue moved = m_rows.takeAt(row);
    m_rows.insert(target, moved);
    endMoveRows();
    commit(m_rows, describe(delta < 0 ? Edit::MoveUp : Edit::MoveDown, PropertySection::nameOf(m_node), row, {}));
}

QJsonValue JsonRowsModel::toJson(int, const QVariant &value) const
{
    return value.toString().trimmed();
}

QStringList JsonRowsModel::choices(int) const
{
    return {};
}

bool JsonRowsModel::acceptsFreeText(int) const
{
    return true;
}

QString JsonRowsModel::toolTip(const QJsonObject &, int) const
{
    return {};
}

void JsonRowsModel::commit(const QJsonArray &rows, const QString &text)
{
    Node after = m_node;
    after.props.insert(m_key, rows);
    m_node = after;
    emit edited(after, text);
}

} // namespace infralab
