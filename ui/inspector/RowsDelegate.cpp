#include "RowsDelegate.h"

#include "JsonRowsModel.h"

#include <QComboBox>
#include <QSpinBox>

namespace infralab {

QWidget *RowsDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QStringList choices = index.data(JsonRowsModel::kChoicesRole).toStringList();
    if (choices.isEmpty()) {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        // Wider than a port so that a wrong one can be typed and refused with its reason.
        if (auto *spin = qobject_cast<QSpinBox *>(editor))
            spin->setRange(0, 999999);
        return editor;
    }
    auto *combo = new QComboBox(parent);
    combo->setEditable(index.data(JsonRowsModel::kFreeTextRole).toBool());
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(choices);
    combo->setMaxVisibleItems(16);
    return combo;
}

void RowsDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString value = index.data(Qt::EditRole).toString();
        const int found = combo->findText(value);
        if (found >= 0)
            combo->setCurrentIndex(found);
        else
            combo->setEditText(value);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RowsDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace infralab
