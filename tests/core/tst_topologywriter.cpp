// What the writer saves, the reader loads back to the same design; a save
// either replaces the file whole or leaves it alone.

#include "TestDocument.h"

#include "io/TopologyReader.h"
#include "io/TopologyWriter.h"
#include "model/Properties.h"
#include "presets/Presets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace infralab {

using namespace infralab::test;

class TestTopologyWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripsPreset_data();
    void roundTripsPreset();
    void roundTripsEdgeCase_data();
    void roundTripsEdgeCase();
    void roundTripsGeneratedDesign();
    void writeFileFailureLeavesNoFile_data();
    void writeFileFailureLeavesNoFile();
    void writeFileReplacesWholeFile();

private:
    QTemporaryDir m_dir;
};

namespace {

// toJson -> read must give the same design, and writing that gives the same bytes.
void checkRoundTrip(const Topology &topology)
{
    const QByteArray written = TopologyWriter::toJson(topology);
    QCOMPARE(TopologyWriter::toJson(topology), written);
    const LoadResult again = TopologyReader::read(written, u"written.infralab.json"_s);
    QVERIFY2(again.ok(), errorText(again).constData());
    QVERIFY(again.topology == topology);
    QCOMPARE(TopologyWriter::toJson(again.topology), written);
}

// 1000 nodes of every kind, with the properties, sizes, unknown keys and
// awkward coordinates a long-lived design collects.
Topology generatedDesign(int nodeCount)
{
    Topology topology;
    topology.name = u"Generated: \"quotes\", \\ and ünïcödé"_s;
    topology.domain = u"www.foobar.com"_s;
    topology.extra.insert(u"x-generator"_s, QJsonObject{{u"seed"_s, 42}});
    const QList<NodeKind> &kinds = allNodeKinds();
    QString server;
    for (int i = 0; topology.nodes().size() < nodeCount; ++i) {
        Node node;
        node.kind = kinds[i % kinds.size()];
        node.id = topology.uniqueId(jsonName(node.kind));
        node.label = u"Node %1 — 東京"_s.arg(i);
        node.pos = QPointF(i * 12.25 - 5000, (i % 37) * -0.1);
        switch (node.kind) {
        case NodeKind::Server:
            node.size = QSizeF(300, 200.5);
            node.props.insert(u"ip"_s, u"10.0.%1.%2"_s.arg(i / 250).arg(i % 250));
            server = node.id;
            break;
        case NodeKind::Firewall:
            node.props.insert(u"rules"_s, QJsonArray{toJson(FirewallRule{RuleAction::Allow, 443, u"any"_s}),
                                                     toJson(FirewallRule{RuleAction::Deny, 22, u"client"_s})});
            break;
        case NodeKind::LoadBalancer:
            node.props = jsonObject(R"({"software": "haproxy", "algorithm": "source", "tls": "reencrypt"})");
            break;
        case NodeKind::Database:
            node.props = jsonObject(R"({"role": "replica", "failover": "automatic", "tls": true})");
            break;
        default:
            break;
        }
        if (!server.isEmpty() && !isOutsideInfrastructure(node.kind) && node.kind != NodeKind::Server)
            node.host = server;
        if (i % 10 == 0)
            node.extra.insert(u"x-note"_s, u"note %1"_s.arg(i));
        topology.addNode(node);
    }
    const QList<Node> &nodes = topology.nodes();
    for (qsizetype i = 1; i < nodes.size(); ++i) {
        topology.addLink({nodes[i - 1].id, nodes[i].id, {}});
        if (i % 7 == 0)
            topology.addLink({nodes[i].id, nodes[i / 2].id, QJsonObject{{u"x-bandwidth"_s, u"1G"_s}}});
    }
    return topology;
}

} // namespace

void TestTopologyWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestTopologyWriter::roundTripsPreset_data()
{
    QTest::addColumn<QString>("name");
    for (const PresetInfo &preset : builtinPresets())
        QTest::newRow(qPrintable(preset.name)) << preset.name;
}

void TestTopologyWriter::roundTripsPreset()
{
    QFETCH(QString, name);
    const LoadResult preset = loadPreset(name);
    QVERIFY2(preset.ok(), errorText(preset).constData());
    checkRoundTrip(preset.topology);
    if (QTest::currentTestFailed())
        return;
    // The file a user saves loads back too.
    const QString path = m_dir.filePath(name + u".infralab.json"_s);
    const std::optional<QString> error = TopologyWriter::writeFile(preset.topology, path);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    const LoadResult fromDisk = TopologyReader::readFile(path);
    QVERIFY2(fromDisk.ok(), errorText(fromDisk).constData());
    QVERIFY(fromDisk.topology == preset.topology);
}

void TestTopologyWriter::roundTripsEdgeCase_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("server with a width but no height")
        << indented(withNode(R"({"id": "s9", "kind": "server", "width": 310})"));
    QTest::newRow("coordinates that are not short decimals")
        << indented(withNode(R"({"id": "n", "kind": "client", "x": 0.30000000000000004, "y": 1e-7})"));
    QTest::newRow("coordinates at the limits")
        << indented(withNode(R"({"id": "n", "kind": "client", "x": 1000000, "y": -1000000})"));
    QTest::newRow("label with quotes, backslashes and emoji")
        << indented(withNode(R"({"id": "n \"q\"", "kind": "client", "label": "say \"hi\" \\ 🚀 </script>"})"));
    QTest::newRow("no name, no domain, no links")
        << R"({"format": "infralab-topology", "version": 1, "nodes": [{"id": "a", "kind": "dns"}]})"_ba;
    QTest::newRow("database with TLS and automatic failover")
        << indented(withNode(R"({"id": "db9", "kind": "database", "host": "s1",
                                 "props": {"role": "replica", "failover": "automatic", "tls": true}})"));
    QTest::newRow("unknown keys holding null, arrays and nested objects")
        << indented(with(validDocument(), u"x-meta"_s, json(R"({"a": null, "b": [1, [2, {"c": false}]]})")));
}

void TestTopologyWriter::roundTripsEdgeCase()
{
    QFETCH(QByteArray, bytes);
    const LoadResult first = TopologyReader::read(bytes, u"edge.infralab.json"_s);
    QVERIFY2(first.ok(), errorText(first).constData());
    checkRoundTrip(first.topology);
}

void TestTopologyWriter::roundTripsGeneratedDesign()
{
    const Topology design = generatedDesign(1000);
    QCOMPARE(design.nodes().size(), 1000);
    checkRoundTrip(design);
    if (QTest::currentTestFailed())
        return;

    const QString path = m_dir.filePath(u"generated.infralab.json"_s);
    const std::optional<QString> error = TopologyWriter::writeFile(design, path);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    const LoadResult fromDisk = TopologyReader::readFile(path);
    QVERIFY2(fromDisk.ok(), errorText(fromDisk).constData());
    QVERIFY(fromDisk.topology == design);
}

void TestTopologyWriter::writeFileFailureLeavesNoFile_data()
{
    QTest::addColumn<QString>("path");

    QTest::newRow("in a folder that does not exist") << m_dir.filePath(u"no/such/folder/design.infralab.json"_s);
    QDir(m_dir.path()).mkdir(u"taken.infralab.json"_s);
    QTest::newRow("onto a folder") << m_dir.filePath(u"taken.infralab.json"_s);
}

void TestTopologyWriter::writeFileFailureLeavesNoFile()
{
    QFETCH(QString, path);
    const bool wasFolder = QFileInfo(path).isDir();
    const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    const std::optional<QString> error = TopologyWriter::writeFile(loadPreset(defaultPresetName()).topology, path);
    QVERIFY(error);
    QVERIFY2(error->contains(path), qPrintable(*error));
    QVERIFY2(!error->contains(u'\n'), qPrintable(*error));
    QCOMPARE(QFileInfo(path).isDir(), wasFolder);
    QVERIFY(wasFolder || !QFileInfo::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
}

void TestTopologyWriter::writeFileReplacesWholeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"design.infralab.json"_s);
    {
        // Longer than what replaces it: any tail left behind would show.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        QVERIFY(old.write(QByteArray(256 * 1024, 'x')) > 0);
    }
    const Topology design = loadPreset(u"single-server"_s).topology;
    const std::optional<QString> error = TopologyWriter::writeFile(design, path);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));

    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), TopologyWriter::toJson(design));
    // No temporary file of the save is left next to it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{u"design.infralab.json"_s});
}

} // namespace infralab

QTEST_GUILESS_MAIN(infralab::TestTopologyWriter)
#include "tst_topologywriter.moc"
