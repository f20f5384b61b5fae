#pragma once

#include "model/Properties.h"

#include <QString>

namespace infralab {

// Which of `count` backends (in file order) a load balancer sends the
// request to. Seed 000, step 6: it "distributes it to one of the available
// servers according to the configured distribution algorithm".
// - round-robin: each request goes to the next server, so the session's
//   `turn` decides;
// - least-connections: one request makes no load, so every server has none
//   and the first wins;
// - source: a hash of the client's id, the same server every time.
int chooseBackend(Algorithm algorithm, int count, int turn, const QString &clientId);

} // namespace infralab
