// The translations stay whole: every string of the sources is in
// translations/infralab_fr.ts, translated, and nothing there is left over.
// English and French plural forms read right.

#include "TsFile.h"
#include "i18n/Language.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace infralab;

namespace {

const QString kUpdateHint =
    u"\nRun `cmake --build build-dbg --target update_translations`, then translate what it marks "
    "unfinished in translations/infralab_fr.ts (Qt Linguist: linguist translations/infralab_fr.ts)."_s;

QString tsPath(const QString &language)
{
    return QStringLiteral(INFRALAB_SOURCE_DIR) + u"/translations/infralab_"_s + language + u".ts"_s;
}

QString listed(const QStringList &names)
{
    return u"\n  "_s + names.join(u"\n  "_s);
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void translationsFollowTheSources();
    void pluralForms_data();
    void pluralForms();
    void systemLocaleChoosesTheLanguage_data();
    void systemLocaleChoosesTheLanguage();
};

void tst_Translations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("French: every string") << u"fr"_s;
    QTest::newRow("English: the plural forms") << u"en"_s;
}

void tst_Translations::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    QString error;
    const QList<TsMessage> messages = readTsFile(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const TsMessage &message : messages) {
        if (!message.isTranslated())
            problems.append(message.name() + (message.type.isEmpty() ? u" is empty"_s : u" is "_s + message.type));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 message(s) of infralab_%2.ts not translated:"_s.arg(problems.size()).arg(language)
                        + listed(problems) + kUpdateHint));
}

// lupdate run afresh on the sources into a copy must find exactly the
// messages of the committed file: a new tr() string, or a string the
// sources dropped, fails here until the update command is run.
void tst_Translations::translationsFollowTheSources()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(u"infralab_fr.ts"_s);
    QVERIFY(QFile::copy(tsPath(u"fr"_s), copy));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(INFRALAB_SOURCE_DIR));
    lupdate.start(QStringLiteral(INFRALAB_LUPDATE),
                  {u"-silent"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-extensions"_s, u"cpp,h"_s,
                   u"core"_s, u"ui"_s, u"app"_s, u"-ts"_s, copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    const QList<TsMessage> committed = readTsFile(tsPath(u"fr"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<TsMessage> fresh = readTsFile(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const auto names = [](const QList<TsMessage> &messages) {
        QSet<QString> set;
        for (const TsMessage &message : messages)
            set.insert(message.name());
        return set;
    };
    const QSet<QString> inFile = names(committed);
    const QSet<QString> inSources = names(fresh);
    QStringList added = (inSources - inFile).values();
    QStringList dropped = (inFile - inSources).values();
    added.sort();
    dropped.sort();
    QVERIFY2(added.isEmpty(), qPrintable(u"%1 string(s) of the sources are missing from infralab_fr.ts:"_s
                                             .arg(added.size()) + listed(added) + kUpdateHint));
    QVERIFY2(dropped.isEmpty(), qPrintable(u"%1 string(s) of infralab_fr.ts are no longer in the sources:"_s
                                               .arg(dropped.size()) + listed(dropped) + kUpdateHint));
}

void tst_Translations::pluralForms_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    const QByteArray panel = "infralab::WalkthroughPanel";
    QTest::newRow("English: 1 step") << Language::English << panel << QByteArray("%n step(s)") << 1 << u"1 step"_s;
    QTest::newRow("English: 18 steps") << Language::English << panel << QByteArray("%n step(s)") << 18
                                       << u"18 steps"_s;
    QTest::newRow("English: 0 findings") << Language::English << QByteArray("CommandLine")
                                         << QByteArray("%n finding(s)") << 0 << u"0 findings"_s;
    QTest::newRow("English: 1 server") << Language::English << QByteArray("DesignSummary")
                                       << QByteArray("%n server(s)") << 1 << u"1 server"_s;
    QTest::newRow("French: 1 étape") << Language::French << panel << QByteArray("%n step(s)") << 1
                                     << u"1 étape"_s;
    QTest::newRow("French: 18 étapes") << Language::French << panel << QByteArray("%n step(s)") << 18
                                       << u"18 étapes"_s;
    QTest::newRow("French: 0 problème, singular as French says it")
        << Language::French << QByteArray("CommandLine") << QByteArray("%n finding(s)") << 0 << u"0 problème"_s;
    QTest::newRow("French: 3 serveurs") << Language::French << QByteArray("DesignSummary")
                                        << QByteArray("%n server(s)") << 3 << u"3 serveurs"_s;
}

void tst_Translations::pluralForms()
{
    QFETCH(Language, language);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(Translations::install(language), language);
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, n), expected);
    Translations::install(Language::English);
}

void tst_Translations::systemLocaleChoosesTheLanguage_data()
{
    QTest::addColumn<Language>("choice");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<Language>("expected");
    QTest::newRow("fr_FR speaks French") << Language::System << u"fr_FR"_s << Language::French;
    QTest::newRow("fr_CA speaks French") << Language::System << u"fr_CA"_s << Language::French;
    QTest::newRow("en_US speaks English") << Language::System << u"en_US"_s << Language::English;
    QTest::newRow("a language we lack falls back to English") << Language::System << u"de_DE"_s
                                                              << Language::English;
    QTest::newRow("C speaks English") << Language::System << u"C"_s << Language::English;
    QTest::newRow("View > Language English wins over fr_FR") << Language::English << u"fr_FR"_s
                                                             << Language::English;
    QTest::newRow("View > Language Français wins over en_US") << Language::French << u"en_US"_s
                                                              << Language::French;
}

void tst_Translations::systemLocaleChoosesTheLanguage()
{
    QFETCH(Language, choice);
    QFETCH(QString, locale);
    QFETCH(Language, expected);
    QCOMPARE(resolvedLanguage(choice, QLocale(locale)), expected);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
