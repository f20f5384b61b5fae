#include "ExportFormat.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace infralab {

const QList<ExportFormatInfo> &ExportFormats::all()
{
    static const QList<ExportFormatInfo> table {
        {ExportFormat::Png, "png"_L1, QT_TR_NOOP("PNG image"), true, true},
        {ExportFormat::Svg, "svg"_L1, QT_TR_NOOP("SVG drawing"), true, false},
        {ExportFormat::Pdf, "pdf"_L1, QT_TR_NOOP("PDF document"), false, false},
    };
    return table;
}

const ExportFormatInfo &ExportFormats::info(ExportFormat format)
{
    for (const ExportFormatInfo &row : all()) {
        if (row.format == format)
            return row;
    }
    Q_UNREACHABLE();
}

QString ExportFormats::label(ExportFormat format)
{
    return tr(info(format).label);
}

std::optional<ExportFormat> ExportFormats::forPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    for (const ExportFormatInfo &row : all()) {
        if (suffix.compare(row.suffix, Qt::CaseInsensitive) == 0)
            return row.format;
    }
    return std::nullopt;
}

QString ExportFormats::fileFilter(ExportFormat format)
{
    return u"%1 (*.%2)"_s.arg(label(format), info(format).suffix);
}

} // namespace infralab
