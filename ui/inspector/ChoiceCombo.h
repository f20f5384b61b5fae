#pragma once

#include "Choices.h"

#include <QComboBox>

namespace infralab {

// A combo box over a closed set: shows labels, speaks file-format values.
// picked() is emitted for the user's choices only, never for setValue(), so
// showing a node never records an edit.
class ChoiceCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit ChoiceCombo(const QList<Choice> &choices, QWidget *parent = nullptr);

    void setValue(const QString &value);
    QString value() const;

signals:
    void picked(const QString &value);
};

} // namespace infralab
