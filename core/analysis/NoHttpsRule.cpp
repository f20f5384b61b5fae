#include "NoHttpsRule.h"

#include "InternetReach.h"
#include "RequestGraph.h"

namespace infralab {

QList<Finding> NoHttpsRule::check(const RequestGraph &graph, const InternetReach &internet) const
{
    QList<Finding> findings;
    for (int entry : internet.entryPoints()) {
        if (servesHttps(graph, entry))
            continue;
        findings.append(makeFinding(
            rule(), {graph.node(entry).id},
            tr("%1 takes the browsers' requests over plain HTTP: the site has no HTTPS").arg(graph.name(entry)),
            tr("Without HTTPS, passwords, cookies and every page travel in clear between the browser and the "
               "site, so anyone on the way (a public Wi-Fi, an internet provider) can read or change them, and "
               "browsers flag the site as not secure. Install a certificate where the browsers connect: TLS on "
               "the load balancer, or on the web server when there is none.")));
    }
    return findings;
}

} // namespace infralab
