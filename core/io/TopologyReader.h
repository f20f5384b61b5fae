#pragma once

#include "LoadResult.h"

#include <QCoreApplication>
#include <QString>

namespace infralab {

// Reads the `.infralab.json` format (DESIGN.md) from hostile input: any
// bytes give either a valid Topology or one LoadError naming file and line.
class TopologyReader
{
    Q_DECLARE_TR_FUNCTIONS(TopologyReader)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
    static constexpr qsizetype kMaxIdLength = 128;
    static constexpr qsizetype kMaxLabelLength = 200;
    static constexpr double kMaxCoordinate = 1e6;

    static LoadResult readFile(const QString &path);
    static LoadResult read(const QByteArray &data, const QString &fileName);
    // A piece of a design on the clipboard: as read(), except that its DNS
    // targets and firewall rule sources may name nodes it does not hold
    // (withFreshIds() settles them against the design it is pasted into).
    static LoadResult readPiece(const QByteArray &data, const QString &fileName);

private:
    enum class References { InDesign, MayPointOutside };
    static LoadResult read(const QByteArray &data, const QString &fileName, References references);
};

} // namespace infralab
