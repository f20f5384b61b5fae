#include "DesignSummary.h"

#include "model/Topology.h"

#include <QCoreApplication>

namespace infralab {

namespace {

QString count(qsizetype n, const char *one, const char *many)
{
    return n == 1 ? QCoreApplication::translate("DesignSummary", one)
                  : QCoreApplication::translate("DesignSummary", many).arg(n);
}

} // namespace

QString designSummary(const Topology &topology)
{
    const qsizetype servers = topology.nodesOfKind(NodeKind::Server).size();
    const qsizetype components = topology.nodes().size() - servers;
    QStringList parts{count(components, QT_TRANSLATE_NOOP("DesignSummary", "1 component"),
                            QT_TRANSLATE_NOOP("DesignSummary", "%1 components"))};
    if (servers > 0)
        parts.append(count(servers, QT_TRANSLATE_NOOP("DesignSummary", "1 server"),
                           QT_TRANSLATE_NOOP("DesignSummary", "%1 servers")));
    parts.append(count(topology.links().size(), QT_TRANSLATE_NOOP("DesignSummary", "1 link"),
                       QT_TRANSLATE_NOOP("DesignSummary", "%1 links")));
    return parts.join(QCoreApplication::translate("DesignSummary", ", "));
}

} // namespace infralab
