#pragma once

#include "AnalysisRule.h"
#include "model/NodeKind.h"

#include <QCoreApplication>

namespace infralab {

// `spof`: one finding per node whose loss cuts the clients off the data.
// Seed 004: "The load balancer remains a potential single point of failure.
// If it goes down, traffic can no longer be routed to the servers."
class SpofRule : public AnalysisRule
{
    Q_DECLARE_TR_FUNCTIONS(SpofRule)

public:
    Rule rule() const override { return Rule::Spof; }
    QList<Finding> check(const RequestGraph &graph, const InternetReach &internet) const override;

private:
    static QString explanation(NodeKind kind);
};

} // namespace infralab
