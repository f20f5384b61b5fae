#include "../HeadlessRun.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headlessCommands_data();
    void headlessCommands();
    void badFilesAreRefused_data();
    void badFilesAreRefused();

private:
    using Run = HeadlessRun;
    Run run(const QStringList &arguments);

    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

TestCli::Run TestCli::run(const QStringList &arguments)
{
    return runHeadless(QStringLiteral(INFRALAB_BINARY), arguments);
}

void TestCli::headlessCommands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedOut");
    QTest::addColumn<QString>("expectedErr");

    QTest::newRow("--version names the program")
        << QStringList{u"--version"_s} << 0 << u"infralab 0."_s << QString();
    QTest::newRow("--help documents every subcommand")
        << QStringList{u"--help"_s} << 0 << u"infralab validate SRC"_s << QString();
    QTest::newRow("presets lists the default preset with a tab")
        << QStringList{u"presets"_s} << 0 << u"secured-monitored\tSecured and monitored web infrastructure\n"_s
        << QString();
    QTest::newRow("validate a preset prints its counts")
        << QStringList{u"validate"_s, u"preset:secured-monitored"_s} << 0
        << u"preset:secured-monitored: \"Secured and monitored web infrastructure\", 22 nodes, 19 links\n"_s
        << QString();
    QTest::newRow("validate an unknown preset")
        << QStringList{u"validate"_s, u"preset:nope"_s} << 2 << QString() << u"preset:nope: no such preset"_s;
    QTest::newRow("validate a missing file")
        << QStringList{u"validate"_s, u"/nonexistent/x.infralab.json"_s} << 2 << QString()
        << u"/nonexistent/x.infralab.json: cannot be read"_s;
    QTest::newRow("validate without SRC is a usage error")
        << QStringList{u"validate"_s} << 2 << QString() << u"usage: infralab validate SRC"_s;
    QTest::newRow("an unknown option is a usage error")
        << QStringList{u"presets"_s, u"--frobnicate"_s} << 2 << QString() << u"frobnicate"_s;
}

void TestCli::headlessCommands()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedOut);
    QFETCH(QString, expectedErr);

    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.contains(expectedOut), qPrintable(result.out));
    QVERIFY2(result.err.contains(expectedErr), qPrintable(result.err));
    if (exitCode != 0)
        QCOMPARE(result.err.count(u'\n'), 1);   // one clear line
}

void TestCli::badFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedErr");

    const QByteArray head = R"({"format": "infralab-topology", "version": 1, )";
    QTest::newRow("empty file") << QByteArray() << u"the file is empty"_s;
    QTest::newRow("top-level array") << QByteArray("[1, 2]") << u"must be a JSON object"_s;
    QTest::newRow("binary garbage") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\xff\xfe", 11) << u"not valid JSON"_s;
    QTest::newRow("200,000 levels of nesting") << QByteArray(200000, '[') << u"line 1: not valid JSON"_s;
    QTest::newRow("future version") << QByteArray(R"({"format": "infralab-topology", "version": 9, "nodes": []})")
                                    << u"version 9 was written by a newer Infralab"_s;
    QTest::newRow("link to a missing node")
        << head + "\"nodes\": [{\"id\": \"a\", \"kind\": \"client\"}],\n\"links\": [{\"from\": \"a\",\n\"to\": \"ghost\"}]}"
        << u"line 3: link to unknown node \"ghost\""_s;
}

void TestCli::badFilesAreRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedErr);

    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).left(20) + u".json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    const Run result = run({u"validate"_s, path});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(path + u": "_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(expectedErr), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
