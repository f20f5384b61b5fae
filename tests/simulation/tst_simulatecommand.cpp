// `infralab simulate`: the CSV's shape, --json, --fail parsing, and bad
// arguments (exit 2, one line, no CSV file left behind).

#include "commands/SimulateCommand.h"
#include "../SubcommandRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<infralab::SimulateCommand::Failure>)

namespace infralab {

class TestSimulateCommand : public QObject
{
    Q_OBJECT

private slots:
    void csvHasOneRowPerNodePerSecond();
    void csvIsTheSameForTheSameSeed();
    void jsonHasTotalsAndEvents();
    void textSummary();
    void parseFailure_data();
    void parseFailure();
    void badArguments_data();
    void badArguments();

private:
    using Run = SubcommandRun;
    // `arguments` come after "infralab simulate".
    static Run run(const QStringList &arguments) { return runSubcommand<SimulateCommand>(arguments); }
    QTemporaryDir m_dir;
};

void TestSimulateCommand::csvHasOneRowPerNodePerSecond()
{
    const QString path = m_dir.filePath(u"run.csv"_s);
    const Run result = run({u"preset:secured-monitored"_s, u"--duration"_s, u"5"_s, u"--rps"_s, u"200"_s,
                            u"--attack-rps"_s, u"30"_s, u"--csv"_s, path});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), u"t,node,kind,cpu,qps,drops,errors"_s);
    QCOMPARE(lines.size(), 1 + 5 * 22);   // 22 nodes, 5 seconds
    qint64 lbRequests = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines[i].split(u',');
        QCOMPARE(fields.size(), 7);
        QCOMPARE(fields[0].toInt(), int((i - 1) / 22));
        QVERIFY(nodeKindFromJson(fields[2]).has_value());
        bool ok = false;
        const double cpu = fields[3].toDouble(&ok);
        QVERIFY(ok && cpu >= 0 && cpu <= 100);
        for (int column = 4; column < 7; ++column) {
            QVERIFY(fields[column].toInt(&ok) >= 0);
            QVERIFY(ok);
        }
        if (fields[1] == u"lb")
            lbRequests += fields[4].toInt();
    }
    QVERIFY2(lbRequests > 800 && lbRequests < 1200, qPrintable(QString::number(lbRequests)));
    QCOMPARE(lines[1].section(u',', 1, 2), u"user,client"_s);
}

void TestSimulateCommand::csvIsTheSameForTheSameSeed()
{
    QByteArray runs[2];
    for (QByteArray &csv : runs) {
        const QString path = m_dir.filePath(u"seeded.csv"_s);
        QCOMPARE(run({u"preset:distributed"_s, u"--duration"_s, u"4"_s, u"--seed"_s, u"99"_s, u"--fail"_s,
                      u"s2@1.5-3"_s, u"--csv"_s, path})
                     .exitCode,
                 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        csv = file.readAll();
    }
    QVERIFY(runs[0].size() > 100);
    QCOMPARE(runs[0], runs[1]);
}

void TestSimulateCommand::jsonHasTotalsAndEvents()
{
    const Run result = run({u"preset:secured-monitored"_s, u"--duration"_s, u"30"_s, u"--fail"_s, u"s1@5-20"_s,
                            u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.keys(), (QStringList{u"attacks"_s, u"events"_s, u"firewallRules"_s, u"nodes"_s, u"requests"_s,
                                       u"seconds"_s}));
    QCOMPARE(json[u"seconds"_s].toInt(), 30);
    const QJsonObject requests = json[u"requests"_s].toObject();
    QVERIFY(requests[u"sent"_s].toInt() > 2500);
    // Those still on their way at the end are neither served nor failed.
    const int finished = requests[u"served"_s].toInt() + requests[u"failed"_s].toInt();
    QVERIFY(finished <= requests[u"sent"_s].toInt() && finished > requests[u"sent"_s].toInt() - 20);
    QVERIFY(requests[u"latencyMs"_s][u"p95"_s].toDouble() >= requests[u"latencyMs"_s][u"p50"_s].toDouble());
    const QJsonArray nodes = json[u"nodes"_s].toArray();
    QCOMPARE(nodes.size(), 22);
    QCOMPARE(nodes[0][u"id"_s].toString(), u"user"_s);
    QCOMPARE(nodes[0].toObject().keys(), (QStringList{u"attacks"_s, u"cpuMean"_s, u"cpuPeak"_s, u"drops"_s,
                                                      u"errors"_s, u"id"_s, u"kind"_s, u"requests"_s}));
    QStringList events;
    for (const QJsonValue &event : json[u"events"_s].toArray())
        events.append(event[u"kind"_s].toString() + u'@' + QString::number(event[u"t"_s].toDouble()));
    // Both checkers run every 2 s: they notice at the same time.
    QCOMPARE(events, (QStringList{u"node-failed@5"_s, u"database-down@10"_s, u"backend-down@10"_s,
                                  u"node-recovered@20"_s, u"database-up@24"_s, u"backend-up@24"_s}));
}

void TestSimulateCommand::textSummary()
{
    const Run result = run({u"preset:single-server"_s, u"--duration"_s, u"10"_s, u"--attack-rps"_s, u"20"_s});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(u'\n');
    QVERIFY2(lines[0].startsWith(u"Simulated 10 s of preset:single-server: 100 requests/s"_s), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(u"Requests: "_s), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(u"Latency: p50 "_s), qPrintable(lines[2]));
    QVERIFY2(lines[3].startsWith(u"Attacks: "_s), qPrintable(lines[3]));
    // No firewall in front of it: every probe reaches the server.
    QVERIFY2(lines[3].endsWith(u", 0 dropped by firewalls"_s), qPrintable(lines[3]));
}

void TestSimulateCommand::parseFailure_data()
{
    using Failure = SimulateCommand::Failure;
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<Failure>>("expected");

    QTest::newRow("stop for good") << u"s1@10"_s << std::optional(Failure{u"s1"_s, 10, -1});
    QTest::newRow("stop and start again") << u"db1@10-30"_s << std::optional(Failure{u"db1"_s, 10, 30});
    QTest::newRow("fractions of a second") << u"lb@0.5-1.25"_s << std::optional(Failure{u"lb"_s, 0.5, 1.25});
    QTest::newRow("an id with @ in it: the last one splits") << u"a@b@3"_s << std::optional(Failure{u"a@b"_s, 3, -1});
    QTest::newRow("no time") << u"s1"_s << std::optional<Failure>();
    QTest::newRow("empty time") << u"s1@"_s << std::optional<Failure>();
    QTest::newRow("no node") << u"@5"_s << std::optional<Failure>();
    QTest::newRow("time not a number") << u"s1@soon"_s << std::optional<Failure>();
    QTest::newRow("negative time") << u"s1@-5"_s << std::optional<Failure>();
    QTest::newRow("recovery before the failure") << u"s1@20-10"_s << std::optional<Failure>();
    QTest::newRow("recovery at the failure") << u"s1@20-20"_s << std::optional<Failure>();
}

void TestSimulateCommand::parseFailure()
{
    QFETCH(QString, text);
    QFETCH(std::optional<SimulateCommand::Failure>, expected);
    QCOMPARE(SimulateCommand::parseFailure(text), expected);
}

void TestSimulateCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");   // the start of the one line on stderr

    const QString src = u"preset:secured-monitored"_s;
    QTest::newRow("no duration") << QStringList{src} << u"infralab: usage: infralab simulate SRC"_s;
    QTest::newRow("no source") << QStringList{u"--duration"_s, u"5"_s} << u"infralab: usage: "_s;
    QTest::newRow("zero duration") << QStringList{src, u"--duration"_s, u"0"_s} << u"infralab: --duration must"_s;
    QTest::newRow("fractional duration") << QStringList{src, u"--duration"_s, u"1.5"_s}
                                         << u"infralab: --duration must"_s;
    QTest::newRow("duration not a number") << QStringList{src, u"--duration"_s, u"long"_s}
                                           << u"infralab: --duration must"_s;
    QTest::newRow("negative rate") << QStringList{src, u"--duration"_s, u"5"_s, u"--rps"_s, u"-1"_s}
                                   << u"infralab: --rps must be a number from 0"_s;
    QTest::newRow("attack rate not a number")
        << QStringList{src, u"--duration"_s, u"5"_s, u"--attack-rps"_s, u"many"_s}
        << u"infralab: --attack-rps must be a number from 0"_s;
    QTest::newRow("negative seed") << QStringList{src, u"--duration"_s, u"5"_s, u"--seed"_s, u"-3"_s}
                                   << u"infralab: --seed must"_s;
    QTest::newRow("failure of an unknown node")
        << QStringList{src, u"--duration"_s, u"5"_s, u"--fail"_s, u"ghost@2"_s}
        << u"infralab: preset:secured-monitored: --fail \"ghost@2\": no node \"ghost\""_s;
    QTest::newRow("failure without a time") << QStringList{src, u"--duration"_s, u"5"_s, u"--fail"_s, u"s1"_s}
                                            << u"infralab: --fail must be NODE@T"_s;
    QTest::newRow("unknown preset") << QStringList{u"preset:nope"_s, u"--duration"_s, u"5"_s} << u"preset:nope"_s;
    QTest::newRow("CSV in a folder that does not exist")
        << QStringList{src, u"--duration"_s, u"5"_s, u"--csv"_s, u"/nonexistent/folder/run.csv"_s}
        << u"infralab: /nonexistent/folder/run.csv: cannot write"_s;
}

void TestSimulateCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);

    const QString csv = m_dir.filePath(u"never.csv"_s);
    if (!arguments.contains(u"--csv"_s))
        arguments << u"--csv"_s << csv;
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(error), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY(result.err.endsWith(u'\n'));
    QVERIFY(!QFile::exists(csv));
}

} // namespace infralab

QTEST_GUILESS_MAIN(infralab::TestSimulateCommand)
#include "tst_simulatecommand.moc"
