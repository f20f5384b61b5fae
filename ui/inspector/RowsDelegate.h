#pragma once

#include <QStyledItemDelegate>

namespace infralab {

// Edits a JsonRowsModel cell with what the model offers for it: a combo box
// of its choices (editable when free text is allowed, e.g. an IP address as
// a DNS target), or the standard editor (a spin box for a port).
class RowsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace infralab
