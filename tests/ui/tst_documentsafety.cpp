// Keeping a user's work safe: the unsaved-changes prompt before closing or
// replacing a design, New, the recent files list, the autosave and the
// recovery it makes possible after a crash, and the window layout that
// comes back on the next start. Settings and app data live in a temporary
// folder, never the user's.

#include "Document.h"
#include "MainWindow.h"
#include "commands/ChangeNodeCommand.h"
#include "document/Autosave.h"
#include "document/FileActions.h"
#include "document/RecentFiles.h"
#include "inspector/InspectorDock.h"
#include "panels/FindingsDock.h"

#include "io/TopologyReader.h"
#include "io/TopologyWriter.h"
#include "presets/Presets.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace infralab;

namespace {

// Answers the next modal message box by clicking one of its buttons, found
// by role or by objectName, once it shows up. Records what the box said.
class PromptAnswer : public QObject
{
public:
    explicit PromptAnswer(QMessageBox::StandardButton button) : m_standard(button) { start(); }
    explicit PromptAnswer(const QString &buttonName) : m_name(buttonName) { start(); }

    bool seen() const { return !m_text.isEmpty(); }
    QString text() const { return m_text; }
    QString boxName() const { return m_boxName; }

private:
    void start()
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &PromptAnswer::tryAnswer);
        m_timer.start();
    }

    void tryAnswer()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        QAbstractButton *button =
            m_name.isEmpty() ? box->button(m_standard) : box->findChild<QAbstractButton *>(m_name);
        if (!button)
            return;
        m_timer.stop();
        m_text = box->text();
        m_boxName = box->objectName();
        QTest::mouseClick(button, Qt::LeftButton);
    }

    QMessageBox::StandardButton m_standard = QMessageBox::NoButton;
    QString m_name;
    QTimer m_timer;
    QString m_text;
    QString m_boxName;
};

void rename(Document &document, const QString &id, const QString &label)
{
    const Node before = *document.topology().node(id);
    Node after = before;
    after.label = label;
    document.undoStack()->push(new ChangeNodeCommand(document.model(), before, after, u"Rename"_s));
}

std::unique_ptr<MainWindow> shownWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("the window is not shown");
    return window;
}

} // namespace

class tst_DocumentSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void closingUnmodifiedAsksNothing();
    void closePromptSaveWritesTheFile();
    void closePromptDiscardLeavesTheFile();
    void closePromptCancelKeepsTheWindow();
    void newAsksFirstThenStartsEmpty();
    void presetAsksBeforeReplacingChanges();
    void recentFilesNewestFirstAndCapped();
    void recentMenuOpensAndForgetsMissingFiles();
    void autosaveWritesAfterTheInterval();
    void autosaveGoesAwayOnSave();
    void recoveryIsOfferedAfterACrash();
    void recoveryCanBeDeclined();
    void aRunningSessionIsNoOrphan();
    void layoutIsRestoredOnTheNextStart();

private:
    QTemporaryDir m_home;
    QTemporaryDir m_files;
};

void tst_DocumentSafety::initTestCase()
{
    QVERIFY(m_home.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"InfralabTests"_s);
    QCoreApplication::setApplicationName(u"tst_documentsafety"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
    QVERIFY(!QSettings().fileName().startsWith(QDir::homePath() + u"/.config"_s));
    QVERIFY(Autosave::directory().contains(u"qttest"_s));
}

void tst_DocumentSafety::init()
{
    QSettings().clear();
    QDir(Autosave::directory()).removeRecursively();
}

void tst_DocumentSafety::closingUnmodifiedAsksNothing()
{
    auto window = shownWindow();
    QVERIFY(window->openSource(u"preset:single-server"_s));
    QVERIFY(window->close());
    QVERIFY(!window->isVisible());
}

void tst_DocumentSafety::closePromptSaveWritesTheFile()
{
    auto window = shownWindow();
    QVERIFY(window->openSource(u"preset:single-server"_s));
    const QString path = m_files.filePath(u"lamp.infralab.json"_s);
    QVERIFY(!window->document()->saveAs(path));
    rename(*window->document(), u"web"_s, u"Nginx"_s);
    QVERIFY(window->isWindowModified());

    PromptAnswer answer(QMessageBox::Save);
    QVERIFY(window->close());

    QVERIFY(answer.seen());
    QCOMPARE(answer.boxName(), u"unsavedChangesPrompt"_s);
    QVERIFY(answer.text().contains(u"lamp.infralab.json"_s));
    QVERIFY(!window->isVisible());
    QCOMPARE(TopologyReader::readFile(path).topology.node(u"web"_s)->label, u"Nginx"_s);
}

void tst_DocumentSafety::closePromptDiscardLeavesTheFile()
{
    auto window = shownWindow();
    QVERIFY(window->openSource(u"preset:single-server"_s));
    const QString path = m_files.filePath(u"discard.infralab.json"_s);
    QVERIFY(!window->document()->saveAs(path));
    const Topology saved = window->document()->topology();
    rename(*window->document(), u"web"_s, u"Nginx"_s);

    PromptAnswer answer(QMessageBox::Discard);
    QVERIFY(window->close());

    QVERIFY(answer.seen());
    QVERIFY(!window->isVisible());
    QCOMPARE(TopologyReader::readFile(path).topology, saved);
}

void tst_DocumentSafety::closePromptCancelKeepsTheWindow()
{
    auto window = shownWindow();
    QVERIFY(window->openSource(u"preset:single-server"_s));
    rename(*window->document(), u"web"_s, u"Nginx"_s);

    PromptAnswer answer(QMessageBox::Cancel);
    QVERIFY(!window->close());

    QVERIFY(answer.seen());
    QVERIFY(window->isVisible());
    QVERIFY(window->document()->isModified());
    QCOMPARE(window->document()->topology().node(u"web"_s)->label, u"Nginx"_s);
}

void tst_DocumentSafety::newAsksFirstThenStartsEmpty()
{
    auto window = shownWindow();
    QVERIFY(window->openSource(u"preset:distributed"_s));
    rename(*window->document(), u"lb"_s, u"Edge"_s);
    QAction *newAction = window->findChild<QAction *>(u"newAction"_s);
    QVERIFY(newAction);
    QCOMPARE(newAction->shortcut(), QKeySequence(QKeySequence::New));

    {
        PromptAnswer answer(QMessageBox::Cancel);
        newAction->trigger();
        QVERIFY(answer.seen());
        QCOMPARE(window->document()->topology().node(u"lb"_s)->label, u"Edge"_s);
    }
    {
        PromptAnswer answer(QMessageBox::Discard);
        newAction->trigger();
        QVERIFY(answer.seen());
    }
    QVERIFY(window->document()->topology().nodes().isEmpty());
    QVERIFY(!window->document()->isModified());
    QVERIFY(window->document()->filePath().isEmpty());
    QCOMPARE(window->windowTitle(), u"Untitled[*] \u2014 Infralab"_s);
    QCOMPARE(window->document()->undoStack()->count(), 0);
}

void tst_DocumentSafety::presetAsksBeforeReplacingChanges()
{
    auto window = shownWindow();
    QVERIFY(window->openSource(u"preset:distributed"_s));
    rename(*window->document(), u"lb"_s, u"Edge"_s);
    QMenu *presets = window->findChild<QMenu *>(u"presetsMenu"_s);

    PromptAnswer answer(QMessageBox::Cancel);
    presets->actions().first()->trigger();

    QVERIFY(answer.seen());
    QCOMPARE(window->document()->topology().node(u"lb"_s)->label, u"Edge"_s);
}

void tst_DocumentSafety::recentFilesNewestFirstAndCapped()
{
    RecentFiles recent;
    QStringList added;
    for (int i = 0; i < 12; ++i) {
        const QString path = m_files.filePath(u"design-%1.infralab.json"_s.arg(i));
        recent.add(path);
        added.prepend(path);
    }
    QCOMPARE(recent.paths().size(), RecentFiles::kMaxCount);
    QCOMPARE(recent.paths(), added.mid(0, RecentFiles::kMaxCount));

    // Opening one again brings it to the top without a duplicate.
    recent.add(added.at(5));
    QCOMPARE(recent.paths().first(), added.at(5));
    QCOMPARE(recent.paths().count(added.at(5)), 1);
    QCOMPARE(recent.paths().size(), RecentFiles::kMaxCount);

    // Another object (another window, the next start) reads the same list.
    QCOMPARE(RecentFiles().paths(), recent.paths());
    recent.clear();
    QVERIFY(RecentFiles().paths().isEmpty());
}

void tst_DocumentSafety::recentMenuOpensAndForgetsMissingFiles()
{
    const QString first = m_files.filePath(u"first.infralab.json"_s);
    const QString second = m_files.filePath(u"second.infralab.json"_s);
    QVERIFY(!TopologyWriter::writeFile(loadPreset(u"single-server"_s).topology, first));
    QVERIFY(!TopologyWriter::writeFile(loadPreset(u"distributed"_s).topology, second));

    auto window = shownWindow();
    QVERIFY(window->openSource(first));
    QVERIFY(window->openSource(second));
    QMenu *menu = window->findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(menu);
    QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.at(0)->text(), u"&1 second.infralab.json"_s);
    QCOMPARE(actions.at(1)->text(), u"&2 first.infralab.json"_s);

    actions.at(1)->trigger();
    QCOMPARE(window->document()->filePath(), first);
    QCOMPARE(menu->actions().at(0)->data().toString(), first);

    // A file deleted since is refused with the usual message, and forgotten.
    QVERIFY(QFile::remove(second));
    menu->actions().at(1)->trigger();
    QCOMPARE(window->document()->filePath(), first);
    QCOMPARE(window->fileActions()->recentFiles()->paths(), QStringList{first});

    QAction *clear = menu->actions().last();
    QCOMPARE(clear->objectName(), u"clearRecentAction"_s);
    QVERIFY(clear->isEnabled());
    clear->trigger();
    QVERIFY(window->fileActions()->recentFiles()->paths().isEmpty());
    QCOMPARE(menu->actions().size(), 1);
    QVERIFY(!menu->actions().last()->isEnabled());
}

void tst_DocumentSafety::autosaveWritesAfterTheInterval()
{
    auto window = shownWindow();
    QVERIFY(window->openSource(u"preset:secured-monitored"_s));
    Autosave *autosave = window->fileActions()->autosave();
    QCOMPARE(autosave->interval(), Autosave::kDefaultIntervalMs);
    autosave->setInterval(50);

    // Nothing to keep safe while the design is as opened.
    QTest::qWait(200);
    QVERIFY(!QFile::exists(autosave->designPath()));

    rename(*window->document(), u"lb"_s, u"Edge"_s);
    QTRY_VERIFY(QFile::exists(autosave->designPath()));
    QCOMPARE(TopologyReader::readFile(autosave->designPath()).topology, window->document()->topology());

    // Undoing back to the opened state leaves nothing to recover.
    window->document()->undoStack()->undo();
    QVERIFY(!QFile::exists(autosave->designPath()));
    window->document()->undoStack()->redo();
    QTRY_VERIFY(QFile::exists(autosave->designPath()));
    PromptAnswer answer(QMessageBox::Discard);
    QVERIFY(window->close());
    QVERIFY(!QFile::exists(autosave->designPath()));
}

void tst_DocumentSafety::autosaveGoesAwayOnSave()
{
    auto window = shownWindow();
    QVERIFY(window->openSource(u"preset:single-server"_s));
    QVERIFY(!window->document()->saveAs(m_files.filePath(u"saved.infralab.json"_s)));
    Autosave *autosave = window->fileActions()->autosave();
    autosave->setInterval(50);
    rename(*window->document(), u"web"_s, u"Nginx"_s);
    QTRY_VERIFY(QFile::exists(autosave->designPath()));

    QVERIFY(window->save());

    QVERIFY(!QFile::exists(autosave->designPath()));
    QVERIFY(Autosave::orphans().isEmpty());
}

void tst_DocumentSafety::recoveryIsOfferedAfterACrash()
{
    const QString original = m_files.filePath(u"crashed.infralab.json"_s);
    Topology edited;
    {
        auto crashing = shownWindow();
        QVERIFY(crashing->openSource(u"preset:distributed"_s));
        QVERIFY(!crashing->document()->saveAs(original));
        rename(*crashing->document(), u"lb"_s, u"Unsaved edge"_s);
        edited = crashing->document()->topology();
        QVERIFY(!crashing->fileActions()->autosave()->writeIfNeeded());
        // Gone without closing: no prompt, no cleanup, as in a crash.
    }
    QCOMPARE(Autosave::orphans().size(), 1);

    auto window = shownWindow();
    PromptAnswer answer(u"recoverButton"_s);
    QVERIFY(window->fileActions()->offerRecovery());

    QVERIFY(answer.seen());
    QCOMPARE(answer.boxName(), u"recoveryPrompt"_s);
    QVERIFY(answer.text().contains(u"crashed.infralab.json"_s));
    QCOMPARE(window->document()->topology(), edited);
    QVERIFY(window->document()->isModified());
    QVERIFY(window->isWindowModified());
    QCOMPARE(window->document()->filePath(), original);
    QVERIFY(Autosave::orphans().isEmpty());

    // Saving puts the recovered changes where they belong.
    QVERIFY(window->save());
    QCOMPARE(TopologyReader::readFile(original).topology.node(u"lb"_s)->label, u"Unsaved edge"_s);
}

void tst_DocumentSafety::recoveryCanBeDeclined()
{
    {
        auto crashing = shownWindow();
        QVERIFY(crashing->openSource(u"preset:distributed"_s));
        rename(*crashing->document(), u"lb"_s, u"Lost"_s);
        QVERIFY(!crashing->fileActions()->autosave()->writeIfNeeded());
    }
    auto window = shownWindow();
    QVERIFY(window->openSource(u"preset:single-server"_s));
    const Topology before = window->document()->topology();

    PromptAnswer answer(u"discardButton"_s);
    QVERIFY(!window->fileActions()->offerRecovery());

    QVERIFY(answer.seen());
    QCOMPARE(window->document()->topology(), before);
    QVERIFY(Autosave::orphans().isEmpty());
    QVERIFY(!window->fileActions()->offerRecovery());   // asked once only
}

void tst_DocumentSafety::aRunningSessionIsNoOrphan()
{
    auto running = shownWindow();
    QVERIFY(running->openSource(u"preset:distributed"_s));
    rename(*running->document(), u"lb"_s, u"Busy"_s);
    QVERIFY(!running->fileActions()->autosave()->writeIfNeeded());
    QVERIFY(QFile::exists(running->fileActions()->autosave()->designPath()));

    // A second window of the same app must not take it over.
    QVERIFY(Autosave::orphans().isEmpty());
}

void tst_DocumentSafety::layoutIsRestoredOnTheNextStart()
{
    {
        auto window = shownWindow();
        window->resize(1111, 777);
        window->findingsDock()->hide();
        window->removeDockWidget(window->inspectorDock());
        window->addDockWidget(Qt::LeftDockWidgetArea, window->inspectorDock());
        window->inspectorDock()->show();
        QVERIFY(window->close());
    }
    auto window = shownWindow();
    QCOMPARE(window->size(), QSize(1111, 777));
    QVERIFY(window->findingsDock()->isHidden());
    QCOMPARE(window->dockWidgetArea(window->inspectorDock()), Qt::LeftDockWidgetArea);
    QVERIFY(window->inspectorDock()->isVisible());
}

QTEST_MAIN(tst_DocumentSafety)
#include "tst_documentsafety.moc"
