#pragma once

#include "Subcommand.h"

#include <memory>
#include <vector>

namespace infralab {

// Every headless subcommand, in the order --help lists them.
const std::vector<std::unique_ptr<Subcommand>> &subcommands();
const Subcommand *findSubcommand(const QString &name);

} // namespace infralab
