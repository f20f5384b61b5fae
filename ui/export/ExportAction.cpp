#include "ExportAction.h"

#include "DiagramExporter.h"
#include "Document.h"
#include "ExportDialog.h"
#include "ExportSettings.h"
#include "canvas/TopologyScene.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

constexpr int kStatusMessageMs = 6000;

// A file name from a design's name: no separators or characters that some
// file systems refuse.
QString fileNameFrom(QString name)
{
    static const QString kRefused = u"/\\:*?\"<>|"_s;
    for (QChar &c : name) {
        if (kRefused.contains(c) || c.category() == QChar::Other_Control)
            c = u'-';
    }
    name = name.trimmed();
    return name.isEmpty() ? ExportAction::tr("diagram") : name;
}

} // namespace

ExportAction::ExportAction(TopologyScene *scene, Document *document, QMainWindow *window)
    : QAction(QIcon::fromTheme(u"document-export"_s), tr("&Export\u2026"), window)
    , m_scene(scene)
    , m_document(document)
    , m_window(window)
{
    setObjectName(u"exportAction"_s);
    setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    setStatusTip(tr("Save the diagram as a PNG, SVG or PDF picture"));
    connect(this, &QAction::triggered, this, &ExportAction::run);
}

QString ExportAction::suggestedPath(ExportFormat format) const
{
    QString base;
    if (m_document) {
        const QString file = m_document->filePath();
        base = file.isEmpty() ? m_document->displayName() : QFileInfo(file).fileName();
        for (const QString &suffix : {Document::designSuffix(), u".json"_s}) {
            if (base.endsWith(suffix, Qt::CaseInsensitive))
                base.chop(suffix.size());
        }
        if (const auto picture = ExportFormats::forPath(base))
            base.chop(ExportFormats::info(*picture).suffix.size() + 1);
    }
    return QDir(ExportSettings::directory()).filePath(fileNameFrom(base) + u'.' + ExportFormats::info(format).suffix);
}

void ExportAction::run()
{
    if (!m_scene)
        return;
    const DiagramExporter exporter(m_scene);
    ExportDialog dialog(exporter, !m_scene->selectedItems().isEmpty(), m_window);
    dialog.setOptions(ExportSettings::options());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportOptions options = dialog.options();
    QString selectedFilter = ExportFormats::fileFilter(options.format);
    QStringList filters;
    for (const ExportFormatInfo &format : ExportFormats::all())
        filters.append(ExportFormats::fileFilter(format.format));
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Diagram"), suggestedPath(options.format), filters.join(u";;"_s), &selectedFilter);
    if (path.isEmpty())
        return;
    exportTo(path, options);
}

bool ExportAction::exportTo(const QString &path, ExportOptions options)
{
    // The name the user typed decides the format; a bare name gets one.
    QString target = path;
    if (const auto format = ExportFormats::forPath(path))
        options.format = *format;
    else
        target += u'.' + ExportFormats::info(options.format).suffix;
    ExportSettings::setOptions(options);
    ExportSettings::setDirectory(QFileInfo(target).absolutePath());

    const DiagramExporter exporter(m_scene);
    const auto error = exporter.write(target, options);
    if (error) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Could not export the diagram"),
            u"%1: %2"_s.arg(QFileInfo(target).fileName(), *error), QMessageBox::Ok, m_window);
        box->setObjectName(u"exportError"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->open(); // non-blocking: tests and scripts never hang on it
        return false;
    }
    const QSize size = exporter.outputSize(options);
    m_window->statusBar()->showMessage(
        tr("Exported to %1 (%2 \u00d7 %3)").arg(QFileInfo(target).fileName()).arg(size.width()).arg(size.height()),
        kStatusMessageMs);
    return true;
}

} // namespace infralab
