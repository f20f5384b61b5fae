// `infralab analyze SRC [--json]`: text and JSON output, and bad sources.

#include "analysis/Analyzer.h"
#include "commands/AnalyzeCommand.h"
#include "../SubcommandRun.h"
#include "presets/Presets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "i18n/Translations.h"

using namespace Qt::StringLiterals;

namespace infralab {

class TestAnalyzeCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textOutput();
    void jsonOutput();
    void badSources_data();
    void badSources();

private:
    using Run = SubcommandRun;
    // `arguments` come after "infralab analyze".
    static Run run(const QStringList &arguments) { return runSubcommand<AnalyzeCommand>(arguments); }
};

void TestAnalyzeCommand::initTestCase()
{
    Translations::install(Language::English);   // its plural forms: "6 findings"
}

void TestAnalyzeCommand::textOutput()
{
    const Run result = run({u"preset:single-server"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines.first(), u"high    spof              Server is a single point of failure: it runs Apache, "
                            "PHP + code base and MySQL, and no other server takes over when it stops"_s);
    QVERIFY2(lines[1].startsWith(u"high    no-https          Apache "_s), qPrintable(lines[1]));
    QVERIFY2(lines[5].startsWith(u"low     collocated-tiers  Server runs "_s), qPrintable(lines[5]));
    QCOMPARE(lines.last(), u"6 findings"_s);
}

void TestAnalyzeCommand::jsonOutput()
{
    const Run result = run({u"preset:secured-monitored"_s, u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QVERIFY(result.out.endsWith(u'\n'));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object().keys(), QStringList{u"findings"_s});
    const QJsonArray findings = document.object().value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), 8);
    const QJsonObject second = findings[1].toObject();
    QCOMPARE(second.value(u"rule"_s).toString(), u"spof"_s);
    QCOMPARE(second.value(u"severity"_s).toString(), u"high"_s);
    QCOMPARE(second.value(u"nodes"_s).toArray(), QJsonArray{u"lb"_s});
    QVERIFY(second.value(u"message"_s).toString().startsWith(u"HAProxy "_s));
    QVERIFY(!second.value(u"explanation"_s).toString().isEmpty());
    // The very findings the window shows.
    QCOMPARE(document.object(), findingsToJson(analyze(loadPreset(u"secured-monitored"_s).topology)));
}

void TestAnalyzeCommand::badSources_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorStart");
    QTest::newRow("unknown preset") << QStringList{u"preset:nope"_s} << u"preset:nope: "_s;
    QTest::newRow("missing file") << QStringList{u"/nonexistent/design.infralab.json"_s}
                                  << u"/nonexistent/design.infralab.json: "_s;
    QTest::newRow("no source") << QStringList{} << u"infralab: usage: infralab analyze SRC"_s;
    QTest::newRow("two sources") << QStringList{u"preset:distributed"_s, u"preset:single-server"_s}
                                 << u"infralab: usage: infralab analyze SRC"_s;
}

void TestAnalyzeCommand::badSources()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorStart);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(errorStart), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY(result.err.endsWith(u'\n'));
}

} // namespace infralab

QTEST_GUILESS_MAIN(infralab::TestAnalyzeCommand)
#include "tst_analyzecommand.moc"
