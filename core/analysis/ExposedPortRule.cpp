#include "ExposedPortRule.h"

#include "InternetReach.h"
#include "RequestGraph.h"

namespace infralab {

namespace {

// HTTP and HTTPS: what a public site has to let in.
bool isWebPort(int port)
{
    return port == 80 || port == 443;
}

} // namespace

QList<Finding> ExposedPortRule::check(const RequestGraph &graph, const InternetReach &internet) const
{
    QList<Finding> findings;
    const QList<int> unfiltered = internet.unfilteredTiers();
    if (!unfiltered.isEmpty()) {
        findings.append(makeFinding(
            rule(), graph.ids(unfiltered),
            tr("No firewall stands between the internet and %1").arg(graph.names(unfiltered)),
            tr("Traffic from the internet reaches these components without any filter, so every port they "
               "listen on, SSH and the database included, is open to the whole world. Put a firewall in front "
               "of the entry point that lets in only 80 and 443, and one in front of each inner tier that "
               "accepts only the tier before it.")));
    }

    // Ports are judged apart from the unfiltered nodes above, which are
    // open on every port already.
    QList<bool> open(graph.size(), false);
    for (int node : unfiltered)
        open[node] = true;
    QList<int> ports = internet.namedPorts();
    ports.prepend(InternetReach::kUnnamedPort);
    for (int port : ports) {
        if (isWebPort(port))
            continue;
        const PortReach reach = internet.onPort(port);
        QList<int> exposed;
        for (int node : reach.tiers) {
            if (!open[node])
                exposed.append(node);
        }
        if (exposed.isEmpty())
            continue;
        if (port == InternetReach::kUnnamedPort) {
            findings.append(makeFinding(
                rule(), graph.ids(reach.firewalls) + graph.ids(exposed),
                tr("Every port that no rule names is open to the internet on %1: %2 let it through by policy")
                    .arg(graph.names(exposed), graph.names(reach.firewalls)),
                tr("A firewall whose policy is \"allow\" lets in whatever its rules do not mention, so any "
                   "service listening behind it is public, whether anyone meant it to be or not. Set the "
                   "policy to \"deny\" and allow only the ports each tier needs.")));
        } else {
            findings.append(makeFinding(
                rule(), graph.ids(reach.firewalls) + graph.ids(exposed),
                tr("Port %1 is open to the internet on %2, let through by %3")
                    .arg(QString::number(port), graph.names(exposed), graph.names(reach.firewalls)),
                tr("A public site needs only HTTP (80) and HTTPS (443) from the internet. Any other open port, "
                   "such as SSH (22) or MySQL (3306), invites scans, password guessing and exploits against a "
                   "service that was never meant for strangers. Remove the rule that allows it from any source, "
                   "or allow it only from the nodes that need it.")));
        }
    }
    return findings;
}

} // namespace infralab
