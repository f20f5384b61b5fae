#pragma once

#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;

namespace infralab {

// A line edit that commits on Enter or when it loses focus, never per
// keystroke, and refuses a value in place: the reason appears under the
// field, the text stays for the user to fix, and nothing is committed.
// Escape puts back the value last shown.
class CheckedLineEdit : public QWidget
{
    Q_OBJECT

public:
    // Why a text cannot be committed, or nothing when it can.
    using Check = std::function<std::optional<QString>(const QString &)>;

    explicit CheckedLineEdit(Check check = {}, QWidget *parent = nullptr);

    // Shows the model's value (clearing any refusal) unless it is already shown.
    void setValue(const QString &value);
    QString value() const { return m_value; }

    QLineEdit *lineEdit() const { return m_edit; }
    // The reason the last commit was refused; empty when none.
    QString problem() const;

signals:
    void committed(const QString &value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commit();
    void showProblem(const QString &problem);

    Check m_check;
    QLineEdit *m_edit;
    QLabel *m_problem;
    QString m_value;
};

} // namespace infralab
