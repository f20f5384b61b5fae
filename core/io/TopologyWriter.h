#pragma once

#include "model/Topology.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace infralab {

// Writes the `.infralab.json` format: keys in a fixed, readable order, one
// node or link per line so that designs diff well in version control.
class TopologyWriter
{
    Q_DECLARE_TR_FUNCTIONS(TopologyWriter)

public:
    static QByteArray toJson(const Topology &topology);
    // Atomic (QSaveFile): the old file stays whole if anything fails.
    // Returns the error message, or nothing on success.
    static std::optional<QString> writeFile(const Topology &topology, const QString &path);
};

} // namespace infralab
