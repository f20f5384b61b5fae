#pragma once

#include <QJsonObject>

namespace infralab {

struct Walkthrough;

// DESIGN.md's shape for `infralab walkthrough --json`:
// {"request":"read","steps":[{"n":1,"from":"user","to":"dns","kinds":["client","dns"],
//   "encrypted":false,"text":"…"}],"blocked":"…"}
// `to` is null for a step inside one node. Extensions, written only when
// they say something: "via" and "alsoFrom" (node ids), "port" (not 0), and
// the top-level "blocked".
QJsonObject toJson(const Walkthrough &walkthrough);

} // namespace infralab
