#pragma once

#include "LoadResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace infralab {

// Reopens a picture Infralab exported (PNG or SVG) as the design it shows:
// takes the JSON it carries and reads it like a design file, so errors still
// name the file.
class EmbeddedDesignReader
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedDesignReader)

public:
    // True for a PNG, an XML document or a PDF: bytes that are not a design
    // file itself but may carry one (or come from an export that does not).
    static bool recognises(QByteArrayView data);
    static LoadResult read(const QByteArray &data, const QString &fileName);
};

} // namespace infralab
