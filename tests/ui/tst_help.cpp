// Help as a user meets it: Help > About with the version and the licence,
// the guide on F1 with every topic reachable, and a tooltip on every
// toolbar button that says what it does and its shortcut.
//
// INFRALAB_HELP_PNG_DIR=/tmp/dir saves about.png, licence.png and guide.png
// (run under xvfb-run with QT_QPA_PLATFORM=xcb to see them as on a desktop).

#include "MainWindow.h"
#include "help/AboutDialog.h"
#include "help/ActionToolTip.h"
#include "help/GuideDialog.h"
#include "help/GuidePages.h"
#include "help/HelpMenu.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace infralab;

namespace {

HelpMenu *helpMenu(const MainWindow &window)
{
    auto *menu = window.findChild<HelpMenu *>();
    if (!menu)
        qFatal("the window has no Help menu");
    return menu;
}

QString pageSource(const QString &name)
{
    QFile file(u":/guide/"_s + name + u".html"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Where a link to `target` is drawn in the browser's viewport, or a null point.
QPoint linkPosition(QTextBrowser *browser, const QString &target)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            if (fragment.fragment().charFormat().anchorHref() != target)
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.fragment().position() + 1);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            return browser->cursorRect(cursor).center();
        }
    }
    return {};
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("INFRALAB_HELP_PNG_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // let the dialog lay out before the grab
    const QString path = dir + u'/' + name;
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

} // namespace

class tst_Help : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void helpMenuComesLast();
    void aboutShowsVersionAndLicence();
    void aboutIsShownOnce();
    void aboutQtShowsQtsOwnBox();

    void guideOpensWithF1();
    void clickingATopicShowsItsPage();
    void followingALinkSelectsItsTopic();
    void unknownTopicIsRefused();
    void guidePage_data();
    void guidePage();

    void toolTipNamesTheShortcut_data();
    void toolTipNamesTheShortcut();
    void everyToolbarActionHasATooltip();
};

void tst_Help::init()
{
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
}

void tst_Help::helpMenuComesLast()
{
    MainWindow window;
    HelpMenu *menu = helpMenu(window);
    QCOMPARE(window.menuBar()->actions().constLast()->menu(), menu);
    QVERIFY(menu->guideAction()->shortcuts().contains(QKeySequence(Qt::Key_F1)));
    const QList<QAction *> shown = menu->actions();
    QVERIFY(shown.contains(menu->guideAction()));
    QVERIFY(shown.contains(menu->aboutAction()));
    QVERIFY(shown.contains(menu->aboutQtAction()));
}

void tst_Help::aboutShowsVersionAndLicence()
{
    MainWindow window;
    window.show();
    HelpMenu *menu = helpMenu(window);
    QVERIFY(!menu->aboutDialog());
    menu->aboutAction()->trigger();

    AboutDialog *about = menu->aboutDialog();
    QVERIFY(about);
    QVERIFY(QTest::qWaitForWindowExposed(about));
    const QString text = about->text();
    QVERIFY2(text.contains(u"Version 9.8.7"_s), qPrintable(text));
    QVERIFY2(text.contains(u"MIT License"_s), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    saveShot(about, u"about.png"_s);

    // The full licence only on request, and hidden again.
    QPlainTextEdit *licence = about->licenceView();
    QVERIFY(!licence->isVisible());
    QTest::mouseClick(about->licenceButton(), Qt::LeftButton);
    QVERIFY(licence->isVisible());
    QVERIFY(licence->toPlainText().startsWith(u"MIT License"_s));
    QVERIFY(licence->toPlainText().contains(u"Permission is hereby granted"_s));
    saveShot(about, u"licence.png"_s);
    QTest::mouseClick(about->licenceButton(), Qt::LeftButton);
    QVERIFY(!licence->isVisible());

    QTest::keyClick(about, Qt::Key_Escape);
    QVERIFY(!about->isVisible());
}

void tst_Help::aboutIsShownOnce()
{
    MainWindow window;
    window.show();
    HelpMenu *menu = helpMenu(window);
    menu->aboutAction()->trigger();
    menu->aboutAction()->trigger();
    QCOMPARE(window.findChildren<AboutDialog *>().size(), 1);
    QVERIFY(menu->aboutDialog()->isVisible());
}

void tst_Help::aboutQtShowsQtsOwnBox()
{
    MainWindow window;
    window.show();
    // About Qt is modal: read it and close it from inside its event loop.
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->windowTitle() + u'\n' + box->text();
            box->close();
        }
    });
    helpMenu(window)->aboutQtAction()->trigger();
    QVERIFY2(shown.contains(u"About Qt"_s), qPrintable(shown));
}

void tst_Help::guideOpensWithF1()
{
    MainWindow window;
    window.show();
    // Shortcuts go to the active window; without a window manager (Xvfb)
    // nothing activates it but us.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    HelpMenu *menu = helpMenu(window);
    QVERIFY(!menu->guideDialog());

    QTest::keyClick(&window, Qt::Key_F1);

    GuideDialog *guide = menu->guideDialog();
    QVERIFY(guide);
    QVERIFY(QTest::qWaitForWindowExposed(guide));
    QCOMPARE(guide->topics()->count(), guidePageNames().size());
    QCOMPARE(guide->currentTopic(), u"overview"_s);
    QCOMPARE(guide->topics()->currentRow(), 0);
    const QString text = guide->browser()->toPlainText();
    QVERIFY2(text.contains(u"Welcome to Infralab"_s), qPrintable(text));
    saveShot(guide, u"guide.png"_s);

    // F1 again brings the same guide back rather than a second one.
    guide->close();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    QVERIFY(guide->isVisible());
    QCOMPARE(window.findChildren<GuideDialog *>().size(), 1);
}

void tst_Help::clickingATopicShowsItsPage()
{
    GuideDialog guide;
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    QListWidget *topics = guide.topics();
    for (int row = topics->count() - 1; row >= 0; --row) {
        QListWidgetItem *item = topics->item(row);
        QTest::mouseClick(topics->viewport(), Qt::LeftButton, {}, topics->visualItemRect(item).center());
        QCOMPARE(guide.currentTopic(), guidePageNames().at(row));
        QCOMPARE(guide.browser()->documentTitle(), item->text());
    }
}

void tst_Help::followingALinkSelectsItsTopic()
{
    GuideDialog guide;
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    QTextBrowser *browser = guide.browser();
    const QPoint link = linkPosition(browser, u"critique.html"_s);
    QVERIFY2(!link.isNull(), "the overview has no link to the critique");
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, link);
    QCOMPARE(guide.currentTopic(), u"critique"_s);
    QCOMPARE(guide.topics()->currentRow(), guidePageNames().indexOf(u"critique"_s));
    guide.browser()->backward();
    QCOMPARE(guide.currentTopic(), u"overview"_s);
    QCOMPARE(guide.topics()->currentRow(), 0);
}

void tst_Help::unknownTopicIsRefused()
{
    GuideDialog guide;
    QVERIFY(guide.showTopic(u"designs"_s));
    QVERIFY(!guide.showTopic(u"no-such-topic"_s));
    QCOMPARE(guide.currentTopic(), u"designs"_s);
}

void tst_Help::guidePage_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : guidePageNames())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_Help::guidePage()
{
    QFETCH(QString, name);
    const QString html = pageSource(name);
    QVERIFY2(!html.isEmpty(), "the page is not in the resources");

    GuideDialog guide;
    QVERIFY(guide.showTopic(name));
    QTextBrowser *browser = guide.browser();
    QVERIFY(!browser->documentTitle().isEmpty());
    QVERIFY(browser->toPlainText().size() > 300);

    // Every link leads to a page of the guide, or out to the web.
    static const QRegularExpression href(uR"re(href="([^"]*)")re"_s);
    for (auto match = href.globalMatch(html); match.hasNext();) {
        const QString target = match.next().captured(1);
        if (target.startsWith(u"https://"_s))
            continue;
        const QUrl resolved = browser->source().resolved(QUrl(target));
        QVERIFY2(!guidePageName(resolved).isEmpty(), qPrintable(u"broken link "_s + target));
    }
}

void tst_Help::toolTipNamesTheShortcut_data()
{
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::addColumn<QString>("toolTip");
    const QString ctrlO = QKeySequence(Qt::CTRL | Qt::Key_O).toString(QKeySequence::NativeText);
    QTest::newRow("a shortcut follows in brackets")
        << QKeySequence(Qt::CTRL | Qt::Key_O) << u"Open a design (%1)"_s.arg(ctrlO);
    QTest::newRow("no shortcut, no brackets") << QKeySequence() << u"Open a design"_s;
}

void tst_Help::toolTipNamesTheShortcut()
{
    QFETCH(QKeySequence, shortcut);
    QFETCH(QString, toolTip);
    QAction action(u"&Open…"_s);
    action.setShortcut(shortcut);
    setToolTipWithShortcut(&action, u"Open a design"_s);
    QCOMPARE(action.toolTip(), toolTip);
    QCOMPARE(action.statusTip(), u"Open a design"_s);
}

// Every button on every toolbar, including those added after this test was
// written: a tooltip that says more than the button's text, with its shortcut.
void tst_Help::everyToolbarActionHasATooltip()
{
    MainWindow window;
    window.show();
    const QList<QToolBar *> toolBars = window.findChildren<QToolBar *>();
    QVERIFY(!toolBars.isEmpty());
    int checked = 0;
    for (const QToolBar *toolBar : toolBars) {
        for (QAction *action : toolBar->actions()) {
            if (action->isSeparator())
                continue;
            const QString name = action->text();
            const QString bare = QString(name).remove(u'&').remove(u'…').trimmed();
            QVERIFY2(!action->toolTip().isEmpty(), qPrintable(name));
            QVERIFY2(action->toolTip() != bare, qPrintable(u"%1: tooltip is only its text"_s.arg(name)));
            const QKeySequence shortcut = action->shortcut();
            if (!shortcut.isEmpty()) {
                QVERIFY2(action->toolTip().contains(shortcut.toString(QKeySequence::NativeText)),
                    qPrintable(u"%1: tooltip does not give the shortcut"_s.arg(name)));
            }
            // What the pointer rests on says the same.
            if (QWidget *button = toolBar->widgetForAction(action))
                QCOMPARE(button->toolTip(), action->toolTip());
            ++checked;
        }
    }
    QVERIFY(checked >= 3); // Open, Save, Fit to Window at least
}

QTEST_MAIN(tst_Help)
#include "tst_help.moc"
