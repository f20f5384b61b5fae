#include "PresetsCommand.h"

#include "presets/Presets.h"

using namespace Qt::StringLiterals;

namespace infralab {

QString PresetsCommand::name() const
{
    return u"presets"_s;
}

QString PresetsCommand::synopsis() const
{
    return u"presets"_s;
}

QString PresetsCommand::summary() const
{
    return tr("list the built-in designs: NAME<TAB>title");
}

int PresetsCommand::run(const QCommandLineParser &, const QStringList &arguments, QTextStream &out,
                        QTextStream &err) const
{
    if (!arguments.isEmpty())
        return usageError(err);
    for (const PresetInfo &preset : builtinPresets())
        out << preset.name << '\t' << preset.title << '\n';
    return kExitOk;
}

} // namespace infralab
