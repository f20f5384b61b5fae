// The command line speaks the locale's language: LANG, LC_ALL or LANGUAGE
// set to French give French narration and critique; C and en_US English;
// --json stays English whatever the locale, for the scripts that read it.

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void localeChoosesTheLanguage_data();
    void localeChoosesTheLanguage();
};

void tst_CliLanguage::localeChoosesTheLanguage_data()
{
    QTest::addColumn<QStringList>("environment");   // NAME=VALUE
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");      // in stdout, or stderr on failure
    QTest::addColumn<QStringList>("absent");

    const QStringList walkthrough{u"walkthrough"_s, u"preset:secured-monitored"_s};
    const QStringList analyze{u"analyze"_s, u"preset:secured-monitored"_s};
    const QString typesFr = u"L’utilisateur saisit www.foobar.com dans la barre d’adresse de Navigateur."_s;
    const QString typesEn = u"The user types www.foobar.com into the address bar of Browser."_s;
    const QString haproxyFr =
        u"HAProxy reçoit la requête HTTPS, la déchiffre avec le certificat TLS de www.foobar.com"_s;

    QTest::newRow("LANG=fr_FR.UTF-8: the walkthrough in French")
        << QStringList{u"LANG=fr_FR.UTF-8"_s} << walkthrough
        << QStringList{typesFr, haproxyFr, u"Pare-feu 1"_s, u"en HTTP en clair"_s} << QStringList{typesEn};
    QTest::newRow("LC_ALL=fr_FR.UTF-8 over LANG=C: French")
        << QStringList{u"LANG=C"_s, u"LC_ALL=fr_FR.UTF-8"_s} << walkthrough << QStringList{typesFr}
        << QStringList{typesEn};
    QTest::newRow("LANG=fr_FR.UTF-8: the critique in French")
        << QStringList{u"LANG=fr_FR.UTF-8"_s} << analyze
        << QStringList{u"est un point de défaillance unique"_s, u"problèmes"_s} << QStringList{u"findings"_s};
    QTest::newRow("LANG=fr_FR.UTF-8: the help in French, Qt's part too")
        << QStringList{u"LANG=fr_FR.UTF-8"_s} << QStringList{u"walkthrough"_s, u"--help"_s}
        << QStringList{u"afficher les étapes d’une requête à travers un schéma"_s, u"Options"_s}
        << QStringList{u"print the steps"_s, u"Displays help"_s};
    QTest::newRow("LANG=fr_FR.UTF-8: errors in French")
        << QStringList{u"LANG=fr_FR.UTF-8"_s} << QStringList{u"walkthrough"_s, u"preset:nope"_s}
        << QStringList{u"schéma intégré inconnu"_s} << QStringList{u"no such preset"_s};
    QTest::newRow("LANG=fr_FR.UTF-8 --json: English, as scripts expect")
        << QStringList{u"LANG=fr_FR.UTF-8"_s} << walkthrough + QStringList{u"--json"_s} << QStringList{typesEn}
        << QStringList{typesFr};
    QTest::newRow("LANG=C: English") << QStringList{u"LANG=C"_s} << walkthrough << QStringList{typesEn}
                                     << QStringList{typesFr};
    QTest::newRow("LANG=en_US.UTF-8: English, with its plural")
        << QStringList{u"LANG=en_US.UTF-8"_s} << analyze << QStringList{u"8 findings"_s}
        << QStringList{u"finding(s)"_s};
    QTest::newRow("LANG=de_DE.UTF-8: a language we lack is English")
        << QStringList{u"LANG=de_DE.UTF-8"_s} << walkthrough << QStringList{typesEn} << QStringList{typesFr};
}

void tst_CliLanguage::localeChoosesTheLanguage()
{
    QFETCH(QStringList, environment);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"LANG"_s, u"LC_ALL"_s,
                                u"LC_MESSAGES"_s, u"LANGUAGE"_s})
        env.remove(name);
    for (const QString &setting : environment)
        env.insert(setting.section(u'=', 0, 0), setting.section(u'=', 1));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(INFRALAB_BINARY), arguments);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QString output =
        QString::fromUtf8(process.readAllStandardOutput()) + QString::fromUtf8(process.readAllStandardError());
    for (const QString &text : expected)
        QVERIFY2(output.contains(text), qPrintable(u"missing \""_s + text + u"\" in:\n"_s + output));
    for (const QString &text : absent)
        QVERIFY2(!output.contains(text), qPrintable(u"unexpected \""_s + text + u"\" in:\n"_s + output));
}

QTEST_GUILESS_MAIN(tst_CliLanguage)
#include "tst_clilanguage.moc"
