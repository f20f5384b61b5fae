#pragma once

#include "ExportOptions.h"

#include <QAction>
#include <QPointer>

class QMainWindow;

namespace infralab {

class Document;
class TopologyScene;

// File > Export…: asks for the options (ExportDialog) and a file name, then
// writes the export and says how it went in the window. All the feature's
// window logic, so MainWindow only adds the action to its menu.
class ExportAction : public QAction
{
    Q_OBJECT

public:
    ExportAction(TopologyScene *scene, Document *document, QMainWindow *window);

    // Writes to `path` (the format follows its suffix when it has a known
    // one); on failure shows one message naming the file and the problem,
    // on success says so in the status bar. Remembers the options.
    bool exportTo(const QString &path, ExportOptions options);

    // The file name offered first: the design's file or name, and the suffix.
    QString suggestedPath(ExportFormat format) const;

private:
    void run();

    QPointer<TopologyScene> m_scene;
    QPointer<Document> m_document;
    QMainWindow *m_window;
};

} // namespace infralab
