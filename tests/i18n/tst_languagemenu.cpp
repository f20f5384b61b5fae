// The window in French, and View > Language: the choice is kept in the
// settings, read back by the next window, and said to apply on restart.

#include "Document.h"
#include "MainWindow.h"
#include "help/GuidePages.h"
#include "i18n/LanguageMenu.h"
#include "i18n/Translations.h"
#include "model/Topology.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace infralab;

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QString guideOverview()
{
    QFile file(u':' + guidePageUrl(u"overview"_s).path());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Clicks `language` in the menu as a user does: open it, click the item.
void clickLanguage(LanguageMenu *menu, Language language)
{
    menu->popup(QPoint(40, 40));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QAction *action = menu->action(language);
    QVERIFY(action);
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    QTRY_VERIFY(!menu->isVisible());
}

} // namespace

class tst_LanguageMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void windowSpeaksTheInstalledLanguage_data();
    void windowSpeaksTheInstalledLanguage();
    void choiceIsStoredAndReadBack();
    void systemDefaultForgetsTheChoice();
};

void tst_LanguageMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);   // QSettings away from the user's own
    QSettings().clear();
}

void tst_LanguageMenu::cleanup()
{
    Translations::install(Language::English);
    QSettings().clear();
}

void tst_LanguageMenu::windowSpeaksTheInstalledLanguage_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("steps");
    QTest::addColumn<QString>("firewall");
    QTest::addColumn<QString>("guideTitle");

    QTest::newRow("English") << Language::English << QStringList{u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Simulation"_s, u"&Help"_s}
                             << u"18 steps"_s << u"Firewall 1"_s << u"<title>Welcome</title>"_s;
    QTest::newRow("French") << Language::French
                            << QStringList{u"&Fichier"_s, u"É&dition"_s, u"&Affichage"_s, u"&Simulation"_s, u"&Aide"_s}
                            << u"18 étapes"_s << u"Pare-feu 1"_s << u"<title>Bienvenue</title>"_s;
}

void tst_LanguageMenu::windowSpeaksTheInstalledLanguage()
{
    QFETCH(Language, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, steps);
    QFETCH(QString, firewall);
    QFETCH(QString, guideTitle);

    Translations::install(language);
    MainWindow window;
    QVERIFY(window.openSource(u"preset:secured-monitored"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(menuTitles(window), menus);
    auto *position = window.findChild<QLabel *>(u"walkthroughPosition"_s);
    QVERIFY(position);
    QCOMPARE(position->text(), steps);
    // The built-in design's labels follow the language.
    QVERIFY(window.document()->topology().node(u"fw1"_s));
    QCOMPARE(window.document()->topology().node(u"fw1"_s)->label, firewall);
    QVERIFY(guideOverview().contains(guideTitle));
}

void tst_LanguageMenu::choiceIsStoredAndReadBack()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *menu = window.findChild<LanguageMenu *>();
    QVERIFY(menu);
    QVERIFY(menu->action(Language::System)->isChecked());

    clickLanguage(menu, Language::French);
    QCOMPARE(Translations::chosen(), Language::French);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"fr"_s);
    QVERIFY(menu->action(Language::French)->isChecked());
    QVERIFY(!menu->action(Language::System)->isChecked());
    // Nothing changes now; the window says when it will.
    QCOMPARE(Translations::current(), Language::English);
    QCOMPARE(window.statusBar()->currentMessage(),
             u"Language set to Français: it applies the next time Infralab starts."_s);

    LanguageMenu next;   // the next start reads the choice back
    QVERIFY(next.action(Language::French)->isChecked());
}

void tst_LanguageMenu::systemDefaultForgetsTheChoice()
{
    Translations::setChosen(Language::French);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *menu = window.findChild<LanguageMenu *>();
    QVERIFY(menu->action(Language::French)->isChecked());

    clickLanguage(menu, Language::System);
    QCOMPARE(Translations::chosen(), Language::System);
    QVERIFY(!QSettings().contains(u"ui/language"_s));
    // This test runs under LC_ALL=C: the system's language is English, as now.
    QVERIFY(!window.statusBar()->currentMessage().contains(u"Language"_s));
}

QTEST_MAIN(tst_LanguageMenu)
#include "tst_languagemenu.moc"
