// `infralab walkthrough`: numbered lines, DESIGN.md's JSON, exit codes.

#include "DrawnTopology.h"

#include "commands/WalkthroughCommand.h"
#include "../SubcommandRun.h"
#include "io/TopologyWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace infralab {

class TestWalkthroughCommand : public QObject
{
    Q_OBJECT

private slots:
    void textHasOneNumberedLinePerStep();
    void jsonHasDesignShape();
    void requestOptionChangesThePath();
    void blockedRequestIsStillASuccess();
    void badInput_data();
    void badInput();

private:
    using Run = SubcommandRun;
    // `arguments` come after "infralab walkthrough".
    static Run run(const QStringList &arguments) { return runSubcommand<WalkthroughCommand>(arguments); }
};

void TestWalkthroughCommand::textHasOneNumberedLinePerStep()
{
    const Run result = run({u"preset:secured-monitored"_s});
    QCOMPARE(result.exitCode, kExitOk);
    QVERIFY(result.err.isEmpty());
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 18);
    QVERIFY(lines[0].startsWith(u"  1. The user types www.foobar.com"_s));
    QVERIFY(lines[5].startsWith(u"  6. [lock] HAProxy receives the HTTPS request, decrypts it"_s));
    QVERIFY(lines[6].startsWith(u"  7. On its way"_s));   // plain HTTP after HAProxy: no lock
    QVERIFY(lines[17].startsWith(u" 18. Throughout"_s));
}

void TestWalkthroughCommand::jsonHasDesignShape()
{
    const Run result = run({u"preset:secured-monitored"_s, u"--json"_s});
    QCOMPARE(result.exitCode, kExitOk);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root.value(u"request").toString(), u"read"_s);
    QVERIFY(!root.contains(u"blocked"));
    const QJsonArray steps = root.value(u"steps").toArray();
    QCOMPARE(steps.size(), 18);

    const QJsonObject first = steps[0].toObject();
    QCOMPARE(first.value(u"n").toInt(), 1);
    QCOMPARE(first.value(u"from").toString(), u"user"_s);
    QVERIFY(first.value(u"to").isNull());
    QCOMPARE(first.value(u"kinds").toArray(), QJsonArray{u"client"_s});
    QCOMPARE(first.value(u"encrypted"), QJsonValue(false));
    QVERIFY(first.value(u"text").toString().contains(u"www.foobar.com"_s));
    QVERIFY(!first.contains(u"port") && !first.contains(u"via"));

    const QJsonObject second = steps[1].toObject();
    QCOMPARE(second.value(u"to").toString(), u"dns"_s);
    QCOMPARE(second.value(u"kinds").toArray(), (QJsonArray{u"client"_s, u"dns"_s}));

    const QJsonObject query = steps[11].toObject();
    QCOMPARE(query.value(u"via").toArray(), QJsonArray{u"fw3"_s});
    QCOMPARE(query.value(u"port").toInt(), 3306);

    const QJsonObject report = steps[17].toObject();
    QCOMPARE(report.value(u"alsoFrom").toArray(), (QJsonArray{u"agent2"_s, u"agent3"_s}));
    QCOMPARE(report.value(u"to").toString(), u"sumo"_s);
}

void TestWalkthroughCommand::requestOptionChangesThePath()
{
    const Run result = run({u"--request"_s, u"static"_s, u"preset:secured-monitored"_s, u"--json"_s});
    QCOMPARE(result.exitCode, kExitOk);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(root.value(u"request").toString(), u"static"_s);
    QCOMPARE(root.value(u"steps").toArray().size(), 13);
}

void TestWalkthroughCommand::blockedRequestIsStillASuccess()
{
    Topology topology = drawn::preset(u"secured-monitored"_s);
    drawn::setProp(topology, u"lb"_s, u"tls"_s, u"reencrypt"_s);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"reencrypt.infralab.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TopologyWriter::toJson(topology));
    file.close();

    const QString reason = u"Firewall 2 drops the request: no rule allows port 443 from HAProxy."_s;
    const Run text = run({path});
    QCOMPARE(text.exitCode, kExitOk);
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8);
    QCOMPARE(lines[6], u"  7. [lock] "_s + reason);
    QCOMPARE(lines[7], u"Blocked: "_s + reason);

    const Run json = run({path, u"--json"_s});
    QCOMPARE(json.exitCode, kExitOk);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(u"blocked").toString(), reason);
    QCOMPARE(root.value(u"steps").toArray().size(), 7);
}

void TestWalkthroughCommand::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedErr");

    QTest::newRow("no SRC is a usage error") << QStringList() << u"usage: infralab walkthrough SRC"_s;
    QTest::newRow("two SRCs are a usage error")
        << QStringList{u"preset:distributed"_s, u"preset:single-server"_s} << u"usage: infralab walkthrough"_s;
    QTest::newRow("an unknown request type names the choices")
        << QStringList{u"preset:distributed"_s, u"--request"_s, u"delete"_s}
        << u"--request must be \"static\", \"read\", \"write\", not \"delete\""_s;
    QTest::newRow("an unknown preset") << QStringList{u"preset:nope"_s} << u"preset:nope: no such preset"_s;
    QTest::newRow("a missing file") << QStringList{u"/nonexistent/x.infralab.json"_s}
                                    << u"/nonexistent/x.infralab.json: cannot be read"_s;
}

void TestWalkthroughCommand::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedErr);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, kExitBadInput);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(expectedErr), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);   // one line
}

} // namespace infralab

QTEST_GUILESS_MAIN(infralab::TestWalkthroughCommand)
#include "tst_walkthroughcommand.moc"
