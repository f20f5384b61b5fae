#include "MainWindow.h"

#include "DesignSummary.h"
#include "Document.h"
#include "actions/EditActions.h"
#include "canvas/CanvasEditor.h"
#include "canvas/CanvasView.h"
#include "i18n/LanguageMenu.h"
#include "canvas/TopologyScene.h"
#include "document/FileActions.h"
#include "document/WindowLayout.h"
#include "help/ActionToolTip.h"
#include "help/HelpMenu.h"
#include "inspector/InspectorDock.h"
#include "export/ExportAction.h"
#include "panels/FindingsDock.h"
#include "panels/WalkthroughPanel.h"
#include "walkthrough/WalkthroughCanvas.h"
#include "walkthrough/WalkthroughPlayer.h"
#include "panels/PaletteDock.h"
#include "panels/UndoHistoryDock.h"
#include "simulation/charts/SimulationChartsDock.h"
#include "simulation/NodeFailureActions.h"
#include "simulation/SimulationCanvas.h"
#include "simulation/SimulationController.h"
#include "simulation/SimulationToolBar.h"

#include "presets/Presets.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

QIcon themeIcon(const QString &name, const QStyle *style, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, style->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_scene(new TopologyScene(m_document->model(), this))
    , m_view(new CanvasView(this))
{
    setWindowIcon(QIcon(u":/icons/infralab.svg"_s));
    m_view->setScene(m_scene);
    setCentralWidget(m_view);

    m_fileActions = new FileActions(this, m_document);
    createFileMenu();
    createEditing();
    createFindingsDock();
    createInspectorDock();
    createWalkthroughPanel();
    createSimulationCharts();
    createViewMenu();
    createSimulation();
    createHelpMenu();
    createStatusBar();

    connect(m_document, &Document::locationChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::setWindowModified);
    connect(m_document, &Document::opened, m_view, &CanvasView::fitToWindow);
    connect(m_document->model(), &TopologyModel::changed, this, &MainWindow::updateSummary);
    updateTitle();
    updateSummary();

    QSize preferred(1400, 900);
    if (const QScreen *display = screen())
        preferred = preferred.boundedTo(display->availableSize() * 0.9);
    resize(preferred);
    // Last: every dock and toolbar must exist for their places to be restored.
    WindowLayout::restore(*this);
}

void MainWindow::createFileMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&File"));
    menu->addAction(m_fileActions->newAction());

    QMenu *presets = menu->addMenu(tr("&New from Preset"));
    presets->setObjectName(u"presetsMenu"_s);
    for (const PresetInfo &preset : builtinPresets()) {
        QAction *action = presets->addAction(preset.title);
        action->setToolTip(preset.description);
        action->setStatusTip(preset.description);
        const QString source = u"preset:"_s + preset.name;
        connect(action, &QAction::triggered, this, [this, source] {
            if (m_fileActions->maySwitchDesign())
                openSource(source);
        });
    }
    presets->setToolTipsVisible(true);

    QAction *open = menu->addAction(themeIcon(u"document-open"_s, style(), QStyle::SP_DialogOpenButton),
                                    tr("&Open…"), this, &MainWindow::chooseFileToOpen);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(u"openAction"_s);
    setToolTipWithShortcut(open, tr("Open a design from a file"));
    menu->addMenu(m_fileActions->recentMenu());
    menu->addSeparator();
    QAction *save = menu->addAction(themeIcon(u"document-save"_s, style(), QStyle::SP_DialogSaveButton),
                                    tr("&Save"), this, &MainWindow::save);
    save->setShortcut(QKeySequence::Save);
    save->setObjectName(u"saveAction"_s);
    setToolTipWithShortcut(save, tr("Save the design"));
    QAction *saveAs = menu->addAction(QIcon::fromTheme(u"document-save-as"_s), tr("Save &As…"), this,
                                      &MainWindow::saveAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    saveAs->setObjectName(u"saveAsAction"_s);
    menu->addSeparator();
    menu->addAction(createExportAction());
    menu->addSeparator();
    QAction *quit = menu->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this, &MainWindow::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(u"quitAction"_s);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(open);
    toolBar->addAction(save);
}

void MainWindow::createEditing()
{
    m_editor = new CanvasEditor(m_scene, m_view, m_document->undoStack(), this);
    m_editActions = new EditActions(m_editor, this);
    menuBar()->addMenu(m_editActions->createMenu(this));
    m_palette = new PaletteDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_palette);
    resizeDocks({m_palette}, {200}, Qt::Horizontal);   // "Application server" and its icon
    connect(m_palette, &PaletteDock::kindActivated, m_editor, &CanvasEditor::addNodeInView);
    m_undoHistory = new UndoHistoryDock(m_document->undoStack(), this);
    addDockWidget(Qt::RightDockWidgetArea, m_undoHistory);
    m_undoHistory->hide();
    connect(m_editor, &CanvasEditor::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
}

QAction *MainWindow::createExportAction()
{
    return new ExportAction(m_scene, m_document, this);
}

void MainWindow::createFindingsDock()
{
    m_findings = new FindingsDock(m_document->model(), this);
    addDockWidget(Qt::RightDockWidgetArea, m_findings);
    // Wide enough for a finding's one-line message next to its rule.
    resizeDocks({m_findings}, {420}, Qt::Horizontal);
    connect(m_findings, &FindingsDock::selectedNodesChanged, m_scene, &TopologyScene::setHighlightedNodes);
}

void MainWindow::createInspectorDock()
{
    m_inspector = new InspectorDock(m_document, this);
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);
    // Properties above the critique: both in view while editing.
    splitDockWidget(m_inspector, m_findings, Qt::Vertical);
    resizeDocks({m_inspector, m_findings}, {3, 2}, Qt::Vertical);
    m_inspector->followSelection(m_scene);
}

void MainWindow::createWalkthroughPanel()
{
    m_walkthroughPlayer = new WalkthroughPlayer(m_document->model(), this);
    m_walkthroughPanel = new WalkthroughPanel(m_walkthroughPlayer, this);
    m_walkthroughCanvas = new WalkthroughCanvas(m_walkthroughPlayer, m_scene, m_view, this);
    // Below the canvas, visible from the start: a student opens the app and presses Play.
    addDockWidget(Qt::BottomDockWidgetArea, m_walkthroughPanel);
    resizeDocks({m_walkthroughPanel}, {230}, Qt::Vertical);
    if (QToolBar *toolBar = findChild<QToolBar *>(u"mainToolBar"_s)) {
        toolBar->addSeparator();
        toolBar->addAction(m_walkthroughPanel->playAction());
    }
}

void MainWindow::createSimulationCharts()
{
    m_simulationCharts = new SimulationChartsDock(this);
    // Below the canvas with the walkthrough: one plays a request, the other
    // runs traffic; the dock shows itself when a simulation runs.
    addDockWidget(Qt::BottomDockWidgetArea, m_simulationCharts);
    tabifyDockWidget(m_walkthroughPanel, m_simulationCharts);
    m_walkthroughPanel->raise();
    m_simulationCharts->hide();
    connect(m_editor, &CanvasEditor::selectionChanged, m_simulationCharts,
            [this] { m_simulationCharts->highlightNodes(m_editor->selectedNodeIds()); });
    connect(m_simulationCharts, &SimulationChartsDock::nodeActivated, m_editor,
            [this](const QString &id) { m_editor->selectNodes({id}); });
}

void MainWindow::createViewMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = menu->addAction(QIcon::fromTheme(u"zoom-in"_s), tr("Zoom &In"), m_view, &CanvasView::zoomIn);
    // Ctrl+= too: Ctrl++ needs Shift on most keyboards.
    zoomIn->setShortcuts({QKeySequence(QKeySequence::ZoomIn), QKeySequence(tr("Ctrl+="))});
    zoomIn->setObjectName(u"zoomInAction"_s);
    QAction *zoomOut = menu->addAction(QIcon::fromTheme(u"zoom-out"_s), tr("Zoom &Out"), m_view,
                                       &CanvasView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setObjectName(u"zoomOutAction"_s);
    // Ctrl+0 is "actual size" in most apps; Ctrl+9 sits next to it.
    QAction *fit = menu->addAction(QIcon::fromTheme(u"zoom-fit-best"_s), tr("&Fit to Window"), m_view,
                                   &CanvasView::fitToWindow);
    fit->setShortcut(QKeySequence(tr("Ctrl+9")));
    fit->setObjectName(u"fitAction"_s);
    setToolTipWithShortcut(fit, tr("Fit the whole design in the window"));
    QAction *actualSize = menu->addAction(QIcon::fromTheme(u"zoom-original"_s), tr("&Actual Size"), m_view,
                                          &CanvasView::resetZoom);
    actualSize->setShortcut(QKeySequence(tr("Ctrl+0")));
    actualSize->setObjectName(u"actualSizeAction"_s);

    menu->addAction(m_editActions->snapToGrid());
    menu->addSeparator();
    menu->addAction(m_palette->toggleViewAction());
    menu->addAction(m_undoHistory->toggleViewAction());
    QAction *showFindings = m_findings->toggleViewAction();
    showFindings->setObjectName(u"showFindingsAction"_s);
    menu->addAction(showFindings);
    QAction *showInspector = m_inspector->toggleViewAction();
    showInspector->setObjectName(u"showInspectorAction"_s);
    menu->addAction(showInspector);
    QAction *showWalkthrough = m_walkthroughPanel->toggleViewAction();
    showWalkthrough->setObjectName(u"showWalkthroughAction"_s);
    menu->addAction(showWalkthrough);
    QAction *showCharts = m_simulationCharts->toggleViewAction();
    showCharts->setObjectName(u"showSimulationChartsAction"_s);
    menu->addAction(showCharts);
    menu->addSeparator();
    auto *languages = new LanguageMenu(menu);
    menu->addMenu(languages);
    connect(languages, &LanguageMenu::restartNeeded, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });

    if (QToolBar *toolBar = findChild<QToolBar *>(u"mainToolBar"_s)) {
        toolBar->addSeparator();
        toolBar->addAction(fit);
    }
}

void MainWindow::createSimulation()
{
    m_simulation = new SimulationController(m_document, this);
    m_simulation->setObjectName(u"simulationController"_s);
    m_simulationToolBar = new SimulationToolBar(m_simulation, this);
    addToolBar(Qt::TopToolBarArea, m_simulationToolBar);
    m_simulationCanvas = new SimulationCanvas(m_simulation, m_scene, this);
    auto *failures = new NodeFailureActions(m_simulation, m_editor, this);
    QMenu *menu = m_simulationToolBar->createMenu(this);
    menu->addSeparator();
    menu->addActions({failures->failAction(), failures->recoverAction()});
    menuBar()->addMenu(menu);
    connect(m_simulation, &SimulationController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_simulation, &SimulationController::advanced, m_simulationCharts, &SimulationChartsDock::update);
    connect(m_simulation, &SimulationController::cleared, m_simulationCharts, &SimulationChartsDock::clear);
}

void MainWindow::createHelpMenu()
{
    // Last of the menus: Help sits at the right end of the menu bar.
    menuBar()->addMenu(new HelpMenu(this));
}

void MainWindow::createStatusBar()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"designSummary"_s);
    m_zoom = new QLabel(this);
    // Wide enough for "800%", so the status bar does not jump while zooming.
    m_zoom->setMinimumWidth(m_zoom->fontMetrics().horizontalAdvance(u"8888%"_s));
    m_zoom->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_findingCount = new QLabel(this);
    m_findingCount->setObjectName(u"findingCount"_s);
    statusBar()->addWidget(m_summary);
    statusBar()->addPermanentWidget(m_findingCount);
    statusBar()->addPermanentWidget(m_zoom);
    connect(m_findings, &FindingsDock::countChanged, this, &MainWindow::updateFindingCount);
    updateFindingCount(int(m_findings->findings().size()));
    connect(m_view, &CanvasView::zoomChanged, this,
            [this](qreal zoom) { m_zoom->setText(tr("%1%").arg(qRound(zoom * 100))); });
    m_zoom->setText(tr("%1%").arg(qRound(m_view->zoom() * 100)));
}

bool MainWindow::openSource(const QString &source)
{
    if (const auto error = m_document->open(source)) {
        showError(tr("Could not open the design"), error->toString());
        return false;
    }
    return true;
}

void MainWindow::chooseFileToOpen()
{
    if (!m_fileActions->maySwitchDesign())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Design"), dialogDirectory(),
                                                      tr("Infralab designs (*.infralab.json *.png *.svg);;All files (*)"));
    if (!path.isEmpty())
        openSource(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (const auto error = m_document->save()) {
        showError(tr("Could not save the design"), *error);
        return false;
    }
    return true;
}

bool MainWindow::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Design As"), dialogDirectory(),
                                                      tr("Infralab designs (*.infralab.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (const auto error = m_document->saveAs(path)) {
        showError(tr("Could not save the design"), *error);
        return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_fileActions->maySwitchDesign()) {
        event->ignore();
        return;
    }
    m_fileActions->endSession();
    WindowLayout::save(*this);
    QMainWindow::closeEvent(event);
}

QString MainWindow::dialogDirectory() const
{
    const QString path = m_document->filePath();
    return path.isEmpty() ? QDir::homePath() : QFileInfo(path).absolutePath();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    // One message at a time: a newer error replaces the one still showing.
    if (m_errorBox)
        m_errorBox->close();
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(u"errorMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    m_errorBox = box;
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] \u2014 Infralab").arg(m_document->displayName()));
    setWindowFilePath(m_document->filePath());
    setWindowModified(m_document->isModified());
}

void MainWindow::updateSummary()
{
    m_summary->setText(designSummary(m_document->topology()));
}

void MainWindow::updateFindingCount(int count)
{
    if (count == 0)
        m_findingCount->setText(tr("No issues"));
    else if (count == 1)
        m_findingCount->setText(tr("1 issue"));
    else
        m_findingCount->setText(tr("%1 issues").arg(count));
}

} // namespace infralab
