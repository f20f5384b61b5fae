#pragma once

#include "io/LoadResult.h"

#include <QList>
#include <QString>

namespace infralab {

// A design built into Infralab, drawn from the seed documents. The designs
// themselves are JSON in resources/presets/, compiled in with Qt's resources.
struct PresetInfo
{
    QString name;          // "secured-monitored", used as preset:NAME
    QString title;         // the design's own name
    QString description;   // one paragraph for the "New from preset" dialog
};

QList<PresetInfo> builtinPresets();
QString defaultPresetName();
LoadResult loadPreset(const QString &name);

// SRC of the command line: a file path, or "preset:NAME".
LoadResult loadSource(const QString &source);

} // namespace infralab
