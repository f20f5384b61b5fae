#include "Presets.h"

#include "PresetTexts.h"
#include "io/TopologyReader.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

// In the order the seeds build them up: one server, then three, then secured.
const QStringList kPresetNames{u"single-server"_s, u"distributed"_s, u"secured-monitored"_s,
                               u"three-server-nginx-lb"_s};
constexpr auto kPresetPrefix = "preset:";

QString resourcePath(const QString &name)
{
    return u":/presets/"_s + name + u".infralab.json"_s;
}

} // namespace

QList<PresetInfo> builtinPresets()
{
    QList<PresetInfo> presets;
    for (const QString &name : kPresetNames) {
        const LoadResult result = loadPreset(name);
        if (result.ok())
            presets.append({name, result.topology.name, result.topology.extra.value(u"description").toString()});
    }
    return presets;
}

QString defaultPresetName()
{
    return u"secured-monitored"_s;
}

LoadResult loadPreset(const QString &name)
{
    const QString source = QLatin1StringView(kPresetPrefix) + name;
    if (!kPresetNames.contains(name))
        return {{}, LoadError{source, 0,
                              QCoreApplication::translate("Presets", "no such preset (try one of: %1)")
                                  .arg(kPresetNames.join(u", "))}};
    QFile file(resourcePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {{}, LoadError{source, 0, file.errorString()}};
    LoadResult result = TopologyReader::read(file.readAll(), source);
    if (result.ok())
        localizePreset(result.topology);
    return result;
}

LoadResult loadSource(const QString &source)
{
    if (source.startsWith(QLatin1StringView(kPresetPrefix)))
        return loadPreset(source.mid(qsizetype(qstrlen(kPresetPrefix))));
    return TopologyReader::readFile(source);
}

} // namespace infralab
