#pragma once

namespace infralab {

class Topology;

// A built-in design in the interface's language: its name, its description
// and the labels of its nodes ("Firewall 1" becomes « Pare-feu 1 » in
// French). The JSON in resources/presets/ stays English; a file the user
// saves keeps the labels as they were shown.
void localizePreset(Topology &topology);

} // namespace infralab
