#include "LinkSense.h"

#include <QCoreApplication>

#include <array>

namespace infralab {

namespace {

struct ImplausiblePair
{
    NodeKind a;
    NodeKind b;
    const char *reason;   // translatable (context "LinkSense")
};

// Seed 000: the browser asks DNS, then talks to the load balancer (through a
// firewall); the web server hands dynamic requests to the application
// server, which alone queries MySQL; monitoring clients send to Sumologic.
// A pair absent from this table is plausible.
constexpr std::array kImplausible{
    ImplausiblePair{NodeKind::Client, NodeKind::Database,
                    QT_TRANSLATE_NOOP("LinkSense", "A browser never queries the database: the application "
                                                   "server does, on its behalf.")},
    ImplausiblePair{NodeKind::Client, NodeKind::AppServer,
                    QT_TRANSLATE_NOOP("LinkSense", "A browser speaks HTTP to a web server or a load balancer, "
                                                   "not to the application server behind them.")},
    ImplausiblePair{NodeKind::Client, NodeKind::MonitoringAgent,
                    QT_TRANSLATE_NOOP("LinkSense", "Monitoring agents watch servers; browsers never talk to them.")},
    ImplausiblePair{NodeKind::Client, NodeKind::MonitoringService,
                    QT_TRANSLATE_NOOP("LinkSense", "The monitoring service hears from agents on your servers, "
                                                   "not from browsers.")},
    ImplausiblePair{NodeKind::Client, NodeKind::Client,
                    QT_TRANSLATE_NOOP("LinkSense", "Two browsers do not talk to each other: each one talks to "
                                                   "the site.")},
    ImplausiblePair{NodeKind::Dns, NodeKind::LoadBalancer,
                    QT_TRANSLATE_NOOP("LinkSense", "DNS only answers the browser's question; the request then "
                                                   "goes from the browser, not through DNS.")},
    ImplausiblePair{NodeKind::Dns, NodeKind::WebServer,
                    QT_TRANSLATE_NOOP("LinkSense", "DNS only answers the browser's question; the request then "
                                                   "goes from the browser, not through DNS.")},
    ImplausiblePair{NodeKind::Dns, NodeKind::AppServer,
                    QT_TRANSLATE_NOOP("LinkSense", "DNS turns names into addresses; it never forwards requests "
                                                   "to an application server.")},
    ImplausiblePair{NodeKind::Dns, NodeKind::Database,
                    QT_TRANSLATE_NOOP("LinkSense", "DNS turns names into addresses; it never talks to the "
                                                   "database.")},
    ImplausiblePair{NodeKind::Dns, NodeKind::MonitoringAgent,
                    QT_TRANSLATE_NOOP("LinkSense", "Monitoring agents report to the monitoring service, not to "
                                                   "DNS.")},
    ImplausiblePair{NodeKind::Dns, NodeKind::MonitoringService,
                    QT_TRANSLATE_NOOP("LinkSense", "The monitoring service hears from agents on your servers, "
                                                   "not from DNS.")},
    ImplausiblePair{NodeKind::MonitoringService, NodeKind::LoadBalancer,
                    QT_TRANSLATE_NOOP("LinkSense", "Components report through a monitoring agent on their "
                                                   "server, not straight to the monitoring service.")},
    ImplausiblePair{NodeKind::MonitoringService, NodeKind::WebServer,
                    QT_TRANSLATE_NOOP("LinkSense", "Components report through a monitoring agent on their "
                                                   "server, not straight to the monitoring service.")},
    ImplausiblePair{NodeKind::MonitoringService, NodeKind::AppServer,
                    QT_TRANSLATE_NOOP("LinkSense", "Components report through a monitoring agent on their "
                                                   "server, not straight to the monitoring service.")},
    ImplausiblePair{NodeKind::MonitoringService, NodeKind::Database,
                    QT_TRANSLATE_NOOP("LinkSense", "Components report through a monitoring agent on their "
                                                   "server, not straight to the monitoring service.")},
};

} // namespace

QString implausibleLinkReason(NodeKind a, NodeKind b)
{
    for (const ImplausiblePair &pair : kImplausible) {
        if ((pair.a == a && pair.b == b) || (pair.a == b && pair.b == a))
            return QCoreApplication::translate("LinkSense", pair.reason);
    }
    return {};
}

} // namespace infralab
