#pragma once

#include "EmbeddedText.h"

#include <QByteArray>
#include <QCoreApplication>

namespace infralab {

// Finds the design an exported SVG carries in its <metadata> element
// (EmbeddedDesign::kSvgNamespace) with a streaming XML parser: no DOM of a
// large file, no entity expansion beyond Qt's limit, stops once found.
class SvgMetadataReader
{
    Q_DECLARE_TR_FUNCTIONS(SvgMetadataReader)

public:
    // True when the bytes start like an XML document (after a byte order
    // mark and blank space): a design file never does, it starts with '{'.
    static bool looksLikeXml(QByteArrayView data);
    static EmbeddedText read(const QByteArray &svg);
};

} // namespace infralab
