#pragma once

#include <QString>

namespace infralab {

// Our own MIME types, so a drop from another application never lands as a
// component by accident.

// A palette entry being dragged: the kind's JSON name ("firewall").
inline QString kindMimeType()
{
    return QStringLiteral("application/x-infralab-kind");
}

// A piece of design on the clipboard, in the `.infralab.json` format.
inline QString topologyMimeType()
{
    return QStringLiteral("application/x-infralab-topology+json");
}

} // namespace infralab
