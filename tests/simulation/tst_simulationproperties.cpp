// The properties the simulation reads: validated on load like the others,
// read with their defaults, and kept through a save.

#include "io/TopologyReader.h"
#include "io/TopologyWriter.h"
#include "model/Properties.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace infralab {

class TestSimulationProperties : public QObject
{
    Q_OBJECT

private slots:
    void invalidValuesAreRefused_data();
    void invalidValuesAreRefused();
    void defaultsAndValues();
};

namespace {

// A design with one node of `kind` carrying `props` (JSON text), on line 4.
QByteArray design(const char *kind, const char *props)
{
    return QByteArray("{\"format\": \"infralab-topology\", \"version\": 1,\n"
                      "\"nodes\": [\n"
                      "  {\"id\": \"s1\", \"kind\": \"server\"},\n"
                      "  {\"id\": \"n\", \"kind\": \"")
        + kind + "\", \"props\": " + props + "}\n],\n\"links\": []}\n";
}

} // namespace

void TestSimulationProperties::invalidValuesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");   // empty: the file loads

    QTest::newRow("a server with 8 cores") << design("server", R"({"cores": 8})") << QString();
    QTest::newRow("zero cores") << design("server", R"({"cores": 0})")
                                << u"design.json: line 4: node \"n\": \"cores\" must be a whole number from 1 to 1024"_s;
    QTest::newRow("half a core") << design("load-balancer", R"({"cores": 1.5})")
                                 << u"design.json: line 4: node \"n\": \"cores\" must be a whole number from 1 to 1024"_s;
    QTest::newRow("cores as text") << design("server", R"({"cores": "four"})")
                                   << u"design.json: line 4: node \"n\": \"cores\" must be a whole number from 1 to 1024"_s;
    QTest::newRow("an application server costing 20 ms") << design("app-server", R"({"cpuMs": 20})") << QString();
    QTest::newRow("a negative cost") << design("database", R"({"cpuMs": -1})")
                                     << u"design.json: line 4: node \"n\": \"cpuMs\" must be a number from 0.001 to 60000"_s;
    QTest::newRow("health checks every 5 s, down after 2")
        << design("load-balancer", R"({"healthInterval": 5, "healthFall": 2})") << QString();
    QTest::newRow("health checks never") << design("load-balancer", R"({"healthInterval": 0})")
                                         << u"design.json: line 4: node \"n\": \"healthInterval\" must be a number from 0.1 to 3600"_s;
    QTest::newRow("down after 2.5 failures") << design("load-balancer", R"({"healthFall": 2.5})")
                                             << u"design.json: line 4: node \"n\": \"healthFall\" must be a whole number from 1 to 100"_s;
    QTest::newRow("an alert at 500 queries a second") << design("web-server", R"({"qpsAlert": 500})") << QString();
    QTest::newRow("an alert at no queries") << design("web-server", R"({"qpsAlert": 0})")
                                            << u"design.json: line 4: node \"n\": \"qpsAlert\" must be a number from 0.001 to 1000000000"_s;
}

void TestSimulationProperties::invalidValuesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const LoadResult result = TopologyReader::read(json, u"design.json"_s);
    QCOMPARE(result.ok() ? QString() : result.error->toString(), error);
}

void TestSimulationProperties::defaultsAndValues()
{
    const LoadResult plain = TopologyReader::read(design("load-balancer", "{}"), u"design.json"_s);
    QVERIFY(plain.ok());
    QCOMPARE(nodeCores(*plain.topology.node(u"s1"_s)), 4);
    const Node &balancer = *plain.topology.node(u"n"_s);
    QCOMPARE(nodeCores(balancer), 2);
    QCOMPARE(nodeCpuMs(balancer), std::nullopt);
    QCOMPARE(healthCheckInterval(balancer), 2.0);
    QCOMPARE(healthCheckFall(balancer), 3);

    const LoadResult set = TopologyReader::read(
        design("load-balancer", R"({"cores": 16, "cpuMs": 0.5, "healthInterval": 0.5, "healthFall": 7})"),
        u"design.json"_s);
    QVERIFY(set.ok());
    const Node &tuned = *set.topology.node(u"n"_s);
    QCOMPARE(nodeCores(tuned), 16);
    QCOMPARE(nodeCpuMs(tuned), std::optional(0.5));
    QCOMPARE(healthCheckInterval(tuned), 0.5);
    QCOMPARE(healthCheckFall(tuned), 7);
    // Saved and loaded again, nothing is lost.
    const LoadResult again = TopologyReader::read(TopologyWriter::toJson(set.topology), u"again.json"_s);
    QVERIFY(again.ok());
    QCOMPARE(again.topology, set.topology);
}

} // namespace infralab

QTEST_GUILESS_MAIN(infralab::TestSimulationProperties)
#include "tst_simulationproperties.moc"
