// What changes in the walkthrough of the default design when the student
// edits it: firewalls and agents removed, TLS modes, balancing algorithms,
// which database answers, the design's own names.

#include "DrawnTopology.h"

#include "walkthrough/Walkthrough.h"
#include "walkthrough/WalkthroughState.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(infralab::RequestType)

namespace infralab {

class TestWalkthroughEdits : public QObject
{
    Q_OBJECT

private slots:
    void removingFirewall1RemovesStep5();
    void removingAgentsRemovesSteps8And18();
    void serverWithoutAgentLosesOnlyStep8();
    void reencryptIsBlockedByFirewall2();
    void reencryptEncryptsTheBackendHops();
    void passthroughLeavesDecryptionToNginx();
    void tlsNoneHasNoEncryption();
    void roundRobinAdvancesOverThreeWalkthroughs();
    void derivingTheSameTurnTwiceGivesTheSameSteps();
    void leastConnectionsAndSourceDoNotRotate();
    void databaseChoice_data();
    void databaseChoice();
    void databaseTlsEncryptsTheQuery();
    void narrationUsesTheDesignsOwnNames();
};

namespace {

QString allText(const Walkthrough &walkthrough)
{
    QStringList texts;
    for (const Step &step : walkthrough.steps)
        texts.append(step.text);
    return texts.join(u'\n');
}

Topology securedMonitored()
{
    return drawn::preset(u"secured-monitored"_s);
}

} // namespace

void TestWalkthroughEdits::removingFirewall1RemovesStep5()
{
    const Walkthrough before = deriveWalkthrough(securedMonitored(), RequestType::Read);
    Topology topology = securedMonitored();
    topology.removeNode(u"fw1"_s);
    drawn::link(topology, u"user"_s, u"lb"_s);
    const Walkthrough after = deriveWalkthrough(topology, RequestType::Read);
    QCOMPARE(after.steps.size(), 17);
    QVERIFY(!after.isBlocked());
    for (int i = 0; i < 4; ++i)
        QCOMPARE(after.steps[i], before.steps[i]);
    // Step 6 now comes straight from the browser; the rest only shifts by one.
    QCOMPARE(after.steps[4].from, u"user"_s);
    QCOMPARE(after.steps[4].to, u"lb"_s);
    QCOMPARE(after.steps[4].text, before.steps[5].text);
    for (int i = 5; i < 17; ++i)
        QCOMPARE(after.steps[i].text, before.steps[i + 1].text);
    QVERIFY(after.steps[15].via.isEmpty());   // the way back no longer passes fw1
}

void TestWalkthroughEdits::removingAgentsRemovesSteps8And18()
{
    Topology topology = securedMonitored();
    for (const QString &agent : {u"agent1"_s, u"agent2"_s, u"agent3"_s})
        topology.removeNode(agent);
    const Walkthrough walkthrough = deriveWalkthrough(topology, RequestType::Read);
    QCOMPARE(walkthrough.steps.size(), 16);
    for (const Step &step : walkthrough.steps)
        QVERIFY(!step.kinds.contains(NodeKind::MonitoringAgent) && !step.kinds.contains(NodeKind::MonitoringService));
    QCOMPARE(walkthrough.steps[7].to, u"web1"_s);        // step 9 moves up to 8
    QCOMPARE(walkthrough.steps.last().from, u"user"_s);  // step 17 ends it
}

void TestWalkthroughEdits::serverWithoutAgentLosesOnlyStep8()
{
    Topology topology = securedMonitored();
    topology.removeNode(u"agent1"_s);
    const Walkthrough walkthrough = deriveWalkthrough(topology, RequestType::Read);
    QCOMPARE(walkthrough.steps.size(), 17);
    const Step &report = walkthrough.steps.last();
    QCOMPARE(report.from, u"agent2"_s);
    QCOMPARE(report.alsoFrom, QStringList{u"agent3"_s});
    QVERIFY(report.text.contains(u"Server 2 and Server 3"_s));
}

void TestWalkthroughEdits::reencryptIsBlockedByFirewall2()
{
    // Firewall 2 allows only port 80 from HAProxy (seed 002: "allowing only
    // trusted internal traffic"); re-encrypting sends 443, which it drops.
    Topology topology = securedMonitored();
    drawn::setProp(topology, u"lb"_s, u"tls"_s, u"reencrypt"_s);
    const Walkthrough walkthrough = deriveWalkthrough(topology, RequestType::Read);
    QCOMPARE(walkthrough.steps.size(), 7);
    QVERIFY(walkthrough.isBlocked());
    QCOMPARE(walkthrough.blocked, u"Firewall 2 drops the request: no rule allows port 443 from HAProxy."_s);
    const Step &last = walkthrough.steps.last();
    QCOMPARE(last.from, u"lb"_s);
    QCOMPARE(last.to, u"fw2"_s);
    QCOMPARE(last.port, 443);
    QVERIFY(last.encrypted);
    QCOMPARE(last.text, walkthrough.blocked);
    QVERIFY(walkthrough.steps[5].text.contains(u"encrypts the request again"_s));
}

void TestWalkthroughEdits::reencryptEncryptsTheBackendHops()
{
    Topology topology = securedMonitored();
    drawn::setProp(topology, u"lb"_s, u"tls"_s, u"reencrypt"_s);
    drawn::setProp(topology, u"fw2"_s, u"rules"_s,
                   QJsonArray{toJson(FirewallRule{RuleAction::Allow, 443, u"lb"_s})});
    const Walkthrough walkthrough = deriveWalkthrough(topology, RequestType::Read);
    QCOMPARE(walkthrough.steps.size(), 18);
    for (int n : {7, 9, 15}) {
        QVERIFY2(walkthrough.steps[n - 1].encrypted, qPrintable(QString::number(n)));
        QCOMPARE(walkthrough.steps[n - 1].port, 443);
    }
    QVERIFY(walkthrough.steps[8].text.contains(u"decrypts"_s));
    QVERIFY(walkthrough.steps[14].text.contains(u"encrypts"_s));
    QVERIFY(walkthrough.steps[15].text.contains(u"decrypts the server's response"_s));
}

void TestWalkthroughEdits::passthroughLeavesDecryptionToNginx()
{
    Topology topology = securedMonitored();
    drawn::setProp(topology, u"lb"_s, u"tls"_s, u"passthrough"_s);
    drawn::setProp(topology, u"fw2"_s, u"rules"_s,
                   QJsonArray{toJson(FirewallRule{RuleAction::Allow, 443, u"load-balancer"_s})});
    const Walkthrough walkthrough = deriveWalkthrough(topology, RequestType::Read);
    QCOMPARE(walkthrough.steps.size(), 18);
    QVERIFY(!walkthrough.steps[5].text.contains(u"decrypts"_s));
    QVERIFY(walkthrough.steps[5].text.contains(u"passes the connection through"_s));
    QVERIFY(walkthrough.steps[6].text.contains(u"any load balancer"_s));
    QVERIFY(walkthrough.steps[8].text.contains(u"decrypts"_s));
    QVERIFY(walkthrough.steps[15].text.contains(u"untouched"_s));
}

void TestWalkthroughEdits::tlsNoneHasNoEncryption()
{
    Topology topology = securedMonitored();
    drawn::setProp(topology, u"lb"_s, u"tls"_s, u"none"_s);
    const Walkthrough walkthrough = deriveWalkthrough(topology, RequestType::Read);
    QCOMPARE(walkthrough.steps.size(), 18);   // firewall 1 also allows port 80
    for (const Step &step : walkthrough.steps) {
        QVERIFY2(!step.encrypted, qPrintable(step.text));
        QVERIFY2(!step.text.contains(u"crypt"_s), qPrintable(step.text));
        QVERIFY(step.port != 443);
    }
    QCOMPARE(walkthrough.steps[3].port, 80);
    QVERIFY(walkthrough.steps[4].text.contains(u"rule 2 allows port 80"_s));
}

void TestWalkthroughEdits::roundRobinAdvancesOverThreeWalkthroughs()
{
    const Topology topology = securedMonitored();
    WalkthroughState session;
    const QStringList expected{u"web1"_s, u"web2"_s, u"web3"_s, u"web1"_s};
    const QStringList servers{u"Server 1"_s, u"Server 2"_s, u"Server 3"_s, u"Server 1"_s};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Walkthrough walkthrough = deriveWalkthrough(topology, RequestType::Read, session);
        QCOMPARE(walkthrough.steps.size(), 18);
        QCOMPARE(walkthrough.steps[8].to, expected[i]);
        QVERIFY(walkthrough.steps[5].text.contains(servers[i]));
        QCOMPARE(walkthrough.steps[7].from, u"agent"_s + expected[i].back());
        QCOMPARE(walkthrough.steps.last().from, u"agent"_s + expected[i].back());
    }
    QCOMPARE(session.turn(), 4);
}

void TestWalkthroughEdits::derivingTheSameTurnTwiceGivesTheSameSteps()
{
    const Topology topology = securedMonitored();
    QCOMPARE(deriveWalkthrough(topology, RequestType::Write, 1), deriveWalkthrough(topology, RequestType::Write, 1));
    QVERIFY(deriveWalkthrough(topology, RequestType::Write, 1) != deriveWalkthrough(topology, RequestType::Write, 2));
}

void TestWalkthroughEdits::leastConnectionsAndSourceDoNotRotate()
{
    for (const QString &algorithm : {u"least-connections"_s, u"source"_s}) {
        Topology topology = securedMonitored();
        drawn::setProp(topology, u"lb"_s, u"algorithm"_s, algorithm);
        const QString first = deriveWalkthrough(topology, RequestType::Read, 0).steps[8].to;
        for (int turn = 1; turn < 4; ++turn)
            QCOMPARE(deriveWalkthrough(topology, RequestType::Read, turn).steps[8].to, first);
        if (algorithm == u"least-connections")
            QCOMPARE(first, u"web1"_s);   // no load anywhere: the first server
        const QString words = algorithm == u"source" ? u"source hashing"_s : u"least connections"_s;
        QVERIFY(deriveWalkthrough(topology, RequestType::Read).steps[5].text.contains(words));
    }
}

void TestWalkthroughEdits::databaseChoice_data()
{
    QTest::addColumn<RequestType>("request");
    QTest::addColumn<int>("turn");
    QTest::addColumn<QString>("database");

    QTest::newRow("a write from server 1 goes to the primary") << RequestType::Write << 0 << u"db1"_s;
    QTest::newRow("a write from server 2 still goes to the primary") << RequestType::Write << 1 << u"db1"_s;
    QTest::newRow("a write from server 3 still goes to the primary") << RequestType::Write << 2 << u"db1"_s;
    QTest::newRow("a read on server 1 goes to the first replica") << RequestType::Read << 0 << u"db2"_s;
    QTest::newRow("a read on server 2 stays on its own replica") << RequestType::Read << 1 << u"db2"_s;
    QTest::newRow("a read on server 3 stays on its own replica") << RequestType::Read << 2 << u"db3"_s;
}

void TestWalkthroughEdits::databaseChoice()
{
    QFETCH(RequestType, request);
    QFETCH(int, turn);
    QFETCH(QString, database);
    const Walkthrough walkthrough = deriveWalkthrough(securedMonitored(), request, turn);
    QCOMPARE(walkthrough.steps[11].to, database);
    QCOMPARE(walkthrough.steps[11].via, QStringList{u"fw3"_s});
    QCOMPARE(walkthrough.steps[12].from, database);
    if (request == RequestType::Write)
        QVERIFY(walkthrough.steps[11].text.contains(u"primary"_s));
}

void TestWalkthroughEdits::databaseTlsEncryptsTheQuery()
{
    Topology topology = securedMonitored();
    drawn::setProp(topology, u"db2"_s, u"tls"_s, true);
    const Walkthrough walkthrough = deriveWalkthrough(topology, RequestType::Read);
    QVERIFY(walkthrough.steps[11].encrypted && walkthrough.steps[12].encrypted);
    QVERIFY(walkthrough.steps[11].text.contains(u"encrypted with TLS"_s));
    QVERIFY(!deriveWalkthrough(topology, RequestType::Write).steps[11].encrypted);   // the primary has no TLS
}

void TestWalkthroughEdits::narrationUsesTheDesignsOwnNames()
{
    // Nothing is written per preset: rename and re-address, and the story follows.
    Topology topology = securedMonitored();
    const auto relabel = [&topology](const QString &id, const QString &label) {
        Node node = *topology.node(id);
        node.label = label;
        topology.replaceNode(node);
    };
    relabel(u"lb"_s, u"Edge"_s);
    relabel(u"fw1"_s, u"Outer wall"_s);
    relabel(u"s1"_s, u"Alpha"_s);
    drawn::setProp(topology, u"lb"_s, u"ip"_s, u"198.51.100.7"_s);
    drawn::setProp(topology, u"s1"_s, u"ip"_s, u"192.0.2.1"_s);
    const Walkthrough walkthrough = deriveWalkthrough(topology, RequestType::Read);
    QCOMPARE(walkthrough.steps.size(), 18);
    QVERIFY(walkthrough.steps[2].text.contains(u"198.51.100.7, the address of Edge"_s));
    QVERIFY(walkthrough.steps[4].text.contains(u"Outer wall"_s));
    QVERIFY(walkthrough.steps[5].text.contains(u"Alpha (192.0.2.1)"_s));
    QVERIFY(walkthrough.steps[6].text.contains(u"from Edge"_s));
    QVERIFY(!allText(walkthrough).contains(u"HAProxy"_s));
    QVERIFY(!allText(walkthrough).contains(u"8.8.8.8"_s));
}

} // namespace infralab

QTEST_GUILESS_MAIN(infralab::TestWalkthroughEdits)
#include "tst_walkthroughedits.moc"
