#include "CheckedLineEdit.h"

#include "InspectorStyle.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace infralab {

CheckedLineEdit::CheckedLineEdit(Check check, QWidget *parent)
    : QWidget(parent)
    , m_check(std::move(check))
    , m_edit(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem);
    setFocusProxy(m_edit);

    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    styleAsProblem(m_problem);

    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::editingFinished, this, &CheckedLineEdit::commit);
    // Typing again means the user is fixing it: stop shouting, keep the hint.
    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_edit->setStyleSheet(QString()); });
}

void CheckedLineEdit::setValue(const QString &value)
{
    m_value = value;
    if (m_edit->text() != value)
        m_edit->setText(value);
    showProblem({});
}

QString CheckedLineEdit::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void CheckedLineEdit::commit()
{
    const QString text = m_edit->text();
    if (text == m_value) {
        showProblem({});
        return;
    }
    if (m_check) {
        if (const std::optional<QString> problem = m_check(text)) {
            showProblem(*problem);
            return;
        }
    }
    showProblem({});
    m_value = text;
    emit committed(text);
}

void CheckedLineEdit::showProblem(const QString &problem)
{
    const bool refused = !problem.isEmpty();
    // Sentence case for a message that stands on its own line.
    m_problem->setText(refused ? problem.left(1).toUpper() + problem.mid(1) : QString());
    m_problem->setVisible(refused);
    m_edit->setToolTip(refused ? m_problem->text() : QString());
    m_edit->setStyleSheet(refused ? problemFieldStyleSheet() : QString());
}

bool CheckedLineEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        setValue(m_value);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace infralab
