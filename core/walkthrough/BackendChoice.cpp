#include "BackendChoice.h"

#include <cstdint>

namespace infralab {

namespace {

// FNV-1a over the UTF-16 code units: unlike qHash it gives the same number
// on every platform and Qt version, so a test and a student see one server.
std::uint32_t stableHash(const QString &text)
{
    std::uint32_t hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

} // namespace

int chooseBackend(Algorithm algorithm, int count, int turn, const QString &clientId)
{
    if (count <= 0)
        return -1;
    switch (algorithm) {
    case Algorithm::RoundRobin:
        return ((turn % count) + count) % count;
    case Algorithm::LeastConnections:
        return 0;
    case Algorithm::Source:
        return int(stableHash(clientId) % std::uint32_t(count));
    }
    return 0;
}

} // namespace infralab
