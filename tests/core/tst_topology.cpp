// The Topology value type and the TopologyModel that announces its changes.

#include "model/Topology.h"
#include "model/TopologyModel.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace infralab {

using ModelEdit = std::function<void(TopologyModel &)>;
using TopologyEdit = std::function<void(Topology &)>;

} // namespace infralab

Q_DECLARE_METATYPE(infralab::ModelEdit)
Q_DECLARE_METATYPE(infralab::TopologyEdit)

namespace infralab {

class TestTopology : public QObject
{
    Q_OBJECT

private slots:
    void lookups();
    void removeNode_data();
    void removeNode();
    void hasLink_data();
    void hasLink();
    void removeLinkEitherWay();
    void uniqueId_data();
    void uniqueId();
    void modelSignals_data();
    void modelSignals();
};

namespace {

Node makeNode(const QString &id, NodeKind kind, const QString &host = {})
{
    Node node;
    node.id = id;
    node.kind = kind;
    node.label = id;
    node.host = host;
    return node;
}

// user - lb - web1 - app1, lb - web2; s1 runs web1 and app1, s2 runs web2.
Topology fixture()
{
    Topology topology;
    topology.addNode(makeNode(u"user"_s, NodeKind::Client));
    topology.addNode(makeNode(u"lb"_s, NodeKind::LoadBalancer));
    topology.addNode(makeNode(u"s1"_s, NodeKind::Server));
    topology.addNode(makeNode(u"web1"_s, NodeKind::WebServer, u"s1"_s));
    topology.addNode(makeNode(u"app1"_s, NodeKind::AppServer, u"s1"_s));
    topology.addNode(makeNode(u"s2"_s, NodeKind::Server));
    topology.addNode(makeNode(u"web2"_s, NodeKind::WebServer, u"s2"_s));
    topology.addLink({u"user"_s, u"lb"_s, {}});
    topology.addLink({u"lb"_s, u"web1"_s, {}});
    topology.addLink({u"web1"_s, u"app1"_s, {}});
    topology.addLink({u"lb"_s, u"web2"_s, {}});
    return topology;
}

QStringList ids(const QList<const Node *> &nodes)
{
    QStringList result;
    for (const Node *node : nodes)
        result.append(node->id);
    return result;
}

// "id@host" for every node, "id" when it has no host: the whole frame layout.
QStringList hosts(const Topology &topology)
{
    QStringList result;
    for (const Node &node : topology.nodes())
        result.append(node.host.isEmpty() ? node.id : node.id + u'@' + node.host);
    return result;
}

QStringList links(const Topology &topology)
{
    QStringList result;
    for (const Link &link : topology.links())
        result.append(link.from + u'-' + link.to);
    return result;
}

} // namespace

void TestTopology::lookups()
{
    const Topology topology = fixture();
    QVERIFY(topology.contains(u"web2"_s));
    QVERIFY(!topology.contains(u"web3"_s));
    QVERIFY(topology.node(u"web2"_s));
    QCOMPARE(topology.node(u"web2"_s)->host, u"s2"_s);
    QCOMPARE(topology.node(u"web3"_s), nullptr);
    QCOMPARE(ids(topology.nodesOfKind(NodeKind::WebServer)), (QStringList{u"web1"_s, u"web2"_s}));
    QCOMPARE(ids(topology.hostedBy(u"s1"_s)), (QStringList{u"web1"_s, u"app1"_s}));
    QCOMPARE(topology.neighbours(u"lb"_s), (QStringList{u"user"_s, u"web1"_s, u"web2"_s}));
    QCOMPARE(topology.linksOf(u"web1"_s).size(), 2);
}

void TestTopology::removeNode_data()
{
    QTest::addColumn<QString>("removed");
    QTest::addColumn<QStringList>("expectedHosts");
    QTest::addColumn<QStringList>("expectedLinks");

    QTest::newRow("removing the load balancer drops its three links")
        << u"lb"_s << QStringList{u"user"_s, u"s1"_s, u"web1@s1"_s, u"app1@s1"_s, u"s2"_s, u"web2@s2"_s}
        << QStringList{u"web1-app1"_s};
    QTest::newRow("removing server 1 frees the web and app server it ran")
        << u"s1"_s << QStringList{u"user"_s, u"lb"_s, u"web1"_s, u"app1"_s, u"s2"_s, u"web2@s2"_s}
        << QStringList{u"user-lb"_s, u"lb-web1"_s, u"web1-app1"_s, u"lb-web2"_s};
    QTest::newRow("removing the first node keeps the others findable")
        << u"user"_s << QStringList{u"lb"_s, u"s1"_s, u"web1@s1"_s, u"app1@s1"_s, u"s2"_s, u"web2@s2"_s}
        << QStringList{u"lb-web1"_s, u"web1-app1"_s, u"lb-web2"_s};
    QTest::newRow("removing the last node")
        << u"web2"_s << QStringList{u"user"_s, u"lb"_s, u"s1"_s, u"web1@s1"_s, u"app1@s1"_s, u"s2"_s}
        << QStringList{u"user-lb"_s, u"lb-web1"_s, u"web1-app1"_s};
    QTest::newRow("removing an unknown id changes nothing")
        << u"ghost"_s << hosts(fixture()) << links(fixture());
}

void TestTopology::removeNode()
{
    QFETCH(QString, removed);
    QFETCH(QStringList, expectedHosts);
    QFETCH(QStringList, expectedLinks);

    Topology topology = fixture();
    topology.removeNode(removed);
    QVERIFY(!topology.contains(removed));
    QCOMPARE(topology.node(removed), nullptr);
    QCOMPARE(hosts(topology), expectedHosts);
    QCOMPARE(links(topology), expectedLinks);
    // The id index follows the shifted list.
    for (const Node &node : topology.nodes()) {
        QVERIFY(topology.node(node.id));
        QCOMPARE(topology.node(node.id)->id, node.id);
    }
}

void TestTopology::hasLink_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("linked");

    QTest::newRow("in the order it was added") << u"lb"_s << u"web1"_s << true;
    QTest::newRow("in the other order") << u"web1"_s << u"lb"_s << true;
    QTest::newRow("two nodes with no link") << u"user"_s << u"web1"_s << false;
    QTest::newRow("a node with itself") << u"lb"_s << u"lb"_s << false;
    QTest::newRow("an unknown id") << u"lb"_s << u"ghost"_s << false;
}

void TestTopology::hasLink()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, linked);

    QCOMPARE(fixture().hasLink(a, b), linked);
}

void TestTopology::removeLinkEitherWay()
{
    Topology topology = fixture();
    topology.removeLink(u"web1"_s, u"lb"_s);
    QVERIFY(!topology.hasLink(u"lb"_s, u"web1"_s));
    QCOMPARE(links(topology), (QStringList{u"user-lb"_s, u"web1-app1"_s, u"lb-web2"_s}));
    QCOMPARE(topology.nodes().size(), 7);
}

void TestTopology::uniqueId_data()
{
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("stem");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing taken gives 1") << QStringList() << u"fw"_s << u"fw1"_s;
    QTest::newRow("fw1 taken gives fw2") << QStringList{u"fw1"_s} << u"fw"_s << u"fw2"_s;
    QTest::newRow("the first gap is used") << QStringList{u"fw1"_s, u"fw3"_s} << u"fw"_s << u"fw2"_s;
    QTest::newRow("the bare stem does not count") << QStringList{u"fw"_s} << u"fw"_s << u"fw1"_s;
    QTest::newRow("other stems do not count") << QStringList{u"lb1"_s, u"s1"_s} << u"fw"_s << u"fw1"_s;
    QTest::newRow("a run of taken ids") << QStringList{u"s1"_s, u"s2"_s, u"s3"_s} << u"s"_s << u"s4"_s;
}

void TestTopology::uniqueId()
{
    QFETCH(QStringList, taken);
    QFETCH(QString, stem);
    QFETCH(QString, expected);

    Topology topology;
    for (const QString &id : std::as_const(taken))
        topology.addNode(makeNode(id, NodeKind::Firewall));
    QCOMPARE(topology.uniqueId(stem), expected);
}

void TestTopology::modelSignals_data()
{
    QTest::addColumn<ModelEdit>("edit");
    QTest::addColumn<TopologyEdit>("sameEditOnValue");   // what the model must then hold
    QTest::addColumn<QStringList>("expectedSignals");     // in order, "changed" included

    const Node db = makeNode(u"db9"_s, NodeKind::Database);
    QTest::newRow("adding a node") << ModelEdit([db](TopologyModel &m) { m.addNode(db); })
                                   << TopologyEdit([db](Topology &t) { t.addNode(db); })
                                   << QStringList{u"nodeAdded(db9)"_s, u"changed"_s};
    QTest::newRow("adding a node whose id is taken does nothing")
        << ModelEdit([](TopologyModel &m) { m.addNode(makeNode(u"lb"_s, NodeKind::Dns)); })
        << TopologyEdit([](Topology &) {}) << QStringList();

    Node moved = *fixture().node(u"lb"_s);
    moved.pos = {40, 80};
    QTest::newRow("moving a node") << ModelEdit([moved](TopologyModel &m) { m.updateNode(moved); })
                                   << TopologyEdit([moved](Topology &t) { t.replaceNode(moved); })
                                   << QStringList{u"nodeChanged(lb)"_s, u"changed"_s};
    const Node same = *fixture().node(u"lb"_s);
    QTest::newRow("updating a node with an identical copy emits nothing")
        << ModelEdit([same](TopologyModel &m) { m.updateNode(same); }) << TopologyEdit([](Topology &) {})
        << QStringList();
    QTest::newRow("updating an unknown node emits nothing")
        << ModelEdit([db](TopologyModel &m) { m.updateNode(db); }) << TopologyEdit([](Topology &) {})
        << QStringList();

    QTest::newRow("removing a node reports its links, then the node")
        << ModelEdit([](TopologyModel &m) { m.removeNode(u"lb"_s); })
        << TopologyEdit([](Topology &t) { t.removeNode(u"lb"_s); })
        << QStringList{u"linkRemoved(user,lb)"_s, u"linkRemoved(lb,web1)"_s, u"linkRemoved(lb,web2)"_s,
                       u"nodeRemoved(lb)"_s, u"changed"_s};
    QTest::newRow("removing a server reports the nodes it ran as changed")
        << ModelEdit([](TopologyModel &m) { m.removeNode(u"s1"_s); })
        << TopologyEdit([](Topology &t) { t.removeNode(u"s1"_s); })
        << QStringList{u"nodeChanged(web1)"_s, u"nodeChanged(app1)"_s, u"nodeRemoved(s1)"_s, u"changed"_s};
    QTest::newRow("removing an unknown node emits nothing")
        << ModelEdit([](TopologyModel &m) { m.removeNode(u"ghost"_s); }) << TopologyEdit([](Topology &) {})
        << QStringList();

    const Link link{u"app1"_s, u"user"_s, {}};
    QTest::newRow("adding a link") << ModelEdit([link](TopologyModel &m) { m.addLink(link); })
                                   << TopologyEdit([link](Topology &t) { t.addLink(link); })
                                   << QStringList{u"linkAdded(app1,user)"_s, u"changed"_s};
    QTest::newRow("adding an existing link the other way round does nothing")
        << ModelEdit([](TopologyModel &m) { m.addLink({u"web1"_s, u"lb"_s, {}}); })
        << TopologyEdit([](Topology &) {}) << QStringList();
    QTest::newRow("removing a link named the other way round")
        << ModelEdit([](TopologyModel &m) { m.removeLink(u"lb"_s, u"user"_s); })
        << TopologyEdit([](Topology &t) { t.removeLink(u"user"_s, u"lb"_s); })
        << QStringList{u"linkRemoved(lb,user)"_s, u"changed"_s};
    QTest::newRow("removing a link that does not exist emits nothing")
        << ModelEdit([](TopologyModel &m) { m.removeLink(u"user"_s, u"web2"_s); })
        << TopologyEdit([](Topology &) {}) << QStringList();

    QTest::newRow("resetting to an empty design")
        << ModelEdit([](TopologyModel &m) { m.reset({}); }) << TopologyEdit([](Topology &t) { t = {}; })
        << QStringList{u"modelReset"_s, u"changed"_s};
}

void TestTopology::modelSignals()
{
    QFETCH(ModelEdit, edit);
    QFETCH(TopologyEdit, sameEditOnValue);
    QFETCH(QStringList, expectedSignals);

    TopologyModel model;
    model.reset(fixture());

    // One log keeps the order across signals; the spy counts "changed".
    QStringList log;
    const auto record = [&log](const char *name) {
        return [&log, name](const QString &id) { log.append(QLatin1StringView(name) + u'(' + id + u')'); };
    };
    const auto recordLink = [&log](const char *name) {
        return [&log, name](const QString &a, const QString &b) {
            log.append(QLatin1StringView(name) + u'(' + a + u',' + b + u')');
        };
    };
    connect(&model, &TopologyModel::nodeAdded, this, record("nodeAdded"));
    connect(&model, &TopologyModel::nodeChanged, this, record("nodeChanged"));
    connect(&model, &TopologyModel::nodeRemoved, this, record("nodeRemoved"));
    connect(&model, &TopologyModel::linkAdded, this, recordLink("linkAdded"));
    connect(&model, &TopologyModel::linkRemoved, this, recordLink("linkRemoved"));
    connect(&model, &TopologyModel::modelReset, this, [&log] { log.append(u"modelReset"_s); });
    connect(&model, &TopologyModel::changed, this, [&log] { log.append(u"changed"_s); });
    QSignalSpy changed(&model, &TopologyModel::changed);

    edit(model);

    QCOMPARE(log, expectedSignals);
    QCOMPARE(changed.count(), expectedSignals.isEmpty() ? 0 : 1);
    Topology expected = fixture();
    sameEditOnValue(expected);
    QVERIFY(model.topology() == expected);
}

} // namespace infralab

QTEST_GUILESS_MAIN(infralab::TestTopology)
#include "tst_topology.moc"
