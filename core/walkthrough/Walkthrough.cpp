#include "Walkthrough.h"

#include "Derivation.h"
#include "WalkthroughState.h"

namespace infralab {

Walkthrough deriveWalkthrough(const Topology &topology, RequestType request, int turn)
{
    return Derivation(topology, request, turn).run();
}

Walkthrough deriveWalkthrough(const Topology &topology, RequestType request, WalkthroughState &state)
{
    Walkthrough walkthrough = deriveWalkthrough(topology, request, state.turn());
    state.advance();
    return walkthrough;
}

} // namespace infralab
