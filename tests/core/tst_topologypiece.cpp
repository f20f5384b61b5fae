// What the clipboard carries: a piece of a design cut out with its hosted
// components and inner links, and pasted back with ids no node uses.

#include "io/TopologyReader.h"
#include "io/TopologyWriter.h"
#include "model/Properties.h"
#include "model/TopologyPiece.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace infralab;

namespace {

Node makeNode(const QString &id, NodeKind kind, QPointF pos = {}, const QString &host = {})
{
    Node node;
    node.id = id;
    node.kind = kind;
    node.label = id;
    node.pos = pos;
    node.host = host;
    if (kind == NodeKind::Server)
        node.size = QSizeF(0, 0);   // a frame that fits what it runs, as the reader gives it
    return node;
}

// user - fw1 - lb - web1 (in s1) - app1 (in s1), s1 is a server.
Topology design()
{
    Topology t;
    t.addNode(makeNode(u"user"_s, NodeKind::Client));
    t.addNode(makeNode(u"fw1"_s, NodeKind::Firewall, {100, 0}));
    t.addNode(makeNode(u"lb"_s, NodeKind::LoadBalancer, {200, 0}));
    t.addNode(makeNode(u"s1"_s, NodeKind::Server, {300, 0}));
    t.addNode(makeNode(u"web1"_s, NodeKind::WebServer, {320, 40}, u"s1"_s));
    t.addNode(makeNode(u"app1"_s, NodeKind::AppServer, {320, 160}, u"s1"_s));
    t.addLink({u"user"_s, u"fw1"_s, {}});
    t.addLink({u"fw1"_s, u"lb"_s, {}});
    t.addLink({u"lb"_s, u"web1"_s, {}});
    t.addLink({u"web1"_s, u"app1"_s, {}});
    return t;
}

// design() with what names nodes: DNS records by id and by address, and a
// firewall whose rules name nodes, kinds and "any".
Topology namingDesign()
{
    Topology t = design();
    Node dns = makeNode(u"dns"_s, NodeKind::Dns, {0, -100});
    dns.props.insert(u"records"_s, QJsonArray{toJson(DnsRecord{u"www.foobar.com"_s, DnsRecordType::A, u"lb"_s}),
                                              toJson(DnsRecord{u"app.foobar.com"_s, DnsRecordType::A, u"8.8.8.8"_s}),
                                              toJson(DnsRecord{u"cdn.foobar.com"_s, DnsRecordType::A, u"1.2.3.4"_s})});
    t.addNode(dns);
    Node fw = *t.node(u"fw1"_s);
    fw.props.insert(u"rules"_s, QJsonArray{toJson(FirewallRule{RuleAction::Allow, 443, u"any"_s}),
                                           toJson(FirewallRule{RuleAction::Allow, 80, u"lb"_s}),
                                           toJson(FirewallRule{RuleAction::Deny, 22, u"client"_s}),
                                           toJson(FirewallRule{RuleAction::Allow, 3306, u"s1"_s})});
    t.replaceNode(fw);
    Node server = *t.node(u"s1"_s);
    server.props.insert(u"ip"_s, u"8.8.8.8"_s);
    t.replaceNode(server);
    return t;
}

QStringList ruleSources(const Topology &t)
{
    QStringList result;
    for (const Node *firewall : t.nodesOfKind(NodeKind::Firewall)) {
        for (const FirewallRule &rule : firewallRules(*firewall))
            result.append(rule.from);
    }
    return result;
}

QStringList recordTargets(const Topology &t)
{
    QStringList result;
    for (const Node *dns : t.nodesOfKind(NodeKind::Dns)) {
        for (const DnsRecord &record : dnsRecords(*dns))
            result.append(record.target);
    }
    return result;
}

QStringList addresses(const Topology &t)
{
    QStringList result;
    for (const Node &node : t.nodes()) {
        if (!nodeIp(node).isEmpty())
            result.append(node.id + u'=' + nodeIp(node));
    }
    return result;
}

QStringList ids(const Topology &t)
{
    QStringList result;
    for (const Node &node : t.nodes())
        result.append(node.id);
    return result;
}

QStringList linkPairs(const Topology &t)
{
    QStringList result;
    for (const Link &link : t.links())
        result.append(link.from + u'-' + link.to);
    return result;
}

} // namespace

class TestTopologyPiece : public QObject
{
    Q_OBJECT

private slots:
    void extract_data();
    void extract();
    void freshIds_data();
    void freshIds();
    void references_data();
    void references();
    void referencesIntoAnotherDesign();
    void nextAddress_data();
    void nextAddress();
    void clipboardPieceMayNameNodesOutside();
    void stem_data();
    void stem();
    void newNodeIsNumberedAfterItsKind();
};

void TestTopologyPiece::extract_data()
{
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<QStringList>("nodes");
    QTest::addColumn<QStringList>("links");
    QTest::addColumn<QStringList>("hosted");

    QTest::newRow("two linked nodes keep their link") << QStringList{u"fw1"_s, u"lb"_s}
                                                      << QStringList{u"fw1"_s, u"lb"_s} << QStringList{u"fw1-lb"_s}
                                                      << QStringList{};
    QTest::newRow("a lone node leaves its links behind") << QStringList{u"lb"_s} << QStringList{u"lb"_s}
                                                         << QStringList{} << QStringList{};
    QTest::newRow("a server brings what it runs") << QStringList{u"s1"_s}
                                                  << QStringList{u"s1"_s, u"web1"_s, u"app1"_s}
                                                  << QStringList{u"web1-app1"_s}
                                                  << QStringList{u"web1"_s, u"app1"_s};
    QTest::newRow("a component without its server lands outside any frame")
        << QStringList{u"web1"_s} << QStringList{u"web1"_s} << QStringList{} << QStringList{};
    QTest::newRow("file order, not selection order") << QStringList{u"lb"_s, u"user"_s, u"fw1"_s}
                                                     << QStringList{u"user"_s, u"fw1"_s, u"lb"_s}
                                                     << QStringList{u"user-fw1"_s, u"fw1-lb"_s} << QStringList{};
}

void TestTopologyPiece::extract()
{
    QFETCH(QStringList, selected);
    QFETCH(QStringList, nodes);
    QFETCH(QStringList, links);
    QFETCH(QStringList, hosted);

    const Topology piece = extractPiece(design(), selected);
    QCOMPARE(ids(piece), nodes);
    QCOMPARE(linkPairs(piece), links);
    QStringList withHost;
    for (const Node &node : piece.nodes()) {
        if (!node.host.isEmpty())
            withHost.append(node.id);
    }
    QCOMPARE(withHost, hosted);
}

void TestTopologyPiece::freshIds_data()
{
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<QStringList>("expectedIds");
    QTest::addColumn<QStringList>("expectedLinks");

    QTest::newRow("a copied firewall becomes fw2") << QStringList{u"fw1"_s} << QStringList{u"fw2"_s} << QStringList{};
    QTest::newRow("an id without a number gets one") << QStringList{u"lb"_s, u"user"_s}
                                                     << QStringList{u"user1"_s, u"lb1"_s} << QStringList{};
    QTest::newRow("a server and its components, links renamed too")
        << QStringList{u"s1"_s} << QStringList{u"s2"_s, u"web2"_s, u"app2"_s} << QStringList{u"web2-app2"_s};
}

void TestTopologyPiece::freshIds()
{
    QFETCH(QStringList, selected);
    QFETCH(QStringList, expectedIds);
    QFETCH(QStringList, expectedLinks);

    const Topology original = design();
    const Topology piece = extractPiece(original, selected);
    const Topology pasted = withFreshIds(piece, original, {40, 40});
    QCOMPARE(ids(pasted), expectedIds);
    QCOMPARE(linkPairs(pasted), expectedLinks);
    for (qsizetype i = 0; i < pasted.nodes().size(); ++i) {
        const Node &node = pasted.nodes().at(i);
        QVERIFY(!original.contains(node.id));
        QCOMPARE(node.pos, piece.nodes().at(i).pos + QPointF(40, 40));
        if (!node.host.isEmpty())
            QVERIFY(pasted.contains(node.host));
    }

    // Pasting the same piece twice in a row still gives unique ids.
    Topology twice = original;
    for (const Node &node : pasted.nodes())
        twice.addNode(node);
    const Topology again = withFreshIds(piece, twice, {80, 80});
    QSet<QString> all;
    for (const Node &node : twice.nodes())
        all.insert(node.id);
    for (const Node &node : again.nodes()) {
        QVERIFY2(!all.contains(node.id), qPrintable(node.id));
        all.insert(node.id);
    }
}

void TestTopologyPiece::references_data()
{
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<QStringList>("sources");     // the pasted firewall's rules
    QTest::addColumn<QStringList>("targets");     // the pasted DNS's records
    QTest::addColumn<QStringList>("addresses");   // pasted nodes with an address

    const QStringList keptRules{u"any"_s, u"lb"_s, u"client"_s, u"s1"_s};
    const QStringList keptTargets{u"lb"_s, u"8.8.8.8"_s, u"1.2.3.4"_s};
    QTest::newRow("rules naming nodes left behind keep them")
        << QStringList{u"fw1"_s} << keptRules << QStringList{} << QStringList{};
    QTest::newRow("a rule naming a copied node names its copy")
        << QStringList{u"fw1"_s, u"lb"_s} << QStringList{u"any"_s, u"lb1"_s, u"client"_s, u"s1"_s} << QStringList{}
        << QStringList{};
    QTest::newRow("a rule naming a copied server names its copy")
        << QStringList{u"fw1"_s, u"s1"_s} << QStringList{u"any"_s, u"lb"_s, u"client"_s, u"s2"_s} << QStringList{}
        << QStringList{u"s2=8.8.8.9"_s};
    QTest::newRow("records naming nodes left behind keep them")
        << QStringList{u"dns"_s} << QStringList{} << keptTargets << QStringList{};
    QTest::newRow("a record naming a copied node names its copy")
        << QStringList{u"dns"_s, u"lb"_s} << QStringList{} << QStringList{u"lb1"_s, u"8.8.8.8"_s, u"1.2.3.4"_s}
        << QStringList{};
    QTest::newRow("a record by address follows the copy's new address")
        << QStringList{u"dns"_s, u"s1"_s} << QStringList{} << QStringList{u"lb"_s, u"8.8.8.9"_s, u"1.2.3.4"_s}
        << QStringList{u"s2=8.8.8.9"_s};
    QTest::newRow("everything copied: all names follow")
        << QStringList{u"dns"_s, u"fw1"_s, u"lb"_s, u"s1"_s}
        << QStringList{u"any"_s, u"lb1"_s, u"client"_s, u"s2"_s} << QStringList{u"lb1"_s, u"8.8.8.9"_s, u"1.2.3.4"_s}
        << QStringList{u"s2=8.8.8.9"_s};
}

void TestTopologyPiece::references()
{
    QFETCH(QStringList, selected);
    QFETCH(QStringList, sources);
    QFETCH(QStringList, targets);
    QFETCH(QStringList, addresses);

    const Topology original = namingDesign();
    const Topology pasted = withFreshIds(extractPiece(original, selected), original, {40, 40});
    QCOMPARE(ruleSources(pasted), sources);
    QCOMPARE(recordTargets(pasted), targets);
    QCOMPARE(::addresses(pasted), addresses);

    // The design with the paste added loads: every name resolves.
    Topology combined = original;
    for (const Node &node : pasted.nodes())
        combined.addNode(node);
    const LoadResult reread = TopologyReader::read(TopologyWriter::toJson(combined), u"combined"_s);
    QVERIFY2(reread.ok(), qPrintable(reread.error ? reread.error->toString() : QString()));
}

void TestTopologyPiece::referencesIntoAnotherDesign()
{
    // Pasted into a design without "lb" and "s1": rules and records naming
    // them could never match there and go; kinds, "any" and addresses stay,
    // and a free address is kept as it was.
    const Topology original = namingDesign();
    Topology other;
    other.addNode(makeNode(u"user"_s, NodeKind::Client));
    const Topology pasted = withFreshIds(extractPiece(original, {u"fw1"_s, u"dns"_s, u"web1"_s}), other, {});
    QCOMPARE(ruleSources(pasted), (QStringList{u"any"_s, u"client"_s}));
    QCOMPARE(recordTargets(pasted), (QStringList{u"8.8.8.8"_s, u"1.2.3.4"_s}));
    const Topology server = withFreshIds(extractPiece(original, {u"s1"_s}), other, {});
    QCOMPARE(addresses(server), QStringList{u"s1=8.8.8.8"_s});

    // Rules keep their other keys and their order.
    const QList<FirewallRule> rules = firewallRules(*pasted.nodesOfKind(NodeKind::Firewall).first());
    QCOMPARE(rules.at(1), (FirewallRule{RuleAction::Deny, 22, u"client"_s}));
}

void TestTopologyPiece::nextAddress_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("next");

    QTest::newRow("next one up") << u"8.8.8.8"_s << QStringList{u"8.8.8.8"_s} << u"8.8.8.9"_s;
    QTest::newRow("skips taken ones") << u"10.0.0.1"_s << QStringList{u"10.0.0.1"_s, u"10.0.0.2"_s, u"10.0.0.3"_s}
                                      << u"10.0.0.4"_s;
    QTest::newRow("wraps before broadcast") << u"10.0.0.254"_s << QStringList{u"10.0.0.254"_s} << u"10.0.0.1"_s;
    QString last = u"192.168.1."_s;
    QStringList all;
    for (int i = 1; i <= 254; ++i)
        all.append(last + QString::number(i));
    QTest::newRow("a full network has none") << u"192.168.1.7"_s << all << QString();
    QTest::newRow("IPv6 counts in hex") << u"2001:db8::9"_s << QStringList{u"2001:db8::9"_s} << u"2001:db8::a"_s;
    QTest::newRow("IPv6 ending in ::") << u"2001:db8::"_s << QStringList{u"2001:db8::"_s} << u"2001:db8::1"_s;
}

void TestTopologyPiece::nextAddress()
{
    QFETCH(QString, ip);
    QFETCH(QStringList, taken);
    QFETCH(QString, next);
    QCOMPARE(nextFreeAddress(ip, QSet<QString>(taken.cbegin(), taken.cend())), next);
}

void TestTopologyPiece::clipboardPieceMayNameNodesOutside()
{
    // The clipboard carries fw1 alone; its rule names "lb", which is not on
    // the clipboard. As a piece it reads; as a design it is refused.
    const QByteArray json = TopologyWriter::toJson(extractPiece(namingDesign(), {u"fw1"_s}));
    QVERIFY(!TopologyReader::read(json, u"clipboard"_s).ok());
    const LoadResult piece = TopologyReader::readPiece(json, u"clipboard"_s);
    QVERIFY(piece.ok());
    QCOMPARE(ruleSources(piece.topology), (QStringList{u"any"_s, u"lb"_s, u"client"_s, u"s1"_s}));
}

void TestTopologyPiece::stem_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("stem");
    QTest::newRow("number at the end") << u"web12"_s << u"web"_s;
    QTest::newRow("no number") << u"lb"_s << u"lb"_s;
    QTest::newRow("number inside stays") << u"s0_1web"_s << u"s0_1web"_s;
    QTest::newRow("digits only") << u"42"_s << QString();
}

void TestTopologyPiece::stem()
{
    QFETCH(QString, id);
    QFETCH(QString, stem);
    QCOMPARE(idStemOf(id), stem);
}

void TestTopologyPiece::newNodeIsNumberedAfterItsKind()
{
    const Topology original = design();
    const Node firewall = newNode(original, NodeKind::Firewall, {5, 6});
    QCOMPARE(firewall.id, u"fw2"_s);
    QCOMPARE(firewall.kind, NodeKind::Firewall);
    QCOMPARE(firewall.label, kindLabel(NodeKind::Firewall) + u" 2"_s);
    QCOMPARE(firewall.pos, QPointF(5, 6));
    QCOMPARE(newNode(original, NodeKind::Database, {}).id, u"db1"_s);
}

QTEST_GUILESS_MAIN(TestTopologyPiece)
#include "tst_topologypiece.moc"
