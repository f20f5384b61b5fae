#pragma once

#include "presets/Presets.h"

#include <QtGlobal>

namespace infralab::testing {

// A built-in design by name; a test cannot go on without it.
inline Topology preset(const QString &name)
{
    const LoadResult result = loadPreset(name);
    if (!result.ok())
        qFatal("preset %s: %s", qPrintable(name), qPrintable(result.error->toString()));
    return result.topology;
}

} // namespace infralab::testing
