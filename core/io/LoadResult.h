#pragma once

#include "LoadError.h"
#include "model/Topology.h"

#include <optional>

namespace infralab {

struct LoadResult
{
    Topology topology;
    std::optional<LoadError> error;

    bool ok() const { return !error.has_value(); }
};

} // namespace infralab
