#include "ExportSettings.h"

#include <QDir>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

const QString kFormat = u"export/format"_s;
const QString kScale = u"export/scale"_s;
const QString kMargin = u"export/margin"_s;
const QString kTransparent = u"export/transparent"_s;
const QString kDirectory = u"export/directory"_s;

} // namespace

ExportOptions ExportSettings::options()
{
    const QSettings settings;
    ExportOptions options;
    // Stored by suffix, so the file stays readable and survives a reordering.
    const QString suffix = settings.value(kFormat).toString();
    for (const ExportFormatInfo &format : ExportFormats::all()) {
        if (format.suffix == suffix)
            options.format = format.format;
    }
    options.scale
        = qBound(ExportOptions::kMinScale, settings.value(kScale, options.scale).toDouble(), ExportOptions::kMaxScale);
    options.margin = qBound(0.0, settings.value(kMargin, options.margin).toDouble(), ExportOptions::kMaxMargin);
    options.background
        = settings.value(kTransparent, false).toBool() ? ExportBackground::Transparent : ExportBackground::White;
    return options;
}

void ExportSettings::setOptions(const ExportOptions &options)
{
    QSettings settings;
    settings.setValue(kFormat, QString(ExportFormats::info(options.format).suffix));
    settings.setValue(kScale, options.scale);
    settings.setValue(kMargin, options.margin);
    settings.setValue(kTransparent, options.background == ExportBackground::Transparent);
}

QString ExportSettings::directory()
{
    const QString stored = QSettings().value(kDirectory).toString();
    return !stored.isEmpty() && QDir(stored).exists() ? stored : QDir::homePath();
}

void ExportSettings::setDirectory(const QString &directory)
{
    QSettings().setValue(kDirectory, directory);
}

} // namespace infralab
