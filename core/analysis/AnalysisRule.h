#pragma once

#include "Finding.h"

#include <QList>

namespace infralab {

class InternetReach;
class RequestGraph;

// One rule of DESIGN.md's "Analysis rules": reads a design, says what is
// wrong with it. Each rule lives in its own file; analyze() runs them all.
class AnalysisRule
{
public:
    virtual ~AnalysisRule() = default;

    virtual Rule rule() const = 0;
    // In any order: analyze() sorts. Nothing found is an empty list.
    virtual QList<Finding> check(const RequestGraph &graph, const InternetReach &internet) const = 0;
};

} // namespace infralab
