#include "DesignSummary.h"

#include "model/Topology.h"

#include <QCoreApplication>

namespace infralab {

QString designSummary(const Topology &topology)
{
    const auto count = [](const char *text, qsizetype n) {
        return QCoreApplication::translate("DesignSummary", text, nullptr, int(n));
    };
    const qsizetype servers = topology.nodesOfKind(NodeKind::Server).size();
    const qsizetype components = topology.nodes().size() - servers;
    QStringList parts{count(QT_TRANSLATE_N_NOOP("DesignSummary", "%n component(s)"), components)};
    if (servers > 0)
        parts.append(count(QT_TRANSLATE_N_NOOP("DesignSummary", "%n server(s)"), servers));
    parts.append(count(QT_TRANSLATE_N_NOOP("DesignSummary", "%n link(s)"), topology.links().size()));
    return parts.join(QCoreApplication::translate("DesignSummary", ", "));
}

} // namespace infralab
