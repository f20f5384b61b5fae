#pragma once

#include "ExportOptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QPointer>
#include <QString>

#include <optional>

namespace infralab {

class ExportContent;
class TopologyScene;

// Renders the diagram a TopologyScene shows (all of it, not what a view
// shows, or the selection) to PNG, SVG or PDF, with the design inside the
// PNG and SVG so they reopen as designs. Files are written atomically.
class DiagramExporter
{
    Q_DECLARE_TR_FUNCTIONS(DiagramExporter)

public:
    // A bigger image would take more memory than a machine may have; the
    // user is asked for a smaller scale instead.
    static constexpr qint64 kMaxPixels = 160'000'000;
    static constexpr int kMaxSide = 32'000;

    explicit DiagramExporter(TopologyScene *scene);

    // The file's bytes, or why there are none (nothing to export, too large).
    struct Rendered
    {
        QByteArray bytes;
        QString error;
    };
    Rendered render(const ExportOptions &options) const;

    // Renders and writes through QSaveFile: on any failure no file, or the
    // old one whole, is left. Returns the error, one line to put after the
    // file's name, or nothing.
    std::optional<QString> write(const QString &path, const ExportOptions &options) const;

    // The size in output units (pixels for PNG) an export would have; empty
    // when there is nothing to export.
    QSize outputSize(const ExportOptions &options) const;

private:
    QImage renderImage(const ExportContent &content, const ExportOptions &options, QString &error) const;
    QByteArray renderPng(const ExportContent &content, const ExportOptions &options, QString &error) const;
    QByteArray renderSvg(const ExportContent &content, const ExportOptions &options) const;
    QByteArray renderPdf(const ExportContent &content, const ExportOptions &options) const;

    QPointer<TopologyScene> m_scene;
};

} // namespace infralab
