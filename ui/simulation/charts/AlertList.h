#pragma once

#include "simulation/SimulationEvent.h"

#include <QList>
#include <QTreeWidget>

namespace infralab {

// What the simulation reported, as the monitoring service's operator would
// read it: QPS alerts, failures and recoveries, each at its simulated time
// (mm:ss) with an icon by severity, oldest at the top. Only events it has
// not shown yet are added, and it follows the newest unless the user
// scrolled up to read an older one.
class AlertList : public QTreeWidget
{
    Q_OBJECT

public:
    // Rows beyond this drop off the top: a run of an hour stays light.
    static constexpr int kMaxRows = 1000;

    explicit AlertList(QWidget *parent = nullptr);

    // Adds what `events` holds beyond what was shown. The simulation drops
    // its oldest events past a limit, so the list finds where it left off
    // by the last event it showed rather than by a bare count.
    void showNew(const QList<SimulationEvent> &events);
    void clearEvents();

    // The node of a row, for selecting it on the canvas.
    static QString nodeOf(const QTreeWidgetItem *item);
    static QString timeText(double seconds);

signals:
    void nodeActivated(const QString &id);

private:
    qsizetype firstNew(const QList<SimulationEvent> &events) const;
    void append(const SimulationEvent &event);

    qsizetype m_shown = 0;             // events of the current list shown so far
    SimulationEvent m_lastShown;
    bool m_any = false;
};

} // namespace infralab
