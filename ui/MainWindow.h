#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMessageBox;

namespace infralab {

class CanvasEditor;
class CanvasView;
class Document;
class FileActions;
class EditActions;
class PaletteDock;
class SimulationCanvas;
class SimulationController;
class SimulationToolBar;
class UndoHistoryDock;
class FindingsDock;
class InspectorDock;
class SimulationChartsDock;
class TopologyScene;
class WalkthroughCanvas;
class WalkthroughPanel;
class WalkthroughPlayer;

// The window: menus, toolbar and status bar wired to the open Document and
// the canvas. It owns no feature logic; each feature lives in its own class.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens a file path or "preset:NAME". On failure the current design stays
    // and one message names the file, the line and the problem.
    bool openSource(const QString &source);

    Document *document() const { return m_document; }
    TopologyScene *scene() const { return m_scene; }
    CanvasView *canvasView() const { return m_view; }
    FindingsDock *findingsDock() const { return m_findings; }
    CanvasEditor *canvasEditor() const { return m_editor; }
    EditActions *editActions() const { return m_editActions; }
    PaletteDock *paletteDock() const { return m_palette; }

    InspectorDock *inspectorDock() const { return m_inspector; }
    FileActions *fileActions() const { return m_fileActions; }

    // Saves to the design's file, or asks for one (Save As); false when the
    // design was not saved (cancelled or failed, with the reason shown).
    bool save();

    WalkthroughPanel *walkthroughPanel() const { return m_walkthroughPanel; }
    WalkthroughPlayer *walkthroughPlayer() const { return m_walkthroughPlayer; }
    WalkthroughCanvas *walkthroughCanvas() const { return m_walkthroughCanvas; }
    SimulationChartsDock *simulationCharts() const { return m_simulationCharts; }

    // The live simulation: connect its advanced()/cleared() to a chart.
    SimulationController *simulationController() const { return m_simulation; }
    SimulationToolBar *simulationToolBar() const { return m_simulationToolBar; }
    SimulationCanvas *simulationCanvas() const { return m_simulationCanvas; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createFileMenu();
    void createEditing();
    void createViewMenu();
    void createHelpMenu();
    void createStatusBar();
    void createFindingsDock();
    void createInspectorDock();
    void createWalkthroughPanel();
    void createSimulationCharts();
    void createSimulation();
    QAction *createExportAction();

    void chooseFileToOpen();
    bool saveAs();
    // Window-modal and non-blocking: tests and scripts never hang on it.
    void showError(const QString &title, const QString &message);
    void updateTitle();
    void updateSummary();
    void updateFindingCount(int count);
    QString dialogDirectory() const;

    Document *m_document;
    TopologyScene *m_scene;
    CanvasView *m_view;
    FindingsDock *m_findings = nullptr;
    InspectorDock *m_inspector = nullptr;
    FileActions *m_fileActions = nullptr;
    WalkthroughPlayer *m_walkthroughPlayer = nullptr;
    WalkthroughPanel *m_walkthroughPanel = nullptr;
    WalkthroughCanvas *m_walkthroughCanvas = nullptr;
    SimulationChartsDock *m_simulationCharts = nullptr;
    CanvasEditor *m_editor = nullptr;
    EditActions *m_editActions = nullptr;
    PaletteDock *m_palette = nullptr;
    UndoHistoryDock *m_undoHistory = nullptr;
    SimulationController *m_simulation = nullptr;
    SimulationToolBar *m_simulationToolBar = nullptr;
    SimulationCanvas *m_simulationCanvas = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_zoom = nullptr;
    QLabel *m_findingCount = nullptr;
    QPointer<QMessageBox> m_errorBox;
};

} // namespace infralab
