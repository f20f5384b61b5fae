// Which links the editor marks as making no sense, and that the seeds'
// own designs draw none of them.

#include "model/LinkSense.h"
#include "model/TopologyModel.h"
#include "presets/Presets.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace infralab;

class TestLinkSense : public QObject
{
    Q_OBJECT

private slots:
    void reasonForAPair_data();
    void reasonForAPair();
    void presetsDrawOnlyPlausibleLinks_data();
    void presetsDrawOnlyPlausibleLinks();
};

void TestLinkSense::reasonForAPair_data()
{
    QTest::addColumn<NodeKind>("a");
    QTest::addColumn<NodeKind>("b");
    QTest::addColumn<bool>("implausible");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("browser straight to the database") << NodeKind::Client << NodeKind::Database << true << u"database"_s;
    QTest::newRow("database straight to the browser, either way") << NodeKind::Database << NodeKind::Client << true
                                                                   << u"database"_s;
    QTest::newRow("browser to the application server") << NodeKind::Client << NodeKind::AppServer << true
                                                        << u"application server"_s;
    QTest::newRow("dns to the database") << NodeKind::Dns << NodeKind::Database << true << u"database"_s;
    QTest::newRow("dns in the request path to the load balancer") << NodeKind::Dns << NodeKind::LoadBalancer << true
                                                                  << u"DNS"_s;
    QTest::newRow("web server reporting without an agent") << NodeKind::WebServer << NodeKind::MonitoringService
                                                           << true << u"agent"_s;
    QTest::newRow("two browsers") << NodeKind::Client << NodeKind::Client << true << u"browsers"_s;
    QTest::newRow("browser asks dns") << NodeKind::Client << NodeKind::Dns << false << QString();
    QTest::newRow("browser to the load balancer") << NodeKind::Client << NodeKind::LoadBalancer << false << QString();
    QTest::newRow("browser to a firewall") << NodeKind::Client << NodeKind::Firewall << false << QString();
    QTest::newRow("application server queries the database") << NodeKind::AppServer << NodeKind::Database << false
                                                             << QString();
    QTest::newRow("agent reports to the service") << NodeKind::MonitoringAgent << NodeKind::MonitoringService << false
                                                  << QString();
    QTest::newRow("primary to replica") << NodeKind::Database << NodeKind::Database << false << QString();
}

void TestLinkSense::reasonForAPair()
{
    QFETCH(NodeKind, a);
    QFETCH(NodeKind, b);
    QFETCH(bool, implausible);
    QFETCH(QString, mentions);

    const QString reason = implausibleLinkReason(a, b);
    QCOMPARE(!reason.isEmpty(), implausible);
    QCOMPARE(implausibleLinkReason(b, a), reason);
    if (implausible)
        QVERIFY2(reason.contains(mentions, Qt::CaseInsensitive), qPrintable(reason));
}

void TestLinkSense::presetsDrawOnlyPlausibleLinks_data()
{
    QTest::addColumn<QString>("presetName");
    for (const PresetInfo &info : builtinPresets())
        QTest::newRow(qPrintable(info.name)) << info.name;
}

void TestLinkSense::presetsDrawOnlyPlausibleLinks()
{
    QFETCH(QString, presetName);
    const LoadResult loaded = loadPreset(presetName);
    QVERIFY(loaded.ok());
    const Topology &design = loaded.topology;
    for (const Link &link : design.links()) {
        const QString reason = implausibleLinkReason(design.node(link.from)->kind, design.node(link.to)->kind);
        QVERIFY2(reason.isEmpty(), qPrintable(link.from + u" - "_s + link.to + u": "_s + reason));
    }
}

QTEST_GUILESS_MAIN(TestLinkSense)
#include "tst_linksense.moc"
