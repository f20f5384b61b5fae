#pragma once

#include "model/Node.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QStringList>

#include <optional>

namespace infralab {

class TopologyModel;

// An ordered list in a node's props (a firewall's "rules", a DNS server's
// "records") as an editable table. The rows stay JSON objects, so keys this
// version does not know survive an edit. Every change (a cell, a new row, a
// removal, a move) is reported as the whole edited node with the words for
// the undo history; the model adopts it at once, so the view keeps its
// selection, and setNode() with the same rows later changes nothing.
class JsonRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What a cell's editor offers (a QStringList), and whether it also takes
    // text that is not on the list (a bool).
    static constexpr int kChoicesRole = Qt::UserRole + 1;
    static constexpr int kFreeTextRole = Qt::UserRole + 2;

    JsonRowsModel(const TopologyModel *model, const QString &key, QObject *parent = nullptr);

    void setNode(const Node &node);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void appendRow();
    void removeRowAt(int row);
    // Moves one row up or down by one place.
    void moveRowBy(int row, int delta);

signals:
    void edited(const infralab::Node &after, const QString &text);
    // A value was refused; `reason` names the row and what is wrong.
    void refused(const QString &reason);

protected:
    enum class Edit { Add, Remove, MoveUp, MoveDown, Change };

    virtual QStringList columnTitles() const = 0;
    virtual QStringList columnKeys() const = 0;
    // A cell as shown and edited, the file format's defaults filled in.
    virtual QVariant cell(const QJsonObject &row, int column) const = 0;
    virtual QJsonValue toJson(int column, const QVariant &value) const;
    virtual std::optional<QString> problem(int column, const QJsonValue &value) const = 0;
    virtual QStringList choices(int column) const;
    virtual bool acceptsFreeText(int column) const;
    virtual QString toolTip(const QJsonObject &row, int column) const;
    virtual QJsonObject newRow() const = 0;
    // The undo history's words for an edit of row `row` (0-based).
    virtual QString describe(Edit edit, const QString &nodeName, int row, const QString &value) const = 0;

    const TopologyModel *topologyModel() const { return m_model; }

private:
    void commit(const QJsonArray &rows, const QString &text);

    const TopologyModel *m_model;
    QString m_key;
    Node m_node;
    QJsonArray m_rows;
};

} // namespace infralab
