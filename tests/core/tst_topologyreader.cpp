// The loader meets hostile input: any bytes give either a valid Topology or
// one error line naming the file and, where there is one, the line.

#include "TestDocument.h"

#include "io/TopologyReader.h"
#include "io/TopologyWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace infralab {

using namespace infralab::test;

class TestTopologyReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rejectsInvalidInput_data();
    void rejectsInvalidInput();
    void loadsValidInput_data();
    void loadsValidInput();
    void keepsUnknownKeys_data();
    void keepsUnknownKeys();
    void readFileFailures_data();
    void readFileFailures();
    // Last: until JsonLocator skips a byte order mark, these abort the run.
    void findsLinesAfterByteOrderMark_data();
    void findsLinesAfterByteOrderMark();

private:
    QTemporaryDir m_dir;
};

namespace {

const QString kFileName = u"hostile.infralab.json"_s;

// 4 KB that no text editor wrote: a fixed linear congruential sequence, so a
// failure reproduces. The first byte is NUL, so the JSON error is on line 1.
QByteArray binaryGarbage()
{
    QByteArray bytes(4096, '\0');
    quint32 state = 0x1234567u;
    for (qsizetype i = 1; i < bytes.size(); ++i) {
        state = state * 1664525u + 1013904223u;
        bytes[i] = char(state >> 24);
    }
    return bytes;
}

// The value at a path like "nodes/4/props" ("" is the document itself).
QJsonValue valueAt(const QByteArray &json, const QString &path)
{
    QJsonValue value = QJsonDocument::fromJson(json).object();
    for (const QString &step : path.split(u'/', Qt::SkipEmptyParts)) {
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(step);
    }
    return value;
}

} // namespace

void TestTopologyReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestTopologyReader::rejectsInvalidInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");        // 0: the problem has no line
    QTest::addColumn<QString>("message"); // a part of the one-line message

    const auto row = [](const char *name, const QByteArray &bytes, int line, const QString &message) {
        QTest::newRow(name) << bytes << line << message;
    };
    // The expected line is where `needle` is in the document (n-th occurrence).
    const auto rowAt = [&row](const char *name, const QJsonObject &document, const QByteArray &needle,
                              const QString &message, int occurrence = 1) {
        const QByteArray bytes = indented(document);
        row(name, bytes, lineOf(bytes, needle, occurrence), message);
    };
    // Errors about a whole link object: Indented puts its "{" alone on the
    // line before its first key, "from".
    const auto rowAtLinkOf = [&row](const char *name, const QJsonObject &document, const QByteArray &fromLine,
                                    const QString &message, int occurrence) {
        const QByteArray bytes = indented(document);
        row(name, bytes, lineOf(bytes, fromLine, occurrence) - 1, message);
    };

    // Not a topology document at all.
    row("empty file", {}, 0, u"the file is empty"_s);
    row("whitespace only", " \n\t\r\n   \n"_ba, 0, u"the file is empty"_s);
    row("not JSON", "hello, world\n"_ba, 1, u"not valid JSON"_s);
    {
        const QByteArray whole = indented(validDocument());
        const QByteArray cut = whole.left(whole.indexOf("\"nodes\""));
        row("JSON cut off before \"nodes\"", cut, int(cut.count('\n')) + 1, u"not valid JSON"_s);
    }
    row("a top-level array", "[\n    {\"format\": \"infralab-topology\"}\n]\n"_ba, 1,
        u"must be a JSON object"_s);
    row("a top-level string", "\"infralab-topology\"\n"_ba, 1, u"must be a JSON object"_s);
    row("a top-level number", "1\n"_ba, 1, u"must be a JSON object"_s);
    row("binary garbage (4 KB)", binaryGarbage(), 1, u"not valid JSON"_s);
    row("200,000 nested arrays", QByteArray(200'000, '['), 1, u"not valid JSON"_s);
    row("200,000 nested objects", QByteArray(R"({"a":)").repeated(200'000), 1, u"not valid JSON"_s);

    // The header.
    rowAt("another format name", with(validDocument(), u"format"_s, u"drawio"_s), R"("format": "drawio")",
          u"format \"drawio\" is not an Infralab topology"_s);
    row("no format", indented(without(validDocument(), u"format"_s)), 1, u"no \"format\""_s);
    rowAt("a future version (2)", with(validDocument(), u"version"_s, 2), R"("version": 2)",
          u"version 2 was written by a newer Infralab"_s);
    rowAt("version 0", with(validDocument(), u"version"_s, 0), R"("version": 0)",
          u"must be a whole number from 1"_s);
    rowAt("version \"1\" as a string", with(validDocument(), u"version"_s, u"1"_s), R"("version": "1")",
          u"\"version\" must be a whole number"_s);
    rowAt("nodes is an object", with(validDocument(), u"nodes"_s, QJsonObject()), R"("nodes": {)",
          u"\"nodes\" must be an array"_s);
    rowAt("links is a string", with(validDocument(), u"links"_s, u"user-lb"_s), R"("links": "user-lb")",
          u"\"links\" must be an array"_s);

    // Closed sets.
    rowAt("unknown kind", withNode(R"({"id": "n", "kind": "balancer"})"), R"("kind": "balancer")",
          u"node \"n\" has unknown kind \"balancer\""_s);
    rowAt("tls \"maybe\"", withNode(R"({"id": "lb2", "kind": "load-balancer", "props": {"tls": "maybe"}})"),
          R"("tls": "maybe")", u"node \"lb2\": \"tls\" must be one of \"terminate\""_s);
    rowAt("algorithm \"random\"",
          withNode(R"({"id": "lb2", "kind": "load-balancer", "props": {"algorithm": "random"}})"),
          R"("algorithm": "random")", u"\"algorithm\" must be one of \"round-robin\""_s);
    rowAt("database role \"master\"", withNode(R"({"id": "db2", "kind": "database", "props": {"role": "master"}})"),
          R"("role": "master")", u"\"role\" must be one of \"primary\", \"replica\""_s);
    rowAt("firewall action \"drop\"",
          withNode(R"({"id": "fw", "kind": "firewall",
                       "props": {"rules": [{"action": "drop", "port": 22, "from": "any"}]}})"),
          R"("action": "drop")", u"\"action\" must be one of \"allow\", \"deny\""_s);
    rowAt("firewall policy \"reject\"", withNode(R"({"id": "fw", "kind": "firewall", "props": {"policy": "reject"}})"),
          R"("policy": "reject")", u"\"policy\" must be one of \"allow\", \"deny\""_s);
    rowAt("failover \"sometimes\"",
          withNode(R"({"id": "db2", "kind": "database", "props": {"role": "replica", "failover": "sometimes"}})"),
          R"("failover": "sometimes")", u"\"failover\" must be one of \"manual\", \"automatic\""_s);
    rowAt("DNS record type \"MX\"",
          withNode(R"({"id": "dns2", "kind": "dns",
                       "props": {"records": [{"name": "foobar.com", "type": "MX", "target": "lb"}]}})"),
          R"("type": "MX")", u"\"type\" must be one of \"A\", \"AAAA\", \"CNAME\""_s);

    // Identity and references.
    rowAt("duplicate node id", withNode(R"({"id": "lb", "kind": "client"})"), R"("id": "lb")",
          u"duplicate node id \"lb\""_s, 2);
    rowAt("link to a missing node", withLink(R"({"from": "lb", "to": "ghost"})"), R"("to": "ghost")",
          u"link to unknown node \"ghost\""_s);
    rowAt("link from a missing node", withLink(R"({"from": "ghost", "to": "lb"})"), R"("from": "ghost")",
          u"link to unknown node \"ghost\""_s);
    rowAtLinkOf("link from a node to itself", withLink(R"({"from": "db1", "to": "db1"})"), R"("from": "db1")",
                u"link from node \"db1\" to itself"_s, 1);
    rowAtLinkOf("duplicate link in the same order", withLink(R"({"from": "user", "to": "lb"})"),
                R"("from": "user")", u"duplicate link between \"user\" and \"lb\""_s, 2);
    rowAtLinkOf("duplicate link in the other order", withLink(R"({"from": "db1", "to": "web1"})"),
                R"("from": "db1")", u"duplicate link between \"db1\" and \"web1\""_s, 1);
    rowAt("host names a load balancer", withNode(R"({"id": "app9", "kind": "app-server", "host": "lb"})"),
          R"("host": "lb")", u"node \"app9\" is hosted by \"lb\", which is a load-balancer, not a server"_s);
    rowAt("host names the node itself", withNode(R"({"id": "app9", "kind": "app-server", "host": "app9"})"),
          R"("host": "app9")", u"node \"app9\" names itself as its host"_s);
    rowAt("host names a missing node", withNode(R"({"id": "app9", "kind": "app-server", "host": "ghost"})"),
          R"("host": "ghost")", u"node \"app9\" is hosted by unknown node \"ghost\""_s);
    // web1 and db1 are the first two nodes in s1.
    rowAt("a server hosted by a server", withNode(R"({"id": "s9", "kind": "server", "host": "s1"})"),
          R"("host": "s1")", u"server \"s9\" cannot be hosted by another server"_s, 3);
    rowAt("DNS record pointing to a missing node",
          withNode(R"({"id": "dns2", "kind": "dns",
                       "props": {"records": [{"name": "api.foobar.com", "type": "A", "target": "ghost"}]}})"),
          R"("target": "ghost")", u"DNS record \"api.foobar.com\": \"ghost\" is neither an IP address nor a node id"_s);
    rowAt("firewall rule from an unknown name",
          withNode(R"({"id": "fw", "kind": "firewall",
                       "props": {"rules": [{"action": "allow", "port": 443, "from": "nobody"}]}})"),
          R"("from": "nobody")", u"rule 1: \"nobody\" is neither \"any\", a node kind nor a node id"_s);

    // Wrong types and ranges.
    rowAt("id is a number", withNode(R"({"id": 7, "kind": "client"})"), R"("id": 7)",
          u"has no \"id\" (a non-empty string)"_s);
    rowAt("x is a string", withNode(R"({"id": "n", "kind": "client", "x": "12"})"), R"("x": "12")",
          u"node \"n\": \"x\" is a string; expected a number"_s);
    rowAt("props is an array", withNode(R"({"id": "n", "kind": "client", "props": [1, 2]})"), R"("props": [)",
          u"node \"n\": \"props\" is an array; expected an object"_s);
    rowAt("firewall rules is an object", withNode(R"({"id": "fw", "kind": "firewall", "props": {"rules": {}}})"),
          R"("rules": {)", u"node \"fw\": \"rules\" is an object; expected an array"_s);
    const char *portRule = R"({"id": "fw", "kind": "firewall",
                               "props": {"rules": [{"action": "allow", "port": %1, "from": "any"}]}})";
    for (const auto &[name, port] : {std::pair{"port \"443\" as a string", "\"443\""}, std::pair{"port 0", "0"},
                                     std::pair{"port 70000", "70000"}, std::pair{"port 80.5", "80.5"}}) {
        const QByteArray node = QByteArray(portRule).replace("%1", port);
        rowAt(name, withNode(node.constData()), "\"port\": " + QByteArray(port),
              u"node \"fw\": rule 1: the port must be a whole number from 1 to 65535"_s);
    }
    rowAt("label is an object", withNode(R"({"id": "n", "kind": "client", "label": {"en": "Browser"}})"),
          R"("label": {)", u"node \"n\": \"label\" is an object; expected a string"_s);
    rowAt("invalid IP address 999.1.1.1", withNode(R"({"id": "s9", "kind": "server", "props": {"ip": "999.1.1.1"}})"),
          R"("ip": "999.1.1.1")", u"\"999.1.1.1\" is not an IP address"_s);
    {
        const QString longId(129, u'a');
        const QJsonObject document = appended(validDocument(), u"nodes"_s, R"({"kind": "client"})");
        QJsonArray nodes = document.value(u"nodes").toArray();
        nodes.replace(nodes.size() - 1, QJsonObject{{u"id"_s, longId}, {u"kind"_s, u"client"_s}});
        rowAt("id of 129 characters", with(document, u"nodes"_s, nodes), "\"id\": \"aaaa",
              u"\"id\" is too long (129 characters; at most 128)"_s);
    }

    // Bytes QJsonDocument refuses, spliced in where a string placeholder was.
    const auto spliced = [](const char *nodeLiteral, const QByteArray &placeholder, const QByteArray &bytes) {
        return indented(withNode(nodeLiteral)).replace(placeholder, bytes);
    };
    {
        const QByteArray bytes = spliced(R"({"id": "n", "kind": "client", "x": "@X@"})", "\"@X@\"", "1e400");
        row("a number like 1e400", bytes, lineOf(bytes, "1e400"), u"not valid JSON"_s);
    }
    {
        const QByteArray bytes = spliced(R"({"id": "n", "kind": "client", "label": "@L@"})", "@L@", "Caf\xC3 \xFF\xFE");
        row("invalid UTF-8 inside a string", bytes, lineOf(bytes, "Caf\xC3"), u"not valid JSON"_s);
    }
    {
        // Built in memory: 40 MB of label must be refused by size, quickly.
        const QByteArray bytes = spliced(R"({"id": "big", "kind": "client", "label": "@L@"})", "@L@",
                                         QByteArray(40 * 1024 * 1024, 'A'));
        row("a 40 MB label", bytes, lineOf(bytes, "\"label\": \"AAAA"),
            u"node \"big\": \"label\" is too long (41943040 characters; at most 200)"_s);
    }

    // Strings from the file are quoted in the message: they must not break it
    // over several lines.
    rowAt("unknown kind holding a newline", withNode(R"({"id": "n", "kind": "load\nbalancer"})"),
          R"("kind": "load\nbalancer")", u"node \"n\" has unknown kind"_s);
    rowAt("link to a missing node whose id holds a newline", withLink(R"({"from": "lb", "to": "gh\nost"})"),
          R"("to": "gh\nost")", u"link to unknown node"_s);
    rowAt("node id holding a newline", withNode(R"({"id": "a\nb", "kind": "client"})"), R"("id": "a\nb")",
          u"control character"_s);

    // The line of the value QJsonDocument read, not of another one.
    {
        // QJsonDocument keeps the last of two equal keys: that is the value
        // the message quotes, so that is the line to show.
        const QByteArray bytes = indented(withNode(R"({"id": "n", "kind": "@K@"})"))
                                     .replace(R"("kind": "@K@")", "\"kind\": \"client\",\n\"kind\": \"balancer\"");
        row("a key given twice, the second one wrong", bytes, lineOf(bytes, R"("kind": "balancer")"),
            u"has unknown kind \"balancer\""_s);
    }
}

void TestTopologyReader::rejectsInvalidInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, message);
    QVERIFY2(line >= 0, "the row's needle is not in its document");

    const LoadResult result = TopologyReader::read(bytes, kFileName);
    QVERIFY(!result.ok());
    QVERIFY2(result.topology == Topology(), "a failed load must not hand back a partial design");
    QCOMPARE(result.error->file, kFileName);
    const QString text = result.error->toString();
    const QByteArray shown = text.left(300).toUtf8();

    QVERIFY2(!text.contains(u'\n') && !text.contains(u'\r'), shown.constData());
    QVERIFY2(text.startsWith(kFileName + u": "_s), shown.constData());

    QVERIFY2(text.contains(message), shown.constData());

    QCOMPARE(result.error->line, line);
}

void TestTopologyReader::loadsValidInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("nodeCount");
    QTest::addColumn<int>("linkCount");
    QTest::addColumn<QString>("nodeId");   // a node to look at, if any
    QTest::addColumn<QString>("label");
    QTest::addColumn<QPointF>("pos");
    QTest::addColumn<QString>("ip");

    QTest::newRow("minimal document with no nodes")
        << R"({"format": "infralab-topology", "version": 1, "nodes": []})"_ba << 0 << 0 << QString() << QString()
        << QPointF() << QString();
    QTest::newRow("document without links")
        << indented(without(validDocument(), u"links"_s)) << 6 << 0 << u"lb"_s << u"HAProxy"_s << QPointF(200, 0)
        << QString();
    QTest::newRow("float and negative coordinates")
        << indented(withNode(R"({"id": "n", "kind": "client", "label": "Far", "x": -120.75, "y": 0.125})")) << 7 << 3
        << u"n"_s << u"Far"_s << QPointF(-120.75, 0.125) << QString();
    QTest::newRow("unicode label")
        << indented(withNode(R"({"id": "n", "kind": "client", "label": "Caché 東京 🚀", "x": 1, "y": 2})")) << 7
        << 3 << u"n"_s << u"Caché 東京 🚀"_s << QPointF(1, 2) << QString();
    QTest::newRow("IPv6 address")
        << indented(withNode(R"({"id": "s6", "kind": "server", "label": "v6", "props": {"ip": "2001:db8::1"}})"))
        << 7 << 3 << u"s6"_s << u"v6"_s << QPointF() << u"2001:db8::1"_s;
    QTest::newRow("Windows line endings and a byte order mark")
        << "\xEF\xBB\xBF" + indented(validDocument()).replace("\n", "\r\n") << 6 << 3 << u"s1"_s << u"Server 1"_s
        << QPointF(400, 0) << u"8.8.8.8"_s;
}

void TestTopologyReader::loadsValidInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, nodeCount);
    QFETCH(int, linkCount);
    QFETCH(QString, nodeId);
    QFETCH(QString, label);
    QFETCH(QPointF, pos);
    QFETCH(QString, ip);

    const LoadResult result = TopologyReader::read(bytes, kFileName);
    QVERIFY2(result.ok(), errorText(result).constData());
    QCOMPARE(result.topology.nodes().size(), nodeCount);
    QCOMPARE(result.topology.links().size(), linkCount);
    if (nodeId.isEmpty())
        return;
    const Node *node = result.topology.node(nodeId);
    QVERIFY(node);
    QCOMPARE(node->label, label);
    QCOMPARE(node->pos, pos);
    QCOMPARE(node->props.value(u"ip").toString(), ip);
}

void TestTopologyReader::keepsUnknownKeys_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");   // path to the object holding the key
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");

    QJsonObject document = validDocument();
    QTest::newRow("unknown top-level key")
        << indented(with(document, u"x-author"_s, json(R"({"name": "Ada", "year": 1843})"))) << QString()
        << u"x-author"_s << json(R"({"name": "Ada", "year": 1843})");

    QJsonArray nodes = document.value(u"nodes").toArray();
    QJsonObject web = nodes.at(4).toObject();
    web.insert(u"x-rack"_s, u"B3"_s);
    nodes.replace(4, web);
    QTest::newRow("unknown node key") << indented(with(document, u"nodes"_s, nodes)) << u"nodes/4"_s
                                      << u"x-rack"_s << QJsonValue(u"B3"_s);

    QTest::newRow("width on a node that is not a server")
        << indented(withNode(R"({"id": "n", "kind": "client", "width": 40})")) << u"nodes/6"_s << u"width"_s
        << QJsonValue(40);

    QJsonArray links = document.value(u"links").toArray();
    QJsonObject link = links.at(1).toObject();
    link.insert(u"latency-ms"_s, 12.5);
    links.replace(1, link);
    QTest::newRow("unknown link key") << indented(with(document, u"links"_s, links)) << u"links/1"_s
                                      << u"latency-ms"_s << QJsonValue(12.5);

    QTest::newRow("unknown props key")
        << indented(withNode(R"({"id": "lb2", "kind": "load-balancer",
                                 "props": {"tls": "none", "x-health-check": {"path": "/up", "every": [5, "s"]}}})"))
        << u"nodes/6/props"_s << u"x-health-check"_s << json(R"({"path": "/up", "every": [5, "s"]})");
}

void TestTopologyReader::keepsUnknownKeys()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QCOMPARE(valueAt(bytes, where).toObject().value(key), value);   // the row is what it says

    const LoadResult first = TopologyReader::read(bytes, kFileName);
    QVERIFY2(first.ok(), errorText(first).constData());
    const QByteArray written = TopologyWriter::toJson(first.topology);
    QCOMPARE(valueAt(written, where).toObject().value(key), value);

    const LoadResult second = TopologyReader::read(written, u"written.infralab.json"_s);
    QVERIFY2(second.ok(), errorText(second).constData());
    QVERIFY(second.topology == first.topology);
}

void TestTopologyReader::readFileFailures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing file") << m_dir.filePath(u"missing.infralab.json"_s) << u"cannot be read"_s;
    QTest::newRow("missing folder") << m_dir.filePath(u"no/such/folder/design.infralab.json"_s)
                                    << u"cannot be read"_s;

    QDir(m_dir.path()).mkdir(u"design.infralab.json"_s);
    QTest::newRow("a folder") << m_dir.filePath(u"design.infralab.json"_s) << u"is a folder"_s;

    // Sparse: the size is checked before anything is read.
    QFile huge(m_dir.filePath(u"huge.infralab.json"_s));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(TopologyReader::kMaxFileBytes + 1));
    QTest::newRow("a file over the size limit") << huge.fileName() << u"is too large"_s;
}

void TestTopologyReader::readFileFailures()
{
    QFETCH(QString, path);
    QFETCH(QString, message);

    const LoadResult result = TopologyReader::readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->file, path);
    const QString text = result.error->toString();
    QVERIFY2(!text.contains(u'\n'), qPrintable(text));
    QVERIFY2(text.startsWith(path + u": "_s), qPrintable(text));
    QVERIFY2(text.contains(message), qPrintable(text));
}

void TestTopologyReader::findsLinesAfterByteOrderMark_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    // Windows editors start UTF-8 files with EF BB BF; QJsonDocument skips it.
    const QByteArray bom = "\xEF\xBB\xBF";
    const QByteArray kind = bom + indented(withNode(R"({"id": "n", "kind": "balancer"})"));
    QTest::newRow("unknown kind") << kind << lineOf(kind, R"("kind": "balancer")") << u"unknown kind"_s;
    const QByteArray link = bom + indented(withLink(R"({"from": "lb", "to": "ghost"})"));
    QTest::newRow("link to a missing node") << link << lineOf(link, R"("to": "ghost")")
                                            << u"link to unknown node \"ghost\""_s;
}

void TestTopologyReader::findsLinesAfterByteOrderMark()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, message);

    const LoadResult result = TopologyReader::read(bytes, kFileName);
    QVERIFY(!result.ok());
    QVERIFY2(result.error->message.contains(message), errorText(result).constData());
    QCOMPARE(result.error->line, line);
}

} // namespace infralab

QTEST_GUILESS_MAIN(infralab::TestTopologyReader)
#include "tst_topologyreader.moc"
