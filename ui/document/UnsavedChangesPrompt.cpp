#include "UnsavedChangesPrompt.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace infralab {

UnsavedChangesPrompt::Answer UnsavedChangesPrompt::ask(QWidget *parent, const QString &designName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save the changes to \u201c%1\u201d before closing it?").arg(designName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(u"unsavedChangesPrompt"_s);
    box.setInformativeText(tr("Your changes will be lost if you don\u2019t save them."));
    box.button(QMessageBox::Discard)->setText(tr("&Don\u2019t Save"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save: return Answer::Save;
    case QMessageBox::Discard: return Answer::Discard;
    default: return Answer::Cancel;
    }
}

} // namespace infralab
