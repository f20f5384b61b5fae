// The window as a user meets it: opening designs (and failing to, without a
// blocking dialog), its title, its menus and its status bar.

#include "Document.h"
#include "MainWindow.h"
#include "canvas/CanvasView.h"
#include "commands/ChangeNodeCommand.h"
#include "canvas/TopologyScene.h"

#include "io/TopologyWriter.h"
#include "presets/Presets.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

#include "i18n/Translations.h"

using namespace Qt::StringLiterals;
using namespace infralab;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QList<QMessageBox *> visibleMessages(const MainWindow &window)
{
    QList<QMessageBox *> shown;
    for (QMessageBox *box : window.findChildren<QMessageBox *>()) {
        if (box->isVisible())
            shown.append(box);
    }
    return shown;
}

QString summaryText(const MainWindow &window)
{
    const auto *label = window.findChild<QLabel *>(u"designSummary"_s);
    return label ? label->text() : QString();
}

const QByteArray kGhostLink = R"({
  "format": "infralab-topology",
  "version": 1,
  "name": "Broken",
  "nodes": [
    {"id": "user", "kind": "client", "label": "Browser", "x": 0, "y": 0}
  ],
  "links": [
    {"from": "user", "to": "ghost"}
  ]
})";

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openingABadFileKeepsTheDesignAndSaysWhy();
    void aNewErrorReplacesTheOneShowing();
    void openingAFileTitlesTheWindowWithItsName();
    void openingAPresetTitlesTheWindowWithTheDesignsName();
    void modifiedMarkerFollowsTheDocument();
    void openingFitsTheDesignInTheWindow();
    void statusBarCountsTheDesign();
    void presetsMenuListsTheBuiltinPresets();
    void actionsUseTheStandardShortcuts();
};

void tst_MainWindow::initTestCase()
{
    Translations::install(Language::English);   // its plural forms: "1 server", "3 servers"
}

void tst_MainWindow::openingABadFileKeepsTheDesignAndSaysWhy()
{
    QTemporaryDir dir;
    const QString bad = writeFile(dir, u"ghost.infralab.json"_s, kGhostLink);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSource(u"preset:secured-monitored"_s));
    const Topology before = window.document()->topology();
    const QString title = window.windowTitle();
    const qsizetype items = window.scene()->items().size();

    // Returns at once: the message is window-modal, not a blocking exec().
    QVERIFY(!window.openSource(bad));

    QCOMPARE(window.document()->topology(), before);
    QCOMPARE(window.windowTitle(), title);
    QCOMPARE(window.scene()->items().size(), items);
    const QList<QMessageBox *> messages = visibleMessages(window);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first()->text(), bad + u": line 9: link to unknown node \"ghost\""_s);
    QCOMPARE(messages.first()->windowModality(), Qt::WindowModal);
    messages.first()->accept();
    QTRY_VERIFY(visibleMessages(window).isEmpty());
}

void tst_MainWindow::aNewErrorReplacesTheOneShowing()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.openSource(u"preset:first-missing"_s));
    QVERIFY(!window.openSource(u"preset:second-missing"_s));

    const QList<QMessageBox *> messages = visibleMessages(window);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first()->text().startsWith(u"preset:second-missing: "_s));
}

void tst_MainWindow::openingAFileTitlesTheWindowWithItsName()
{
    QTemporaryDir dir;
    const Topology topology = loadPreset(u"distributed"_s).topology;
    const QString path = dir.filePath(u"my-design.infralab.json"_s);
    QCOMPARE(TopologyWriter::writeFile(topology, path), std::nullopt);
    MainWindow window;

    QVERIFY(window.openSource(path));

    QCOMPARE(window.windowTitle(), u"my-design.infralab.json[*] \u2014 Infralab"_s);
    QCOMPARE(window.windowFilePath(), path);
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.document()->topology(), topology);
    QVERIFY(visibleMessages(window).isEmpty());
}

void tst_MainWindow::openingAPresetTitlesTheWindowWithTheDesignsName()
{
    MainWindow window;
    QVERIFY(window.openSource(u"preset:single-server"_s));
    QCOMPARE(window.windowTitle(), u"Single server web infrastructure[*] \u2014 Infralab"_s);
    QVERIFY(window.windowFilePath().isEmpty());
    QVERIFY(!window.windowIcon().isNull());
}

void tst_MainWindow::modifiedMarkerFollowsTheDocument()
{
    MainWindow window;
    QVERIFY(window.openSource(u"preset:single-server"_s));
    Document *document = window.document();
    Node web = *document->topology().node(u"web"_s);
    const Node before = web;
    web.label = u"Nginx"_s;
    document->undoStack()->push(new ChangeNodeCommand(document->model(), before, web, u"Rename"_s));
    QVERIFY(window.isWindowModified());
    document->undoStack()->undo();
    QVERIFY(!window.isWindowModified());
}

void tst_MainWindow::openingFitsTheDesignInTheWindow()
{
    MainWindow window;
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CanvasView *view = window.canvasView();
    view->setZoom(5.0, QPointF(0, 0));

    QVERIFY(window.openSource(u"preset:secured-monitored"_s));

    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(window.scene()->itemsBoundingRect()));
}

void tst_MainWindow::statusBarCountsTheDesign()
{
    MainWindow window;
    QVERIFY(window.openSource(u"preset:secured-monitored"_s));
    QCOMPARE(summaryText(window), u"19 components, 3 servers, 19 links"_s);

    window.document()->model()->removeNode(u"fw3"_s);
    QCOMPARE(summaryText(window), u"18 components, 3 servers, 13 links"_s);

    QVERIFY(window.openSource(u"preset:single-server"_s));
    QCOMPARE(summaryText(window), u"5 components, 1 server, 4 links"_s);
}

void tst_MainWindow::presetsMenuListsTheBuiltinPresets()
{
    MainWindow window;
    const auto *menu = window.findChild<QMenu *>(u"presetsMenu"_s);
    QVERIFY(menu);
    const QList<PresetInfo> presets = builtinPresets();
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), presets.size());
    for (qsizetype i = 0; i < presets.size(); ++i) {
        QCOMPARE(actions[i]->text(), presets[i].title);
        QCOMPARE(actions[i]->toolTip(), presets[i].description);
    }

    actions.last()->trigger();

    QCOMPARE(window.document()->displayName(), presets.last().title);
    QCOMPARE(window.document()->topology(), loadPreset(presets.last().name).topology);
}

void tst_MainWindow::actionsUseTheStandardShortcuts()
{
    MainWindow window;
    const auto shortcut = [&window](const char *name) {
        const auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
        return action ? action->shortcut() : QKeySequence();
    };
    QCOMPARE(shortcut("openAction"), QKeySequence(QKeySequence::Open));
    QCOMPARE(shortcut("saveAction"), QKeySequence(QKeySequence::Save));
    QCOMPARE(shortcut("saveAsAction"), QKeySequence(QKeySequence::SaveAs));
    QCOMPARE(shortcut("quitAction"), QKeySequence(QKeySequence::Quit));
    QCOMPARE(shortcut("zoomInAction"), QKeySequence(QKeySequence::ZoomIn));
    QCOMPARE(shortcut("zoomOutAction"), QKeySequence(QKeySequence::ZoomOut));
    QCOMPARE(shortcut("fitAction"), QKeySequence(u"Ctrl+9"_s));
    QCOMPARE(shortcut("actualSizeAction"), QKeySequence(u"Ctrl+0"_s));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
