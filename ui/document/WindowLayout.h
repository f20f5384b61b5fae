#pragma once

class QMainWindow;

namespace infralab {

// Where the window was and how its docks and toolbars were arranged, kept in
// QSettings from one session to the next. Every dock and toolbar needs an
// objectName for QMainWindow::restoreState to find it.
class WindowLayout
{
public:
    // Bump when docks are renamed or removed, so an old layout is not
    // forced on a window it no longer fits.
    static constexpr int kVersion = 1;

    static void save(const QMainWindow &window);
    // False when nothing was saved yet (the first start keeps its defaults).
    static bool restore(QMainWindow &window);
};

} // namespace infralab
