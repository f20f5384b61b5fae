// Any bytes given as an exported picture must give a design or one error
// line: never a crash, a hang or an unbounded allocation (zip bombs).
// Seeds: tests/fuzz/corpus/embedded_design/ (exports of the presets).

#include "io/EmbeddedDesign.h"
#include "io/EmbeddedDesignReader.h"
#include "io/PngTextReader.h"
#include "io/SvgMetadataReader.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const infralab::LoadResult result = infralab::EmbeddedDesignReader::read(bytes, u"fuzz.png"_s);
    if (!result.ok() && result.error->toString().contains(u'\n'))
        std::abort(); // errors are one line

    // Both readers on their own too, so mutations reach the chunk walk and
    // the XML scan whatever the first bytes are.
    const infralab::EmbeddedText png = infralab::PngTextReader::read(bytes, infralab::EmbeddedDesign::kPngKeyword);
    const infralab::EmbeddedText svg = infralab::SvgMetadataReader::read(bytes);
    if (png.json.size() > infralab::PngTextReader::kMaxTextBytes || svg.problem.contains(u'\n'))
        std::abort();
    return 0;
}
