// `infralab export` run the way a user's shell does: no display, no Qt
// platform set. Good exports reopen as SRC; bad input exits 2 with one line
// naming the file, and leaves no file behind.

#include <QDir>
#include <QFile>
#include <QImage>
#include "../HeadlessRun.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsAndReopens_data();
    void exportsAndReopens();
    void refusesBadInput_data();
    void refusesBadInput();

private:
    using Run = HeadlessRun;
    Run run(const QStringList &arguments);

    QTemporaryDir m_dir;
};

void TestExportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

TestExportCommand::Run TestExportCommand::run(const QStringList &arguments)
{
    return runHeadless(QStringLiteral(INFRALAB_BINARY), arguments, m_dir.path());
}

void TestExportCommand::exportsAndReopens_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("reopens");

    QTest::newRow("PNG") << u"design.png"_s << QStringList() << true;
    QTest::newRow("PNG at scale 2, transparent")
        << u"design@2x.PNG"_s << QStringList {u"--scale"_s, u"2"_s, u"--transparent"_s} << true;
    QTest::newRow("SVG") << u"design.svg"_s << QStringList {u"--margin"_s, u"0"_s} << true;
    QTest::newRow("PDF") << u"design.pdf"_s << QStringList {u"--scale"_s, u"0.5"_s} << false;
}

void TestExportCommand::exportsAndReopens()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, options);
    QFETCH(bool, reopens);

    const Run exported = run(QStringList {u"export"_s, u"preset:secured-monitored"_s, fileName} + options);
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(QFile::exists(m_dir.filePath(fileName)));

    const Run validated = run({u"validate"_s, fileName});
    if (reopens) {
        QCOMPARE(validated.exitCode, 0);
        QCOMPARE(validated.out, fileName + u": \"Secured and monitored web infrastructure\", 22 nodes, 19 links\n"_s);
    } else {
        QCOMPARE(validated.exitCode, 2);
        QVERIFY(validated.err.contains(fileName + u": a PDF does not reopen as a design"_s));
    }
    // An export works as SRC for every command, even for another export.
    if (reopens) {
        QCOMPARE(run({u"analyze"_s, fileName}).exitCode, 0);
        QCOMPARE(run({u"export"_s, fileName, u"again.png"_s}).exitCode, 0);
        const QImage again(m_dir.filePath(u"again.png"_s));
        const QImage original(m_dir.filePath(u"design.png"_s));
        QCOMPARE(again.size(), original.size());
    }
}

void TestExportCommand::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output"); // the file that must not appear
    QTest::addColumn<QString>("error");

    const QString src = u"preset:single-server"_s;
    QTest::newRow("unknown extension") << QStringList {u"export"_s, src, u"out.gif"_s} << u"out.gif"_s
                                       << u"out.gif: unknown image format; use .png, .svg, .pdf"_s;
    QTest::newRow("no extension") << QStringList {u"export"_s, src, u"out"_s} << u"out"_s
                                  << u"out: unknown image format"_s;
    QTest::newRow("a folder that does not exist") << QStringList {u"export"_s, src, u"missing/out.png"_s}
                                                  << u"missing/out.png"_s << u"missing/out.png: cannot be written"_s;
    // (Not a read-only folder: CI may run as root, which writes anywhere.)
    QTest::newRow("a path under a file") << QStringList {u"export"_s, src, u"plain.png/out.svg"_s}
                                         << u"plain.png/out.svg"_s << u"plain.png/out.svg: cannot be written"_s;
    QTest::newRow("a scale that is not a number") << QStringList {u"export"_s, src, u"out.png"_s, u"--scale"_s,
        u"big"_s} << u"out.png"_s << u"--scale must be a number from 0.25 to 8"_s;
    QTest::newRow("a scale out of range")
        << QStringList {u"export"_s, src, u"out.png"_s, u"--scale"_s, u"100"_s} << u"out.png"_s << u"--scale"_s;
    QTest::newRow("a negative margin") << QStringList {u"export"_s, src, u"out.png"_s, u"--margin"_s, u"-5"_s}
                                       << u"out.png"_s << u"--margin"_s;
    QTest::newRow("a bad SRC names it") << QStringList {u"export"_s, u"preset:nope"_s, u"out.png"_s} << u"out.png"_s
                                        << u"preset:nope: no such preset"_s;
    QTest::newRow("a picture with no design as SRC") << QStringList {u"export"_s, u"plain.png"_s,
        u"out.svg"_s} << u"out.svg"_s << u"plain.png: no Infralab design inside: it was not exported by Infralab"_s;
    QTest::newRow("OUT missing is a usage error")
        << QStringList {u"export"_s, src} << QString() << u"usage: infralab export SRC"_s;
}

void TestExportCommand::refusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    QFETCH(QString, error);

    QImage plain(4, 4, QImage::Format_RGB32);
    plain.fill(Qt::red);
    QVERIFY(plain.save(m_dir.filePath(u"plain.png"_s)));

    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(error), qPrintable(result.err));
    // One line about the problem (the platform may add its own warnings).
    QCOMPARE(result.err.count(error), 1);
    if (!output.isEmpty())
        QVERIFY(!QFile::exists(m_dir.filePath(output)));
    // No temporary file left beside it either.
    const QStringList leftovers = QDir(m_dir.path()).entryList({u"out*"_s}, QDir::Files);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
