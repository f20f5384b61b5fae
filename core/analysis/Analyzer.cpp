#include "Analyzer.h"

#include "CollocatedTiersRule.h"
#include "ExposedPortRule.h"
#include "InternetReach.h"
#include "NoHttpsRule.h"
#include "PlaintextHopRule.h"
#include "RequestGraph.h"
#include "SingleWriterRule.h"
#include "SpofRule.h"
#include "UnmonitoredRule.h"

#include <algorithm>
#include <array>

namespace infralab {

QList<Finding> analyze(const Topology &topology)
{
    const RequestGraph graph(topology);
    const InternetReach internet(graph);

    const SpofRule spof;
    const SingleWriterRule singleWriter;
    const PlaintextHopRule plaintextHop;
    const NoHttpsRule noHttps;
    const CollocatedTiersRule collocatedTiers;
    const ExposedPortRule exposedPort;
    const UnmonitoredRule unmonitored;
    const std::array<const AnalysisRule *, 7> rules{&spof,    &singleWriter,  &plaintextHop, &noHttps,
                                                    &collocatedTiers, &exposedPort, &unmonitored};

    QList<Finding> findings;
    for (const AnalysisRule *rule : rules)
        findings.append(rule->check(graph, internet));

    // Nodes compare by their place in the file, which is how a reader meets
    // them. Keys are worked out once: a big design has many findings.
    struct Keyed
    {
        QList<int> positions;
        Finding finding;
    };
    QList<Keyed> keyed;
    keyed.reserve(findings.size());
    for (Finding &finding : findings) {
        QList<int> positions;
        positions.reserve(finding.nodes.size());
        for (const QString &id : finding.nodes)
            positions.append(graph.indexOf(id));
        keyed.append({positions, std::move(finding)});
    }
    std::sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        if (a.finding.severity != b.finding.severity)
            return a.finding.severity < b.finding.severity;
        if (a.finding.rule != b.finding.rule)
            return a.finding.rule < b.finding.rule;
        if (a.positions != b.positions)
            return std::lexicographical_compare(a.positions.cbegin(), a.positions.cend(), b.positions.cbegin(),
                                                b.positions.cend());
        return a.finding.message < b.finding.message;
    });
    findings.clear();
    for (Keyed &entry : keyed)
        findings.append(std::move(entry.finding));
    return findings;
}

} // namespace infralab
