// The real window on whatever platform it is given (offscreen under CTest,
// xcb under xvfb-run): shown, exposed, painted, and not blank.
//
// For looking at it by hand (the screenshots in the issue came from here):
//   INFRALAB_SMOKE_PNG=/tmp/shot.png     save the grabbed window
//   INFRALAB_SMOKE_SOURCE=preset:NAME    another design (default preset otherwise)
//   INFRALAB_SMOKE_PALETTE=dark          a dark palette
//   INFRALAB_SMOKE_ZOOM=2                zoom the canvas after fitting
//   INFRALAB_SMOKE_FINDING=3             select that row of the findings dock
//   INFRALAB_SMOKE_SELECT=fw1            show that node in the properties dock
//                                        (db1,db2,db3: several at once)
//   INFRALAB_SMOKE_STEP=6                show that walkthrough step (1-based)
//   INFRALAB_SMOKE_PROGRESS=0.5          with its packet that far along the hop (1 otherwise)
//   INFRALAB_SMOKE_EDIT=1                an edited design: a dropped firewall, a
//                                        link that makes no sense, a selection,
//                                        the undo history shown
//   INFRALAB_SMOKE_EXPORT_PNG=/tmp/e.png  save File > Export's dialog over the window
//   INFRALAB_SMOKE_CHARTS=30             the live charts after 30 simulated seconds of
//                                        the design under attack, its second web
//                                        server stopped at 10 s
//   INFRALAB_SMOKE_CHARTS_TAB=1          with that chart shown (0 CPU, 1 QPS, 2 drops)
//   INFRALAB_SMOKE_SIMULATE=30           run that many simulated seconds, attack on,
//                                        web2 failed (INFRALAB_SMOKE_RPS=1000 requests/s)
//   INFRALAB_SMOKE_LANGUAGE=fr           the window in that language (en, fr)
// and QT_SCALE_FACTOR=2 for a 200% screen.

#include "MainWindow.h"
#include "i18n/Translations.h"
#include "Document.h"
#include "canvas/CanvasEditor.h"
#include "canvas/CanvasView.h"
#include "inspector/InspectorDock.h"
#include "canvas/TopologyNodeItem.h"
#include "canvas/TopologyScene.h"
#include "commands/ConnectCommand.h"
#include "export/DiagramExporter.h"
#include "export/ExportDialog.h"
#include "panels/FindingsDock.h"
#include "simulation/charts/SimulationChartsDock.h"
#include "simulation/SimulationController.h"
#include "walkthrough/HopAnimation.h"
#include "walkthrough/WalkthroughCanvas.h"
#include "walkthrough/WalkthroughPlayer.h"

#include "presets/Presets.h"
#include "simulation/Simulation.h"

#include <QApplication>
#include <QDockWidget>
#include <QUndoStack>
#include <QListWidget>
#include <QTabWidget>
#include <QImage>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace infralab;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::WindowText, QColor(0xe3, 0xe5, 0xe8));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    palette.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::Text, QColor(0xe3, 0xe5, 0xe8));
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    palette.setColor(QPalette::ButtonText, QColor(0xe3, 0xe5, 0xe8));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xff));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    return palette;
}

qsizetype distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            colours.insert(line[x]);
    }
    return colours.size();
}

} // namespace

class tst_Smoke : public QObject
{
    Q_OBJECT

private slots:
    void windowShowsTheDesign();
};

void tst_Smoke::windowShowsTheDesign()
{
    if (qEnvironmentVariable("INFRALAB_SMOKE_PALETTE") == u"dark"_s)
        QApplication::setPalette(darkPalette());
    const QString language = qEnvironmentVariable("INFRALAB_SMOKE_LANGUAGE");
    if (!language.isEmpty())
        Translations::install(languageFromCode(language));

    MainWindow window;
    window.resize(1400, 900);
    const QString source = qEnvironmentVariable("INFRALAB_SMOKE_SOURCE", u"preset:"_s + defaultPresetName());
    QVERIFY(window.openSource(source));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    bool zoomGiven = false;
    const double zoom = qEnvironmentVariable("INFRALAB_SMOKE_ZOOM").toDouble(&zoomGiven);
    if (zoomGiven) {
        CanvasView *view = window.canvasView();
        view->setZoom(zoom, QRectF(view->viewport()->rect()).center());
    }

    bool findingGiven = false;
    const int finding = qEnvironmentVariable("INFRALAB_SMOKE_FINDING").toInt(&findingGiven);
    if (findingGiven) {
        QListWidget *list = window.findingsDock()->list();
        list->setCurrentItem(list->item(finding));
    }

    const QStringList selected = qEnvironmentVariable("INFRALAB_SMOKE_SELECT").split(u',', Qt::SkipEmptyParts);
    if (!selected.isEmpty()) {
        window.inspectorDock()->showNodes(selected);
        QCOMPARE(window.inspectorDock()->shownNodes(), selected);
        QTest::qWait(50);   // let the dock lay out its new fields before the grab
    }

    bool stepGiven = false;
    const int step = qEnvironmentVariable("INFRALAB_SMOKE_STEP").toInt(&stepGiven);
    if (stepGiven) {
        window.walkthroughPlayer()->goToStep(step - 1);
        QCOMPARE(window.walkthroughPlayer()->currentIndex(), step - 1);
        bool progressGiven = false;
        const double progress = qEnvironmentVariable("INFRALAB_SMOKE_PROGRESS").toDouble(&progressGiven);
        window.walkthroughCanvas()->animation()->setProgress(progressGiven ? progress : 1.0);
        QTest::qWait(CanvasView::kGlideMs + 100);   // the view's glide to the hop, when zoomed in
    }

    if (qEnvironmentVariableIsSet("INFRALAB_SMOKE_EDIT")) {
        CanvasEditor *editor = window.canvasEditor();
        editor->addNode(NodeKind::Firewall, QPointF(330, 260));
        editor->push(new ConnectCommand(window.document()->model(), {u"user"_s, u"db1"_s, {}}));
        editor->selectNodes({u"lb"_s, u"fw2"_s});
        if (auto *history = window.findChild<QDockWidget *>(u"undoHistoryDock"_s))
            history->show();
        QTest::mouseMove(window.canvasView()->viewport(),
                         window.canvasView()->mapFromScene(window.scene()->nodeItem(u"fw3"_s)->sceneBoundingRect().center()));
        QCoreApplication::processEvents();
    }

    bool chartsGiven = false;
    const double chartSeconds = qEnvironmentVariable("INFRALAB_SMOKE_CHARTS").toDouble(&chartsGiven);
    std::unique_ptr<Simulation> simulation;
    if (chartsGiven) {
        SimulationConfig config;
        config.attackRate = 200;
        simulation = std::make_unique<Simulation>(window.document()->topology(), config);
        SimulationChartsDock *charts = window.simulationCharts();
        for (double t = 0.5; t <= chartSeconds; t += 0.5) {
            const QList<const Node *> webServers = window.document()->topology().nodesOfKind(NodeKind::WebServer);
            if (t == 10 && webServers.size() > 1)
                simulation->failNode(webServers[1]->id);
            simulation->advanceTo(t);
            charts->update(*simulation);
        }
        charts->chartTabs()->setCurrentIndex(qEnvironmentVariableIntValue("INFRALAB_SMOKE_CHARTS_TAB"));
        QTest::qWait(50);   // the dock's first layout
    }

    bool simulateGiven = false;
    const int simulate = qEnvironmentVariable("INFRALAB_SMOKE_SIMULATE").toInt(&simulateGiven);
    if (simulateGiven) {
        SimulationController *controller = window.simulationController();
        controller->setTickBudgetMs(0);
        bool rpsGiven = false;
        const int rps = qEnvironmentVariable("INFRALAB_SMOKE_RPS").toInt(&rpsGiven);
        controller->setRequestRate(rpsGiven ? rps : 1000);
        controller->setAttacking(true);
        controller->setSpeed(SimulationSpeed::Times10);
        controller->start();
        QVERIFY(controller->failNode(u"web2"_s));
        while (controller->simulation().now() < simulate)
            controller->advanceBy(0.1);
        QCoreApplication::processEvents();
    }
    const QImage shot = window.grab().toImage();
    QVERIFY(!shot.isNull());
    // A blank or single-colour window has a handful of colours; icons,
    // antialiased text and lines give hundreds.
    QVERIFY2(distinctColours(shot) > 200, qPrintable(u"only %1 colours"_s.arg(distinctColours(shot))));
    const QImage canvas = window.canvasView()->viewport()->grab().toImage();
    QVERIFY(distinctColours(canvas) > 200);

    const QString path = qEnvironmentVariable("INFRALAB_SMOKE_PNG");
    if (!path.isEmpty())
        QVERIFY2(shot.save(path), qPrintable(path));

    const QString exportPath = qEnvironmentVariable("INFRALAB_SMOKE_EXPORT_PNG");
    if (!exportPath.isEmpty()) {
        const DiagramExporter exporter(window.scene());
        ExportDialog dialog(exporter, false, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.grab().save(exportPath), qPrintable(exportPath));
    }
}

QTEST_MAIN(tst_Smoke)
#include "tst_smoke.moc"
