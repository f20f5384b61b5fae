#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace infralab {

// The question before unsaved changes would be lost (closing the window,
// New, Open, a preset, a recent file): save them, throw them away, or stay.
class UnsavedChangesPrompt
{
    Q_DECLARE_TR_FUNCTIONS(UnsavedChangesPrompt)

public:
    enum class Answer { Save, Discard, Cancel };

    // Modal: the caller cannot go on without the answer.
    static Answer ask(QWidget *parent, const QString &designName);
};

} // namespace infralab
