#pragma once

#include "FirewallVerdict.h"
#include "RequestType.h"

#include "model/Properties.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace infralab {

struct Node;
class Topology;

// The sentences of the walkthrough: translatable templates (context
// "Walkthrough") filled with the design's own labels, addresses, ports and
// algorithm. Nothing here is written for one preset. Each sentence follows
// the meaning of its step in seed 000, in our own words.
class Narration
{
    Q_DECLARE_TR_FUNCTIONS(Walkthrough)

public:
    explicit Narration(const Topology &topology) : m_topology(topology) {}

    // "Nginx on Server 1 (8.8.8.8)"; "HAProxy" when not hosted and no address.
    QString named(const Node &node) const;
    // The machine a component runs on: "Server 1 (8.8.8.8)", or named(node).
    QString machine(const Node &node) const;
    // The node's address, or its server's; empty when neither has one.
    QString address(const Node &node) const;

    QString noClient() const;
    QString noDomain() const;
    QString typesDomain(const Node &client, const QString &domain) const;
    QString noDnsServer(const Node &client, const QString &domain) const;
    QString asksDns(const Node &client, const Node &dns, const QString &domain) const;
    QString noDnsRecord(const Node &dns, const QString &domain) const;
    QString unknownAddress(const Node &dns, const QString &domain, const QString &target) const;
    QString dnsAnswers(const Node &dns, const DnsRecord &record, const Node &entry) const;
    QString notAnEntry(const Node &dns, const QString &domain, const Node &target) const;
    QString sendsRequest(const Node &client, const Node &entry, int port, bool https) const;
    QString noRoute(const Node &from, const Node &to) const;

    QString firewallFiltersIncoming(const Node &firewall, const FirewallVerdict &verdict, int port,
                                    const Node &next) const;
    QString firewallBeforeServer(const Node &firewall, const FirewallVerdict &verdict, int port,
                                 const Node &web) const;
    QString firewallOnQuery(const Node &firewall, const FirewallVerdict &verdict, int port) const;
    QString firewallDrops(const Node &firewall, const FirewallVerdict &verdict, const Node &source, int port,
                          bool query) const;

    QString balancerPicks(const Node &balancer, const QString &domain, const Node &web) const;
    QString noBackend(const Node &balancer) const;
    QString agentNotes(const Node &agent) const;
    QString webReceives(const Node &web, int port, bool decrypts, RequestType request) const;
    QString webForwards(const Node &web, const Node &app) const;
    QString noAppServer(const Node &web) const;
    QString appRuns(const Node &app) const;
    QString appQueries(const Node &app, const Node &database, RequestType request, int port) const;
    QString databaseConnectionEncrypted() const;
    QString noDatabase(const Node &app, RequestType request) const;
    QString databaseAnswers(const Node &database, const Node &app, RequestType request) const;
    QString appBuilds(const Node &app) const;

    QString backToBalancer(const Node *app, const Node &web, const Node &balancer, bool encrypts) const;
    QString backToBrowser(const Node *app, const Node &web, const Node &client, bool encrypts) const;
    QString balancerReturns(const Node &balancer, const QString &domain, const Node &client) const;
    QString browserDisplays(const Node &client, const QString &domain, bool https) const;
    QString agentsReport(const QList<const Node *> &agents, const Node &service) const;

private:
    QString ruleSource(const QString &from) const;
    QString verdictText(const FirewallVerdict &verdict, int port) const;
    QString algorithmText(Algorithm algorithm) const;

    const Topology &m_topology;
};

} // namespace infralab
