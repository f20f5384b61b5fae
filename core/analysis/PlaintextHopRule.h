#pragma once

#include "AnalysisRule.h"

#include <QCoreApplication>

namespace infralab {

// `plaintext-hop`: user data travels unencrypted after TLS ends. A load
// balancer in "terminate" mode sends plain HTTP to its backends (seed 002:
// "Traffic between the load balancer and backend servers may be unencrypted
// unless re-encryption is configured"); and once the site speaks HTTPS, the
// application servers' queries to a database without `tls` are plain too.
class PlaintextHopRule : public AnalysisRule
{
    Q_DECLARE_TR_FUNCTIONS(PlaintextHopRule)

public:
    Rule rule() const override { return Rule::PlaintextHop; }
    QList<Finding> check(const RequestGraph &graph, const InternetReach &internet) const override;

private:
    static QList<Finding> terminatingBalancers(const RequestGraph &graph);
    static QList<Finding> plainDatabases(const RequestGraph &graph);
};

} // namespace infralab
