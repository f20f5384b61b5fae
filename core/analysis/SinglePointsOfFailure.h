#pragma once

#include "RequestGraph.h"

#include <QList>

namespace infralab {

// The nodes whose loss cuts the clients off the data (DESIGN.md, `spof`),
// in file order. The data is in the databases (in the deepest tier present
// when there is none); requests follow the request links. A server's loss
// takes down everything it runs, so a server is reported in place of the
// components it hosts. The client, DNS and the monitoring nodes stand outside
// the infrastructure and are never reported. Empty when the clients reach no
// data at all: there is nothing to cut.
QList<int> singlePointsOfFailure(const RequestGraph &graph);

} // namespace infralab
