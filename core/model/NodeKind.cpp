#include "NodeKind.h"

#include <QCoreApplication>

#include <array>

namespace infralab {

namespace {

constexpr std::array kKinds{
    NodeKindInfo{NodeKind::Client, "client", QT_TRANSLATE_NOOP("NodeKind", "Browser"), "client",
                 QT_TRANSLATE_NOOP("NodeKind", "The user's web browser, where every request starts"),
                 "user"},
    NodeKindInfo{NodeKind::Dns, "dns", QT_TRANSLATE_NOOP("NodeKind", "DNS"), "dns",
                 QT_TRANSLATE_NOOP("NodeKind", "Turns a domain name such as www.foobar.com into an IP address"),
                 "dns"},
    NodeKindInfo{NodeKind::Firewall, "firewall", QT_TRANSLATE_NOOP("NodeKind", "Firewall"), "firewall",
                 QT_TRANSLATE_NOOP("NodeKind", "Lets traffic through or drops it, following ordered rules on ports and sources"),
                 "fw"},
    NodeKindInfo{NodeKind::LoadBalancer, "load-balancer", QT_TRANSLATE_NOOP("NodeKind", "Load balancer"),
                 "load-balancer",
                 QT_TRANSLATE_NOOP("NodeKind", "Spreads requests over several servers and can end TLS (HAProxy, Nginx)"),
                 "lb"},
    NodeKindInfo{NodeKind::WebServer, "web-server", QT_TRANSLATE_NOOP("NodeKind", "Web server"), "web-server",
                 QT_TRANSLATE_NOOP("NodeKind", "Answers HTTP, serves static files and forwards dynamic requests (Nginx)"),
                 "web"},
    NodeKindInfo{NodeKind::AppServer, "app-server", QT_TRANSLATE_NOOP("NodeKind", "Application server"),
                 "app-server",
                 QT_TRANSLATE_NOOP("NodeKind", "Runs the application code that builds dynamic pages (PHP-FPM, Gunicorn)"),
                 "app"},
    NodeKindInfo{NodeKind::Database, "database", QT_TRANSLATE_NOOP("NodeKind", "Database"), "database",
                 QT_TRANSLATE_NOOP("NodeKind", "Stores the site's data; a primary takes writes, replicas serve reads (MySQL)"),
                 "db"},
    NodeKindInfo{NodeKind::MonitoringAgent, "monitoring-agent", QT_TRANSLATE_NOOP("NodeKind", "Monitoring agent"),
                 "monitoring-agent",
                 QT_TRANSLATE_NOOP("NodeKind", "Collects metrics and logs on the server that hosts it"),
                 "agent"},
    NodeKindInfo{NodeKind::MonitoringService, "monitoring-service",
                 QT_TRANSLATE_NOOP("NodeKind", "Monitoring service"), "monitoring-service",
                 QT_TRANSLATE_NOOP("NodeKind", "Receives what the agents collect, draws dashboards, raises alerts (Sumologic)"),
                 "monitor"},
    NodeKindInfo{NodeKind::Server, "server", QT_TRANSLATE_NOOP("NodeKind", "Server"), "server",
                 QT_TRANSLATE_NOOP("NodeKind", "A machine: a frame around the components it runs"),
                 "s"},
};

// The table is indexed by the enum: keep both in the same order.
static_assert([] {
    for (std::size_t i = 0; i < kKinds.size(); ++i) {
        if (static_cast<std::size_t>(kKinds[i].kind) != i)
            return false;
    }
    return true;
}());

} // namespace

const NodeKindInfo &kindInfo(NodeKind kind)
{
    return kKinds[static_cast<std::size_t>(kind)];
}

const QList<NodeKind> &allNodeKinds()
{
    static const QList<NodeKind> kinds = [] {
        QList<NodeKind> list;
        for (const NodeKindInfo &info : kKinds)
            list.append(info.kind);
        return list;
    }();
    return kinds;
}

QString jsonName(NodeKind kind)
{
    return QString::fromLatin1(kindInfo(kind).jsonName);
}

std::optional<NodeKind> nodeKindFromJson(QStringView name)
{
    for (const NodeKindInfo &info : kKinds) {
        if (name == QLatin1StringView(info.jsonName))
            return info.kind;
    }
    return std::nullopt;
}

QString kindLabel(NodeKind kind)
{
    return QCoreApplication::translate("NodeKind", kindInfo(kind).label);
}

QString kindTooltip(NodeKind kind)
{
    return QCoreApplication::translate("NodeKind", kindInfo(kind).tooltip);
}

QString idStem(NodeKind kind)
{
    return QString::fromLatin1(kindInfo(kind).idStem);
}

bool isOutsideInfrastructure(NodeKind kind)
{
    return kind == NodeKind::Client || kind == NodeKind::Dns || kind == NodeKind::MonitoringService;
}

} // namespace infralab
