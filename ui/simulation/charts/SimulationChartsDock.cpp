#include "SimulationChartsDock.h"

#include "AlertList.h"
#include "ChartWindow.h"
#include "ChartsImage.h"
#include "LiveLineChart.h"

#include "simulation/Simulation.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QMainWindow>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

void feed(LiveLineChart *chart, const Simulation &simulation, const QList<ChartLine> &lines, ChartMeasure measure)
{
    const ChartWindow window = ChartWindow::of(simulation.history(), lines, measure, simulation.now(),
                                               SimulationChartsDock::kWindowSeconds);
    chart->replaceAll(window.points);
    chart->setReporting(window.reporting);
    chart->setXRange(window.from, window.to);
    chart->fitValues(window.peak);
}

QSet<QString> highlightedLines(const QList<ChartLine> &lines, const QStringList &selection)
{
    QSet<QString> ids;
    for (const ChartLine &line : lines) {
        for (const QString &related : line.related) {
            if (selection.contains(related)) {
                ids.insert(line.id);
                break;
            }
        }
    }
    return ids;
}

} // namespace

SimulationChartsDock::SimulationChartsDock(QWidget *parent)
    : QDockWidget(tr("Live Charts"), parent)
    , m_cpu(new LiveLineChart(tr("CPU %"), tr("%1 %"), 100))
    , m_qps(new LiveLineChart(tr("requests/s"), tr("%1 requests/s"), 0))
    , m_drops(new LiveLineChart(tr("drops/s"), tr("%1 drops/s"), 0))
    , m_tabs(new QTabWidget)
    , m_alerts(new AlertList)
    , m_silentNote(new QLabel)
    , m_saveImage(new QAction(this))
{
    setObjectName(u"simulationChartsDock"_s);
    m_cpu->setObjectName(u"cpuChart"_s);
    m_qps->setObjectName(u"qpsChart"_s);
    m_drops->setObjectName(u"dropsChart"_s);
    m_silentNote->setObjectName(u"noDataNote"_s);
    m_silentNote->setWordWrap(true);
    m_silentNote->setTextFormat(Qt::RichText);
    m_silentNote->setContentsMargins(6, 2, 6, 4);
    m_silentNote->hide();

    m_tabs->setObjectName(u"chartTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_cpu, tr("CPU"));
    m_tabs->addTab(m_qps, tr("Queries per Second"));
    m_tabs->addTab(m_drops, tr("Firewall Drops"));
    m_tabs->setTabToolTip(0, tr("CPU of each monitored server, in percent"));
    m_tabs->setTabToolTip(1, tr("Requests each monitored web server received, per second"));
    m_tabs->setTabToolTip(2, tr("Packets each firewall's rules dropped, per second"));
    for (LiveLineChart *chart : {m_cpu, m_qps, m_drops})
        chart->setPlaceholderText(tr("Start the traffic simulation to see its numbers here."));
    m_saveImage->setObjectName(u"saveChartsImageAction"_s);
    m_saveImage->setText(tr("Save Charts as Image…"));
    m_saveImage->setIcon(QIcon::fromTheme(u"document-save-as"_s, style()->standardIcon(QStyle::SP_DialogSaveButton)));
    m_saveImage->setToolTip(tr("Save the three charts as a PNG image, for a report"));
    m_saveImage->setEnabled(false);
    connect(m_saveImage, &QAction::triggered, this, &SimulationChartsDock::chooseImageFile);
    auto *saveButton = new QToolButton;
    saveButton->setDefaultAction(m_saveImage);
    saveButton->setAutoRaise(true);
    m_tabs->setCornerWidget(saveButton, Qt::TopRightCorner);
    auto *charts = new QWidget;
    auto *chartColumn = new QVBoxLayout(charts);
    chartColumn->setContentsMargins(0, 0, 0, 0);
    chartColumn->setSpacing(2);
    chartColumn->addWidget(m_tabs, 1);
    chartColumn->addWidget(m_silentNote);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(charts);
    splitter->addWidget(m_alerts);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});
    setWidget(splitter);

    connect(m_alerts, &AlertList::nodeActivated, this, &SimulationChartsDock::nodeActivated);
}

void SimulationChartsDock::update(const Simulation &simulation)
{
    // A new run, or a reset the controller did not announce.
    if (&simulation != m_source || simulation.now() < m_lastNow)
        startRun(simulation);
    m_lastNow = simulation.now();
    feed(m_cpu, simulation, m_charted.cpu, ChartMeasure::Cpu);
    feed(m_qps, simulation, m_charted.qps, ChartMeasure::Qps);
    feed(m_drops, simulation, m_charted.drops, ChartMeasure::Drops);
    m_alerts->showNew(simulation.events());
}

void SimulationChartsDock::clear()
{
    m_source = nullptr;
    m_lastNow = -1;
    m_charted = {};
    for (LiveLineChart *chart : {m_cpu, m_qps, m_drops}) {
        chart->setLines({});
        chart->setXRange(0, kWindowSeconds);
        chart->fitValues(0);
        chart->setPlaceholderText(tr("Start the traffic simulation to see its numbers here."));
    }
    m_alerts->clearEvents();
    m_silentNote->hide();
    m_saveImage->setEnabled(false);
}

void SimulationChartsDock::highlightNodes(const QStringList &ids)
{
    m_selection = ids;
    applyHighlight();
}

void SimulationChartsDock::startRun(const Simulation &simulation)
{
    clear();
    m_source = &simulation;
    m_saveImage->setEnabled(true);
    m_charted = ChartedNodes::of(simulation);
    m_cpu->setLines(m_charted.cpu);
    m_qps->setLines(m_charted.qps);
    m_drops->setLines(m_charted.drops);
    m_cpu->setPlaceholderText(tr("No data: no server has a monitoring agent reporting to a monitoring service."));
    m_qps->setPlaceholderText(tr("No data: no web server is monitored."));
    m_drops->setPlaceholderText(tr("No firewall in this design: nothing is dropped."));
    showSilent();
    applyHighlight();
    // A run starting is when a student wants to see it.
    show();
    raise();
    auto *window = qobject_cast<QMainWindow *>(parentWidget());
    if (!m_sized && window && !isFloating() && height() < kPreferredHeight)
        window->resizeDocks({this}, {kPreferredHeight}, Qt::Vertical);
    m_sized = true;
}

void SimulationChartsDock::showSilent()
{
    QStringList lines;
    for (const SilentNode &silent : m_charted.silent)
        lines.append(tr("<b>%1</b> — no data: %2").arg(silent.name.toHtmlEscaped(), silent.reason.toHtmlEscaped()));
    m_silentNote->setText(lines.join(u"<br>"_s));
    m_silentNote->setVisible(!lines.isEmpty());
}

void SimulationChartsDock::applyHighlight()
{
    m_cpu->setHighlighted(highlightedLines(m_charted.cpu, m_selection));
    m_qps->setHighlighted(highlightedLines(m_charted.qps, m_selection));
    m_drops->setHighlighted(highlightedLines(m_charted.drops, m_selection));
}

std::optional<QString> SimulationChartsDock::saveImage(const QString &path, qreal scale)
{
    // The tabs not shown keep whatever size they last had (or none): draw
    // all three at the size of the one on screen.
    const QSize shown = m_tabs->currentWidget()->size();
    for (LiveLineChart *chart : {m_cpu, m_qps, m_drops}) {
        if (chart != m_tabs->currentWidget())
            chart->resize(shown);
    }
    // Charts lay out their legends on a posted request: settle them first.
    QCoreApplication::sendPostedEvents();
    const QImage image = ChartsImage::render({{m_tabs->tabText(0), m_cpu},
                                              {m_tabs->tabText(1), m_qps},
                                              {m_tabs->tabText(2), m_drops}},
                                             scale);
    return ChartsImage::save(image, path);
}

void SimulationChartsDock::chooseImageFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Charts as Image"), folder + u"/charts.png"_s,
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (const std::optional<QString> error = saveImage(path)) {
        // Window-modal and non-blocking, like the window's other errors.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Could not save the charts"),
                                    tr("%1: %2").arg(path, *error), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->open();
    }
}

} // namespace infralab
