#pragma once

#include "AnalysisRule.h"

#include <QCoreApplication>

namespace infralab {

// `collocated-tiers`: one server runs a web server, an application server
// and a database together. Seed 002: "Running the web server, app server, and
// database on the same machine introduces resource contention."
class CollocatedTiersRule : public AnalysisRule
{
    Q_DECLARE_TR_FUNCTIONS(CollocatedTiersRule)

public:
    Rule rule() const override { return Rule::CollocatedTiers; }
    QList<Finding> check(const RequestGraph &graph, const InternetReach &internet) const override;
};

} // namespace infralab
