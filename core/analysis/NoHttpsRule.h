#pragma once

#include "AnalysisRule.h"

#include <QCoreApplication>

namespace infralab {

// `no-https`: where the browsers connect, nothing speaks HTTPS: a load
// balancer with tls "none", or a web server without a certificate.
// Seed 004 on the distributed design: "The current setup lacks essential
// security measures such as a firewall and HTTPS."
class NoHttpsRule : public AnalysisRule
{
    Q_DECLARE_TR_FUNCTIONS(NoHttpsRule)

public:
    Rule rule() const override { return Rule::NoHttps; }
    QList<Finding> check(const RequestGraph &graph, const InternetReach &internet) const override;
};

} // namespace infralab
