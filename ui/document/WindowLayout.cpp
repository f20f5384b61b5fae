#include "WindowLayout.h"

#include <QMainWindow>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

const QString kGeometry = u"window/geometry"_s;
const QString kState = u"window/state"_s;

} // namespace

void WindowLayout::save(const QMainWindow &window)
{
    QSettings settings;
    settings.setValue(kGeometry, window.saveGeometry());
    settings.setValue(kState, window.saveState(kVersion));
}

bool WindowLayout::restore(QMainWindow &window)
{
    const QSettings settings;
    const QByteArray geometry = settings.value(kGeometry).toByteArray();
    const QByteArray state = settings.value(kState).toByteArray();
    if (geometry.isEmpty() && state.isEmpty())
        return false;
    // restoreGeometry keeps the window on a screen that still exists.
    const bool placed = !geometry.isEmpty() && window.restoreGeometry(geometry);
    const bool arranged = !state.isEmpty() && window.restoreState(state, kVersion);
    return placed || arranged;
}

} // namespace infralab
