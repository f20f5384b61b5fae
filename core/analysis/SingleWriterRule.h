#pragma once

#include "AnalysisRule.h"

#include <QCoreApplication>

namespace infralab {

// `single-writer`: exactly one database can take writes, i.e. one primary
// and no replica that takes over on its own (failover "automatic").
// Seed 002: "All writes depend on the primary database server. If it fails,
// write operations are halted unless failover is implemented."
class SingleWriterRule : public AnalysisRule
{
    Q_DECLARE_TR_FUNCTIONS(SingleWriterRule)

public:
    Rule rule() const override { return Rule::SingleWriter; }
    QList<Finding> check(const RequestGraph &graph, const InternetReach &internet) const override;
};

} // namespace infralab
