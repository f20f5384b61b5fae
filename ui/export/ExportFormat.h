#pragma once

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <optional>

namespace infralab {

// What File > Export and `infralab export` can write.
enum class ExportFormat {
    Png,
    Svg,
    Pdf,
};

// One row of the table below: everything that differs between formats.
struct ExportFormatInfo
{
    ExportFormat format;
    QLatin1StringView suffix; // without the dot: "png"
    const char *label; // for tr(): "PNG image"
    bool carriesDesign; // reopens as a design (File > Open, SRC)
    bool raster; // pixels: the background and scale matter differently
};

class ExportFormats
{
    Q_DECLARE_TR_FUNCTIONS(ExportFormats)

public:
    static const QList<ExportFormatInfo> &all();
    static const ExportFormatInfo &info(ExportFormat format);
    static QString label(ExportFormat format);
    // By the file's suffix, case-insensitively; nothing for any other.
    static std::optional<ExportFormat> forPath(const QString &path);
    // "PNG image (*.png)" for a file dialog.
    static QString fileFilter(ExportFormat format);
};

} // namespace infralab
