#pragma once

#include "ExportOptions.h"

#include <QString>

namespace infralab {

// File > Export's last choices and folder, kept in QSettings so the next
// export starts where the user left off. The selection-only choice is not
// kept: it depends on what is selected then.
class ExportSettings
{
public:
    static ExportOptions options();
    static void setOptions(const ExportOptions &options);
    static QString directory(); // the home folder at first
    static void setDirectory(const QString &directory);
};

} // namespace infralab
