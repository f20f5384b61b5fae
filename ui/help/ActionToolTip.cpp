#include "ActionToolTip.h"

#include <QAction>
#include <QCoreApplication>

namespace infralab {

void setToolTipWithShortcut(QAction *action, const QString &description)
{
    const QKeySequence shortcut = action->shortcut();
    action->setToolTip(shortcut.isEmpty() ? description
                                          : QCoreApplication::translate("ActionToolTip", "%1 (%2)")
                                                .arg(description, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(description);
}

} // namespace infralab
