#include "EmbeddedDesignReader.h"

#include "EmbeddedDesign.h"
#include "PngTextReader.h"
#include "SvgMetadataReader.h"
#include "TopologyReader.h"

namespace infralab {

namespace {

bool isPdf(QByteArrayView data)
{
    return data.startsWith("%PDF-");
}

} // namespace

bool EmbeddedDesignReader::recognises(QByteArrayView data)
{
    return PngTextReader::isPng(data) || SvgMetadataReader::looksLikeXml(data) || isPdf(data);
}

LoadResult EmbeddedDesignReader::read(const QByteArray &data, const QString &fileName)
{
    // Infralab's PDFs carry the design as an attachment for people, not for
    // reopening: say which exports do.
    if (isPdf(data))
        return {{}, LoadError {fileName, 0, tr("a PDF does not reopen as a design: export to PNG or SVG for that")}};
    const EmbeddedText text = PngTextReader::isPng(data) ? PngTextReader::read(data, EmbeddedDesign::kPngKeyword)
                                                         : SvgMetadataReader::read(data);
    switch (text.outcome) {
    case EmbeddedText::Outcome::Absent:
        return {{}, LoadError {fileName, 0, tr("no Infralab design inside: it was not exported by Infralab")}};
    case EmbeddedText::Outcome::Damaged:
        return {{}, LoadError {fileName, 0, tr("the design inside cannot be read: %1").arg(text.problem)}};
    case EmbeddedText::Outcome::Found: break;
    }
    LoadResult result = TopologyReader::read(text.json, fileName);
    // Line numbers count lines of the embedded JSON, not of the picture.
    if (result.error && result.error->line > 0) {
        result.error->message
            = tr("line %1 of the design inside: %2").arg(result.error->line).arg(result.error->message);
        result.error->line = 0;
    }
    return result;
}

} // namespace infralab
