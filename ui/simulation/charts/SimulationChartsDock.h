#pragma once

#include "ChartedNodes.h"

#include <QDockWidget>
#include <QStringList>

#include <optional>

class QAction;
class QLabel;
class QTabWidget;

namespace infralab {

class AlertList;
class LiveLineChart;
class Simulation;

// The live charts of a running simulation (issue 5): CPU per monitored
// server, queries per second per monitored web server, drops per firewall,
// over the last minute of simulated time, with the alert list beside them.
// A controller calls update() after each tick and clear() when the run is
// reset or replaced; the dock keeps nothing that grows with the run.
class SimulationChartsDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int kWindowSeconds = 60;
    // The height the dock asks for when a run first shows it: five value
    // labels on each axis and room for the tab bars.
    static constexpr int kPreferredHeight = 300;

    explicit SimulationChartsDock(QWidget *parent = nullptr);

    LiveLineChart *cpuChart() const { return m_cpu; }
    LiveLineChart *qpsChart() const { return m_qps; }
    LiveLineChart *dropsChart() const { return m_drops; }
    AlertList *alertList() const { return m_alerts; }
    // One chart a tab: the dock shares the bottom with the walkthrough and
    // is too short for three charts stacked.
    QTabWidget *chartTabs() const { return m_tabs; }
    // The "no data" note under the charts: which servers the monitoring misses.
    QLabel *silentNote() const { return m_silentNote; }
    const ChartedNodes &charted() const { return m_charted; }
    // Save Charts as Image…: enabled while the dock shows a run.
    QAction *saveImageAction() const { return m_saveImage; }
    // The three charts, titled, one above the other, as a PNG at `scale`;
    // the error when it could not be written (no file is left then).
    std::optional<QString> saveImage(const QString &path, qreal scale = 2);

public slots:
    // Shows the simulation's last minute; the first update of a run also
    // shows the dock.
    void update(const infralab::Simulation &simulation);
    void clear();
    // The canvas selection: the lines of these nodes (or of their server,
    // or of what runs on it) stand out.
    void highlightNodes(const QStringList &ids);

signals:
    // The user picked an alert about this node.
    void nodeActivated(const QString &id);

private:
    void startRun(const Simulation &simulation);
    void showSilent();
    void applyHighlight();
    void chooseImageFile();

    LiveLineChart *m_cpu;
    LiveLineChart *m_qps;
    LiveLineChart *m_drops;
    QTabWidget *m_tabs;
    AlertList *m_alerts;
    QLabel *m_silentNote;
    QAction *m_saveImage;
    ChartedNodes m_charted;
    const Simulation *m_source = nullptr;   // compared, never followed: the controller owns it
    double m_lastNow = -1;
    bool m_sized = false;   // asked for its height once; after that the user's size stands
    QStringList m_selection;
};

} // namespace infralab
