#pragma once

#include "AnalysisRule.h"

#include <QCoreApplication>

namespace infralab {

// `unmonitored`: a server with no monitoring agent, or whose agents report to
// no monitoring service. Seed 004 on the distributed design: "There are no
// monitoring tools in place, making it difficult to detect issues early".
class UnmonitoredRule : public AnalysisRule
{
    Q_DECLARE_TR_FUNCTIONS(UnmonitoredRule)

public:
    Rule rule() const override { return Rule::Unmonitored; }
    QList<Finding> check(const RequestGraph &graph, const InternetReach &internet) const override;
};

} // namespace infralab
