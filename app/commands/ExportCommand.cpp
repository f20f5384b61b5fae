#include "ExportCommand.h"

#include "canvas/TopologyScene.h"
#include "export/DiagramExporter.h"
#include "model/TopologyModel.h"

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

QString formatList()
{
    QStringList suffixes;
    for (const ExportFormatInfo &format : ExportFormats::all())
        suffixes.append(u'.' + format.suffix);
    return suffixes.join(u", "_s);
}

// A number within [low, high]; nothing for anything else.
std::optional<qreal> numberIn(const QString &text, qreal low, qreal high)
{
    bool ok = false;
    const qreal value = text.toDouble(&ok);
    if (!ok || !(value >= low && value <= high))
        return std::nullopt;
    return value;
}

} // namespace

QString ExportCommand::name() const
{
    return u"export"_s;
}

QString ExportCommand::synopsis() const
{
    return u"export SRC OUT.png|OUT.svg|OUT.pdf [--scale F] [--margin N] [--transparent]"_s;
}

QString ExportCommand::summary() const
{
    return tr("draw the whole design to an image; PNG and SVG reopen as the design");
}

void ExportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"scale"_s,
        tr("Output units per scene unit, %1 to %2 (default 1): 2 gives a PNG twice as wide and high.")
            .arg(ExportOptions::kMinScale)
            .arg(ExportOptions::kMaxScale),
        u"F"_s, u"1"_s});
    parser.addOption({u"margin"_s, tr("Space around the drawing, in scene units (default 24)."), u"N"_s, u"24"_s});
    parser.addOption({u"transparent"_s, tr("No background (PNG, SVG); white by default.")});
}

int ExportCommand::run(
    const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err) const
{
    Q_UNUSED(out);
    if (arguments.size() != 2)
        return usageError(err);
    const QString &outPath = arguments.at(1);
    ExportOptions options;
    if (const auto format = ExportFormats::forPath(outPath)) {
        options.format = *format;
    } else {
        err << outPath << ": " << tr("unknown image format; use %1").arg(formatList()) << '\n';
        return kExitBadInput;
    }
    const auto scale = numberIn(parser.value(u"scale"_s), ExportOptions::kMinScale, ExportOptions::kMaxScale);
    if (!scale) {
        err << "infralab: "
            << tr("--scale must be a number from %1 to %2").arg(ExportOptions::kMinScale).arg(ExportOptions::kMaxScale)
            << '\n';
        return kExitBadInput;
    }
    options.scale = *scale;
    const auto margin = numberIn(parser.value(u"margin"_s), 0, ExportOptions::kMaxMargin);
    if (!margin) {
        err << "infralab: " << tr("--margin must be a number from 0 to %1").arg(ExportOptions::kMaxMargin) << '\n';
        return kExitBadInput;
    }
    options.margin = *margin;
    options.background = parser.isSet(u"transparent"_s) ? ExportBackground::Transparent : ExportBackground::White;

    const std::optional<Topology> design = loadDesign(arguments.first(), err);
    if (!design)
        return kExitBadInput;
    TopologyModel model;
    model.reset(*design);
    TopologyScene scene(&model);
    if (const auto error = DiagramExporter(&scene).write(outPath, options)) {
        err << outPath << ": " << *error << '\n';
        return kExitBadInput;
    }
    return kExitOk;
}

} // namespace infralab
