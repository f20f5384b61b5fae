#include "ChoiceCombo.h"

namespace infralab {

ChoiceCombo::ChoiceCombo(const QList<Choice> &choices, QWidget *parent)
    : QComboBox(parent)
{
    for (const Choice &choice : choices) {
        addItem(choice.label, choice.value);
        setItemData(count() - 1, choice.tooltip, Qt::ToolTipRole);
    }
    connect(this, &QComboBox::activated, this, [this](int index) { emit picked(itemData(index).toString()); });
}

void ChoiceCombo::setValue(const QString &value)
{
    setCurrentIndex(findData(value));
}

QString ChoiceCombo::value() const
{
    return currentData().toString();
}

} // namespace infralab
