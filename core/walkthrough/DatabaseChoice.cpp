#include "DatabaseChoice.h"

#include "model/Node.h"
#include "model/Properties.h"

#include <array>

namespace infralab {

const Node *chooseDatabase(const Network &network, const Network::Reach &reach, const Node &app,
                           RequestType request)
{
    const auto find = [&](DatabaseRole role, bool sameServer) -> const Node * {
        for (int stop : reach.stops()) {
            const Node &node = network.node(stop);
            if (node.kind == NodeKind::Database && databaseRole(node) == role
                && (!sameServer || (!node.host.isEmpty() && node.host == app.host)))
                return &node;
        }
        return nullptr;
    };
    struct Preference
    {
        DatabaseRole role;
        bool sameServer;
    };
    constexpr std::array kReads{Preference{DatabaseRole::Replica, true}, Preference{DatabaseRole::Replica, false},
                                Preference{DatabaseRole::Primary, true}, Preference{DatabaseRole::Primary, false}};
    // A write skips the replicas: the last two preferences of a read.
    const std::span<const Preference> preferences =
        request == RequestType::Read ? std::span<const Preference>(kReads) : std::span(kReads).subspan(2);
    for (const Preference &preference : preferences) {
        if (const Node *database = find(preference.role, preference.sameServer))
            return database;
    }
    return nullptr;
}

} // namespace infralab
