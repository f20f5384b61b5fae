// The rules for values a user types, shared by the file reader and the
// inspector: what each field refuses, and the reason it gives.

#include "io/FieldCheck.h"
#include "io/TopologyReader.h"
#include "presets/Presets.h"

#include <QJsonValue>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace infralab;

Q_DECLARE_METATYPE(infralab::Field)

class tst_FieldCheck : public QObject
{
    Q_OBJECT

private slots:
    void problem_data();
    void problem();
    void readerRefusesWhatTheEditorRefuses_data();
    void readerRefusesWhatTheEditorRefuses();
};

void tst_FieldCheck::problem_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("problem");   // empty: accepted

    QTest::newRow("a label") << Field::Label << QJsonValue(u"HAProxy"_s) << QString();
    QTest::newRow("an empty label") << Field::Label << QJsonValue(u""_s) << QString();
    QTest::newRow("a label of 200 characters") << Field::Label << QJsonValue(QString(200, u'x')) << QString();
    QTest::newRow("a label of 201 characters is too long")
        << Field::Label << QJsonValue(QString(201, u'x')) << u"\"label\" is too long (201 characters; at most 200)"_s;
    QTest::newRow("a label with a newline")
        << Field::Label << QJsonValue(u"Fire\nwall"_s) << u"the label contains a control character"_s;
    QTest::newRow("a label that is a number") << Field::Label << QJsonValue(3) << u"\"label\" must be text"_s;
    QTest::newRow("a design name") << Field::DesignName << QJsonValue(u"My stack"_s) << QString();
    QTest::newRow("a domain of 254 characters is too long")
        << Field::Domain << QJsonValue(QString(254, u'a')) << u"\"domain\" is too long (254 characters; at most 253)"_s;

    QTest::newRow("IPv4 address") << Field::Ip << QJsonValue(u"8.8.8.8"_s) << QString();
    QTest::newRow("no address at all") << Field::Ip << QJsonValue(u""_s) << QString();
    QTest::newRow("IPv6 address") << Field::Ip << QJsonValue(u"2001:db8::1"_s) << QString();
    QTest::newRow("octet above 255") << Field::Ip << QJsonValue(u"999.1.1.1"_s)
                                     << u"\"999.1.1.1\" is not an IP address"_s;
    QTest::newRow("three octets") << Field::Ip << QJsonValue(u"10.0.1"_s) << u"\"10.0.1\" is not an IP address"_s;
    QTest::newRow("a host name is not an address")
        << Field::Ip << QJsonValue(u"www.foobar.com"_s) << u"\"www.foobar.com\" is not an IP address"_s;

    const QString portProblem = u"the port must be a whole number from 1 to 65535"_s;
    QTest::newRow("port 443") << Field::Port << QJsonValue(443) << QString();
    QTest::newRow("port 1 is the lowest") << Field::Port << QJsonValue(1) << QString();
    QTest::newRow("port 65535 is the highest") << Field::Port << QJsonValue(65535) << QString();
    QTest::newRow("port 0") << Field::Port << QJsonValue(0) << portProblem;
    QTest::newRow("port 65536") << Field::Port << QJsonValue(65536) << portProblem;
    QTest::newRow("port 80.5") << Field::Port << QJsonValue(80.5) << portProblem;
    QTest::newRow("port as text") << Field::Port << QJsonValue(u"443"_s) << portProblem;

    QTest::newRow("rule from any") << Field::RuleSource << QJsonValue(u"any"_s) << QString();
    QTest::newRow("rule from a node id") << Field::RuleSource << QJsonValue(u"lb"_s) << QString();
    QTest::newRow("rule from a node kind") << Field::RuleSource << QJsonValue(u"app-server"_s) << QString();
    QTest::newRow("rule from a node not in the design")
        << Field::RuleSource << QJsonValue(u"ghost"_s) << u"\"ghost\" is neither \"any\", a node kind nor a node id"_s;

    QTest::newRow("DNS target a node") << Field::DnsTarget << QJsonValue(u"lb"_s) << QString();
    QTest::newRow("DNS target an address") << Field::DnsTarget << QJsonValue(u"203.0.113.10"_s) << QString();
    QTest::newRow("DNS target nowhere")
        << Field::DnsTarget << QJsonValue(u"ghost"_s) << u"\"ghost\" is neither an IP address nor a node id"_s;
    QTest::newRow("DNS target empty")
        << Field::DnsTarget << QJsonValue(u""_s) << u"\"\" is neither an IP address nor a node id"_s;
}

void tst_FieldCheck::problem()
{
    QFETCH(Field, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, problem);
    const Topology design = loadPreset(u"secured-monitored"_s).topology;

    const std::optional<QString> found = FieldCheck::problem(field, value, design);

    QCOMPARE(found.value_or(QString()), problem);
}

// The reader says the same thing, prefixed with where it found the value.
void tst_FieldCheck::readerRefusesWhatTheEditorRefuses_data()
{
    QTest::addColumn<QByteArray>("node");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad IP") << QByteArray(R"({"id": "s", "kind": "server", "props": {"ip": "10.0.1"}})")
                            << u"node \"s\": \"10.0.1\" is not an IP address"_s;
    QTest::newRow("port 0")
        << QByteArray(R"({"id": "fw", "kind": "firewall", "props": {"rules": [{"action": "allow", "port": 0}]}})")
        << u"node \"fw\": rule 1: the port must be a whole number from 1 to 65535"_s;
    QTest::newRow("rule from a ghost")
        << QByteArray(
               R"({"id": "fw", "kind": "firewall", "props": {"rules": [{"action": "deny", "port": 22, "from": "ghost"}]}})")
        << u"node \"fw\": rule 1: \"ghost\" is neither \"any\", a node kind nor a node id"_s;
    QTest::newRow("label with a tab") << QByteArray(R"({"id": "c", "kind": "client", "label": "a\tb"})")
                                      << u"node \"c\": the label contains a control character"_s;
}

void tst_FieldCheck::readerRefusesWhatTheEditorRefuses()
{
    QFETCH(QByteArray, node);
    QFETCH(QString, message);
    const QByteArray document = R"({"format": "infralab-topology", "version": 1, "nodes": [)" + node + "]}";

    const LoadResult result = TopologyReader::read(document, u"t.json"_s);

    QVERIFY(!result.ok());
    QCOMPARE(result.error->message, message);
}

QTEST_GUILESS_MAIN(tst_FieldCheck)
#include "tst_fieldcheck.moc"
