#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace infralab {

// The closed set of component kinds. Everything a kind needs elsewhere (JSON
// name, label, icon, tooltip) lives in one table in NodeKind.cpp.
enum class NodeKind {
    Client,
    Dns,
    Firewall,
    LoadBalancer,
    WebServer,
    AppServer,
    Database,
    MonitoringAgent,
    MonitoringService,
    Server,
};

struct NodeKindInfo
{
    NodeKind kind;
    const char *jsonName;   // the "kind" value in the file format
    const char *label;      // translatable (context "NodeKind")
    const char *iconName;   // resources/icons/<iconName>.svg
    const char *tooltip;    // translatable (context "NodeKind")
    const char *idStem;     // new nodes get ids "<idStem>1", "<idStem>2", ... as in the presets
};

const NodeKindInfo &kindInfo(NodeKind kind);
const QList<NodeKind> &allNodeKinds();

QString jsonName(NodeKind kind);
std::optional<NodeKind> nodeKindFromJson(QStringView name);

// The translated display label and tooltip.
QString kindLabel(NodeKind kind);
QString kindTooltip(NodeKind kind);
QString idStem(NodeKind kind);

// The client, DNS and the monitoring service stand outside the infrastructure
// (DESIGN.md): the analyser never reports them, and a server never hosts them.
bool isOutsideInfrastructure(NodeKind kind);

} // namespace infralab
