// Any bytes must give a Topology or one error line: never a crash or a hang.

#include "io/TopologyReader.h"
#include "io/TopologyWriter.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const infralab::LoadResult result = infralab::TopologyReader::read(bytes, u"fuzz.json"_s);
    if (result.ok()) {
        // What loads must save and load back to the same design.
        const QByteArray saved = infralab::TopologyWriter::toJson(result.topology);
        const infralab::LoadResult again = infralab::TopologyReader::read(saved, u"fuzz.json"_s);
        if (!again.ok() || !(again.topology == result.topology))
            std::abort();
    } else if (result.error->toString().contains(u'\n')) {
        std::abort();   // errors are one line
    }
    return 0;
}
