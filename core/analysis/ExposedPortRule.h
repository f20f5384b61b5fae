#pragma once

#include "AnalysisRule.h"

#include <QCoreApplication>

namespace infralab {

// `exposed-port`: a tier the internet reaches with no firewall on the way,
// or a port other than 80 and 443 that the firewalls' rules let in from the
// internet. Seed 002: "Firewall 1: Protects the load balancer, allowing only
// ports 80 (HTTP) and 443 (HTTPS) from the internet"; seed 004 on the
// distributed design: "lacks essential security measures such as a firewall".
class ExposedPortRule : public AnalysisRule
{
    Q_DECLARE_TR_FUNCTIONS(ExposedPortRule)

public:
    Rule rule() const override { return Rule::ExposedPort; }
    QList<Finding> check(const RequestGraph &graph, const InternetReach &internet) const override;
};

} // namespace infralab
