#pragma once

class QAction;
class QString;

namespace infralab {

// Gives a toolbar action a tooltip that says what it does, followed by its
// shortcut as the platform writes it: "Open a design from a file (Ctrl+O)".
// The status bar shows the description alone while the pointer rests on it.
// Set the action's shortcut first.
void setToolTipWithShortcut(QAction *action, const QString &description);

} // namespace infralab
