#include "Narration.h"

#include "model/Topology.h"

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

QString number(int value)
{
    return QString::number(value);
}

// "application server" inside a sentence; "DNS" stays as it is.
QString kindInSentence(NodeKind kind)
{
    const QString label = kindLabel(kind);
    return label == label.toUpper() ? label : label.left(1).toLower() + label.mid(1);
}

} // namespace

QString Narration::address(const Node &node) const
{
    const QString own = nodeIp(node);
    if (!own.isEmpty() || node.host.isEmpty())
        return own;
    const Node *server = m_topology.node(node.host);
    return server ? nodeIp(*server) : QString();
}

QString Narration::machine(const Node &node) const
{
    const Node *server = node.host.isEmpty() ? nullptr : m_topology.node(node.host);
    if (!server)
        return named(node);
    const QString ip = nodeIp(*server);
    return ip.isEmpty() ? server->label : tr("%1 (%2)").arg(server->label, ip);
}

QString Narration::named(const Node &node) const
{
    if (!node.host.isEmpty() && m_topology.node(node.host))
        return tr("%1 on %2").arg(node.label, machine(node));
    const QString ip = nodeIp(node);
    return ip.isEmpty() ? node.label : tr("%1 (%2)").arg(node.label, ip);
}

QString Narration::ruleSource(const QString &from) const
{
    if (from == u"any")
        return tr("anywhere");
    if (const Node *node = m_topology.node(from))
        return node->label;
    if (const auto kind = nodeKindFromJson(from))
        return tr("any %1").arg(kindInSentence(*kind));
    return from;
}

QString Narration::verdictText(const FirewallVerdict &verdict, int port) const
{
    if (verdict.rule < 0)
        return tr("no rule matches port %1, and its default policy lets it through").arg(number(port));
    return tr("rule %1 allows port %2 from %3")
        .arg(number(verdict.rule + 1), number(port), ruleSource(verdict.matched.from));
}

QString Narration::algorithmText(Algorithm algorithm) const
{
    switch (algorithm) {
    case Algorithm::RoundRobin:
        return tr("round-robin (each request goes to the next server in turn)");
    case Algorithm::LeastConnections:
        return tr("least connections (the server with the fewest open connections; all are idle, so the first)");
    case Algorithm::Source:
        return tr("source hashing (the same browser always reaches the same server)");
    }
    return {};
}

QString Narration::noClient() const
{
    return tr("The design has no browser: add a client to send a request.");
}

QString Narration::noDomain() const
{
    return tr("The design has no domain name: there is nothing for the user to type.");
}

QString Narration::typesDomain(const Node &client, const QString &domain) const
{
    return tr("The user types %1 into the address bar of %2.").arg(domain, client.label);
}

QString Narration::noDnsServer(const Node &client, const QString &domain) const
{
    return tr("%1 cannot find the address of %2: the design has no DNS server.").arg(client.label, domain);
}

QString Narration::asksDns(const Node &client, const Node &dns, const QString &domain) const
{
    return tr("%1 does not know the address of %2, so it asks %3 to resolve the name.")
        .arg(client.label, domain, dns.label);
}

QString Narration::noDnsRecord(const Node &dns, const QString &domain) const
{
    return tr("%1 has no record for %2: the browser cannot find the site.").arg(dns.label, domain);
}

QString Narration::unknownAddress(const Node &dns, const QString &domain, const QString &target) const
{
    return tr("%1 points %2 to %3, but no node in the design has that address.").arg(dns.label, domain, target);
}

QString Narration::dnsAnswers(const Node &dns, const DnsRecord &record, const Node &entry) const
{
    const QString type = enumToJson(dnsRecordTypeNames(), record.type);
    const QString ip = isValidIpAddress(record.target) ? record.target : address(entry);
    if (ip.isEmpty())
        return tr("%1 answers with its %2 record: %3 points to %4.").arg(dns.label, type, record.name, entry.label);
    return tr("%1 answers with its %2 record: %3 is %4, the address of %5.")
        .arg(dns.label, type, record.name, ip, entry.label);
}

QString Narration::notAnEntry(const Node &dns, const QString &domain, const Node &target) const
{
    if (target.kind == NodeKind::Server)
        return tr("%1 points %2 to %3, which runs no load balancer or web server to answer the browser.")
            .arg(dns.label, domain, target.label);
    return tr("%1 points %2 to %3, a %4: only a load balancer or a web server can answer a browser.")
        .arg(dns.label, domain, target.label, kindInSentence(target.kind));
}

QString Narration::sendsRequest(const Node &client, const Node &entry, int port, bool https) const
{
    const QString ip = address(entry);
    const QString where = ip.isEmpty() ? entry.label : ip;
    if (https)
        return tr("%1 sends an HTTPS request to %2 on port %3; TLS encrypts it before it leaves the computer.")
            .arg(client.label, where, number(port));
    return tr("%1 sends a plain HTTP request to %2 on port %3: anyone on the way could read it.")
        .arg(client.label, where, number(port));
}

QString Narration::noRoute(const Node &from, const Node &to) const
{
    return tr("The request cannot reach %1: no link leads there from %2.").arg(to.label, from.label);
}

QString Narration::firewallFiltersIncoming(const Node &firewall, const FirewallVerdict &verdict, int port,
                                           const Node &next) const
{
    return tr("The request reaches %1, which filters incoming traffic: %2, so it goes on towards %3.")
        .arg(firewall.label, verdictText(verdict, port), next.label);
}

QString Narration::firewallBeforeServer(const Node &firewall, const FirewallVerdict &verdict, int port,
                                        const Node &web) const
{
    return tr("On its way to %1, the request passes through %2: %3.")
        .arg(machine(web), firewall.label, verdictText(verdict, port));
}

QString Narration::firewallOnQuery(const Node &firewall, const FirewallVerdict &verdict, int port) const
{
    return tr("On the way it passes through %1: %2.").arg(firewall.label, verdictText(verdict, port));
}

QString Narration::firewallDrops(const Node &firewall, const FirewallVerdict &verdict, const Node &source,
                                 int port, bool query) const
{
    if (verdict.rule >= 0) {
        const QString rule = number(verdict.rule + 1);
        const QString from = ruleSource(verdict.matched.from);
        return query ? tr("%1 drops the query: rule %2 denies port %3 from %4.")
                           .arg(firewall.label, rule, number(port), from)
                     : tr("%1 drops the request: rule %2 denies port %3 from %4.")
                           .arg(firewall.label, rule, number(port), from);
    }
    return query ? tr("%1 drops the query: no rule allows port %2 from %3.")
                       .arg(firewall.label, number(port), source.label)
                 : tr("%1 drops the request: no rule allows port %2 from %3.")
                       .arg(firewall.label, number(port), source.label);
}

QString Narration::balancerPicks(const Node &balancer, const QString &domain, const Node &web) const
{
    const QString server = machine(web);
    const QString algorithm = algorithmText(loadBalancerAlgorithm(balancer));
    switch (loadBalancerTls(balancer)) {
    case TlsMode::Terminate:
        return tr("%1 receives the HTTPS request, decrypts it with the TLS certificate for %2 and sends it on, "
                  "as plain HTTP, to %3, chosen by %4.")
            .arg(balancer.label, domain, server, algorithm);
    case TlsMode::Reencrypt:
        return tr("%1 receives the HTTPS request, decrypts it with the TLS certificate for %2, picks %3 by %4 "
                  "and encrypts the request again for that server.")
            .arg(balancer.label, domain, server, algorithm);
    case TlsMode::Passthrough:
        return tr("%1 cannot read the encrypted request: it passes the connection through untouched to %2, "
                  "chosen by %3; the web server holds the certificate for %4.")
            .arg(balancer.label, server, algorithm, domain);
    case TlsMode::None:
        break;
    }
    return tr("%1 receives the plain HTTP request and sends it to %2, chosen by %3.")
        .arg(balancer.label, server, algorithm);
}

QString Narration::noBackend(const Node &balancer) const
{
    return tr("%1 receives the request but has no server to send it to: no link leads from it to a web server.")
        .arg(balancer.label);
}

QString Narration::agentNotes(const Node &agent) const
{
    return tr("%1 starts collecting data on this request: response time, status, resources used.")
        .arg(named(agent));
}

QString Narration::webReceives(const Node &web, int port, bool decrypts, RequestType request) const
{
    QString text = tr("The request reaches %1, port %2.").arg(named(web), number(port));
    if (decrypts)
        text += u' ' + tr("%1 decrypts it with its own copy of the certificate.").arg(web.label);
    if (request == RequestType::Static)
        text += u' ' + tr("It asks for a static file, so %1 answers it alone: no application server, no database.")
                           .arg(web.label);
    return text;
}

QString Narration::webForwards(const Node &web, const Node &app) const
{
    const bool sameServer = !app.host.isEmpty() && app.host == web.host;
    // Seed 000 says Nginx acts "as a reverse proxy"; Apache in a LAMP stack
    // (seed 004) runs the code through its module instead, so it just passes
    // the request on.
    if (loadBalancerSoftware(web).compare(u"apache"_s, Qt::CaseInsensitive) == 0)
        return sameServer ? tr("%1 passes the request to %2 on the same server.").arg(web.label, app.label)
                          : tr("%1 passes the request to %2.").arg(web.label, named(app));
    return sameServer ? tr("%1, acting as a reverse proxy, forwards the request to %2 on the same server.")
                            .arg(web.label, app.label)
                      : tr("%1, acting as a reverse proxy, forwards the request to %2.").arg(web.label, named(app));
}

QString Narration::noAppServer(const Node &web) const
{
    return tr("%1 has no application server to forward the request to: no link leads from it to one.")
        .arg(web.label);
}

QString Narration::appRuns(const Node &app) const
{
    return tr("%1 runs the application code (PHP, Python...) for this request.").arg(app.label);
}

QString Narration::appQueries(const Node &app, const Node &database, RequestType request, int port) const
{
    if (request == RequestType::Write)
        return tr("%1 sends the write to %2 on port %3: writes always go to the primary.")
            .arg(app.label, named(database), number(port));
    if (databaseRole(database) == DatabaseRole::Replica)
        return tr("%1 sends a read query to %2 on port %3: replicas serve reads.")
            .arg(app.label, named(database), number(port));
    return tr("%1 sends a read query to %2 on port %3.").arg(app.label, named(database), number(port));
}

QString Narration::databaseConnectionEncrypted() const
{
    return tr("The connection to the database is encrypted with TLS.");
}

QString Narration::noDatabase(const Node &app, RequestType request) const
{
    if (request == RequestType::Write)
        return tr("%1 cannot save the data: no primary database is within reach, and replicas only serve reads.")
            .arg(app.label);
    return tr("%1 cannot reach any database: no link leads from it to one.").arg(app.label);
}

QString Narration::databaseAnswers(const Node &database, const Node &app, RequestType request) const
{
    if (request == RequestType::Write)
        return tr("%1 stores the data and confirms it to %2.").arg(database.label, app.label);
    return tr("%1 processes the query and returns the results to %2.").arg(database.label, app.label);
}

QString Narration::appBuilds(const Node &app) const
{
    return tr("%1 generates the final HTML response.").arg(app.label);
}

QString Narration::backToBalancer(const Node *app, const Node &web, const Node &balancer, bool encrypts) const
{
    if (!app)
        return encrypts ? tr("%1 encrypts the file and sends it back to %2.").arg(web.label, balancer.label)
                        : tr("%1 sends the file back to %2.").arg(web.label, balancer.label);
    return encrypts ? tr("%1 hands the response back to %2, which encrypts it and forwards it to %3.")
                          .arg(app->label, web.label, balancer.label)
                    : tr("%1 hands the response back to %2, which forwards it to %3.")
                          .arg(app->label, web.label, balancer.label);
}

QString Narration::backToBrowser(const Node *app, const Node &web, const Node &client, bool encrypts) const
{
    if (!app)
        return encrypts ? tr("%1 encrypts the file and sends it back to %2.").arg(web.label, client.label)
                        : tr("%1 sends the file back to %2.").arg(web.label, client.label);
    return encrypts ? tr("%1 hands the response back to %2, which encrypts it and sends it to %3.")
                          .arg(app->label, web.label, client.label)
                    : tr("%1 hands the response back to %2, which sends it to %3.")
                          .arg(app->label, web.label, client.label);
}

QString Narration::balancerReturns(const Node &balancer, const QString &domain, const Node &client) const
{
    switch (loadBalancerTls(balancer)) {
    case TlsMode::Terminate:
        return tr("%1 encrypts the response with the TLS certificate for %2 and sends it back to %3.")
            .arg(balancer.label, domain, client.label);
    case TlsMode::Reencrypt:
        return tr("%1 decrypts the server's response, encrypts it again with the TLS certificate for %2 and "
                  "sends it back to %3.")
            .arg(balancer.label, domain, client.label);
    case TlsMode::Passthrough:
        return tr("%1 passes the encrypted response back to %2 untouched.").arg(balancer.label, client.label);
    case TlsMode::None:
        break;
    }
    return tr("%1 sends the response back to %2 as plain HTTP.").arg(balancer.label, client.label);
}

QString Narration::browserDisplays(const Node &client, const QString &domain, bool https) const
{
    if (https)
        return tr("%1 decrypts the response and displays the page of %2.").arg(client.label, domain);
    return tr("%1 displays the page of %2.").arg(client.label, domain);
}

QString Narration::agentsReport(const QList<const Node *> &agents, const Node &service) const
{
    if (agents.size() == 1)
        return tr("Throughout, %1 collected performance, security and resource data; it sends it to %2 for "
                  "analysis.")
            .arg(named(*agents.first()), service.label);
    QStringList places;
    for (const Node *agent : agents) {
        const Node *server = agent->host.isEmpty() ? nullptr : m_topology.node(agent->host);
        places.append(server ? server->label : agent->label);
    }
    const QString last = places.takeLast();
    return tr("Throughout, the monitoring clients on %1 collected performance, security and resource data; "
              "they send it to %2 for analysis.")
        .arg(tr("%1 and %2").arg(places.join(u", "_s), last), service.label);
}

} // namespace infralab
