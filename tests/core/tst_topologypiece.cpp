// What the clipboard carries: a piece of a design cut out with its hosted
// components and inner links, and pasted back with ids no node uses.

#include "model/TopologyPiece.h"

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
