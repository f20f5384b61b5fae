// The open design: opening from files and presets, failing without harm,
// and saving so that what is reopened is what was saved.

#include "Document.h"
#include "commands/ChangeNodeCommand.h"

#include "presets/Presets.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace infralab;

namespace {

// An edit the way the window makes them: one command on the undo stack.
void rename(Document &document, const QString &id, const QString &label)
{
    const Node before = *document.topology().node(id);
    Node after = before;
    after.label = label;
    document.undoStack()->push(new ChangeNodeCommand(document.model(), before, after, u"Rename"_s));
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
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

class tst_Document : public QObject
{
    Q_OBJECT

private slots:
    void newDocumentIsUntitledAndEmpty();
    void openingAPresetUsesTheDesignsName();
    void openingAFileUsesTheFileName();
    void failedOpenKeepsTheDocument_data();
    void failedOpenKeepsTheDocument();
    void saveAsThenReopenGivesAnEqualTopology_data();
    void saveAsThenReopenGivesAnEqualTopology();
    void saveWritesTheCurrentModel();
    void saveNeedsAFile();
    void failedSaveAsKeepsTheLocation();
    void withDesignSuffix_data();
    void withDesignSuffix();
    void modifiedFlag();
};

void tst_Document::newDocumentIsUntitledAndEmpty()
{
    Document document;
    QVERIFY(document.topology().nodes().isEmpty());
    QVERIFY(document.filePath().isEmpty());
    QCOMPARE(document.displayName(), u"Untitled"_s);
    QVERIFY(!document.isModified());
}

void tst_Document::openingAPresetUsesTheDesignsName()
{
    Document document;
    QSignalSpy opened(&document, &Document::opened);
    QSignalSpy reset(document.model(), &TopologyModel::modelReset);

    QCOMPARE(document.open(u"preset:distributed"_s), std::nullopt);

    const Topology expected = loadPreset(u"distributed"_s).topology;
    QCOMPARE(document.topology(), expected);
    QCOMPARE(document.displayName(), expected.name);
    QVERIFY(document.filePath().isEmpty());
    QVERIFY(!document.isModified());   // opening is not an edit
    QCOMPARE(opened.size(), 1);
    QCOMPARE(reset.size(), 1);
}

void tst_Document::openingAFileUsesTheFileName()
{
    QTemporaryDir dir;
    Document source;
    QVERIFY(!source.open(u"preset:single-server"_s));
    const QString path = dir.filePath(u"lamp.infralab.json"_s);
    QVERIFY(!source.saveAs(path));

    Document document;
    QSignalSpy location(&document, &Document::locationChanged);
    QCOMPARE(document.open(path), std::nullopt);
    QCOMPARE(document.displayName(), u"lamp.infralab.json"_s);
    QCOMPARE(document.filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(location.size(), 1);
}

void tst_Document::failedOpenKeepsTheDocument_data()
{
    QTest::addColumn<QByteArray>("content");   // empty: no file at all
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("missing file") << QByteArray() << u"missing.infralab.json"_s << 0 << u"missing"_s;
    QTest::newRow("not JSON") << QByteArray("{ nodes: [") << u"garbage.infralab.json"_s << 1 << u"garbage"_s;
    QTest::newRow("link to an unknown node names it and its line")
        << kGhostLink << u"ghost.infralab.json"_s << 9 << u"\"ghost\""_s;
    QTest::newRow("unknown preset") << QByteArray() << u"preset:nope"_s << 0 << u"preset:nope"_s;
}

void tst_Document::failedOpenKeepsTheDocument()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, source);
    QFETCH(int, line);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QString path = source;
    if (!content.isEmpty())
        path = writeFile(dir, source, content);
    else if (!source.startsWith(u"preset:"_s))
        path = dir.filePath(source);

    Document document;
    QVERIFY(!document.open(u"preset:secured-monitored"_s));
    const Topology before = document.topology();
    const QString nameBefore = document.displayName();
    QSignalSpy reset(document.model(), &TopologyModel::modelReset);
    QSignalSpy opened(&document, &Document::opened);

    const std::optional<LoadError> error = document.open(path);

    QVERIFY(error.has_value());
    QCOMPARE(error->line, line);
    QVERIFY2(error->toString().contains(mentions), qPrintable(error->toString()));
    QVERIFY2(!error->toString().contains(u'\n'), "one line");
    QCOMPARE(document.topology(), before);
    QCOMPARE(document.displayName(), nameBefore);
    QVERIFY(document.filePath().isEmpty());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(opened.size(), 0);
}

void tst_Document::saveAsThenReopenGivesAnEqualTopology_data()
{
    QTest::addColumn<QString>("presetName");
    for (const PresetInfo &info : builtinPresets())
        QTest::newRow(qPrintable(info.name)) << info.name;
}

void tst_Document::saveAsThenReopenGivesAnEqualTopology()
{
    QFETCH(QString, presetName);
    QTemporaryDir dir;
    Document document;
    QVERIFY(!document.open(u"preset:"_s + presetName));

    QCOMPARE(document.saveAs(dir.filePath(u"design"_s)), std::nullopt);

    const QString saved = dir.filePath(u"design.infralab.json"_s);
    QCOMPARE(document.filePath(), saved);
    QCOMPARE(document.displayName(), u"design.infralab.json"_s);
    Document reopened;
    QCOMPARE(reopened.open(saved), std::nullopt);
    QCOMPARE(reopened.topology(), document.topology());
}

void tst_Document::saveWritesTheCurrentModel()
{
    QTemporaryDir dir;
    Document document;
    QVERIFY(!document.open(u"preset:single-server"_s));
    QVERIFY(!document.saveAs(dir.filePath(u"lamp.infralab.json"_s)));
    rename(document, u"web"_s, u"Nginx"_s);
    QVERIFY(document.isModified());

    QCOMPARE(document.save(), std::nullopt);

    QVERIFY(!document.isModified());
    Document reopened;
    QVERIFY(!reopened.open(document.filePath()));
    QCOMPARE(reopened.topology().node(u"web"_s)->label, u"Nginx"_s);
}

void tst_Document::saveNeedsAFile()
{
    Document document;
    QVERIFY(!document.open(u"preset:single-server"_s));
    const std::optional<QString> error = document.save();
    QVERIFY(error.has_value());
    QVERIFY(error->contains(u"Save As"_s));
}

void tst_Document::failedSaveAsKeepsTheLocation()
{
    QTemporaryDir dir;
    Document document;
    QVERIFY(!document.open(u"preset:single-server"_s));
    const QString name = document.displayName();
    rename(document, u"web"_s, u"Nginx"_s);

    const auto error = document.saveAs(dir.filePath(u"no/such/folder/design.infralab.json"_s));

    QVERIFY(error.has_value());
    QVERIFY(!error->isEmpty());
    QVERIFY(document.filePath().isEmpty());
    QCOMPARE(document.displayName(), name);
    QVERIFY(document.isModified());
}

void tst_Document::withDesignSuffix_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("saved");
    QTest::newRow("no suffix gets one") << u"/tmp/design"_s << u"/tmp/design.infralab.json"_s;
    QTest::newRow("the full suffix stays") << u"/tmp/design.infralab.json"_s << u"/tmp/design.infralab.json"_s;
    QTest::newRow("another suffix is the user's choice") << u"/tmp/notes.json"_s << u"/tmp/notes.json"_s;
    QTest::newRow("a dot in a folder name is no suffix") << u"/tmp/v1.2/design"_s << u"/tmp/v1.2/design.infralab.json"_s;
}

void tst_Document::withDesignSuffix()
{
    QFETCH(QString, typed);
    QFETCH(QString, saved);
    QCOMPARE(Document::withDesignSuffix(typed), saved);
}

void tst_Document::modifiedFlag()
{
    Document document;
    QVERIFY(!document.open(u"preset:single-server"_s));
    QSignalSpy spy(&document, &Document::modifiedChanged);
    rename(document, u"web"_s, u"Nginx"_s);
    rename(document, u"web"_s, u"Apache"_s);
    QCOMPARE(spy.size(), 1);
    QVERIFY(document.isModified());

    // Undoing back to the opened state is unmodified again; redoing is not.
    document.undoStack()->undo();
    QVERIFY(document.isModified());
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    document.undoStack()->redo();
    QVERIFY(document.isModified());
    QCOMPARE(spy.size(), 3);

    // Opening another design starts a fresh history.
    QVERIFY(!document.open(u"preset:distributed"_s));
    QVERIFY(!document.isModified());
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(spy.size(), 4);
}

QTEST_MAIN(tst_Document)
#include "tst_document.moc"
