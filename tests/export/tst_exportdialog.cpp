// File > Export as a user meets it: the dialog's choices driven with the
// mouse and keyboard, "selection only" offered only with a selection, the
// choices remembered, the export written from the window, and an exported
// picture reopened without Save writing over it.

#include "Document.h"
#include "ExportedDesigns.h"
#include "MainWindow.h"
#include "export/DiagramExporter.h"
#include "export/ExportAction.h"
#include "export/ExportDialog.h"
#include "export/ExportSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace infralab;
using namespace infralab::test;

namespace {

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selectionOnlyNeedsASelection_data();
    void selectionOnlyNeedsASelection();
    void choicesMadeWithMouseAndKeyboard();
    void choicesAreRemembered();
    void exportFromTheWindow();
    void failedExportSaysWhy();
    void reopenedPictureIsNotSavedOver_data();
    void reopenedPictureIsNotSavedOver();

private:
    QTemporaryDir m_dir;
};

void TestExportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The user's own settings stay untouched.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"InfralabTests"_s);
    QCoreApplication::setApplicationName(u"tst_exportdialog"_s);
}

void TestExportDialog::selectionOnlyNeedsASelection_data()
{
    QTest::addColumn<QStringList>("selected");
    QTest::newRow("nothing selected: not offered") << QStringList();
    QTest::newRow("a server selected: offered") << QStringList {u"s1"_s};
}

void TestExportDialog::selectionOnlyNeedsASelection()
{
    QFETCH(QStringList, selected);

    Canvas canvas(preset(defaultPresetName()));
    canvas.select(selected);
    const DiagramExporter exporter(&canvas.scene);
    ExportDialog dialog(exporter, !canvas.scene.selectedItems().isEmpty());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *selectionOnly = child<QCheckBox>(&dialog, u"selectionOnly"_s);
    auto *size = child<QLabel>(&dialog, u"outputSize"_s);
    QCOMPARE(selectionOnly->isEnabled(), !selected.isEmpty());

    const QString wholeSize = size->text();
    QTest::mouseClick(selectionOnly, Qt::LeftButton, {}, QPoint(8, selectionOnly->height() / 2));
    QCOMPARE(dialog.options().selectionOnly, !selected.isEmpty());
    // The size shown is the selection's, smaller than the whole diagram's.
    QCOMPARE(size->text() != wholeSize, !selected.isEmpty());
}

void TestExportDialog::choicesMadeWithMouseAndKeyboard()
{
    Canvas canvas(preset(defaultPresetName()));
    const DiagramExporter exporter(&canvas.scene);
    ExportDialog dialog(exporter, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *format = child<QComboBox>(&dialog, u"format"_s);
    format->setFocus();
    QTest::keyClick(format, Qt::Key_Down); // PNG -> SVG
    QCOMPARE(dialog.options().format, ExportFormat::Svg);
    QTest::keyClick(format, Qt::Key_Down); // SVG -> PDF
    QCOMPARE(dialog.options().format, ExportFormat::Pdf);
    QVERIFY(child<QLabel>(&dialog, u"formatNote"_s)->text().contains(u"PNG or SVG"_s));
    QTest::keyClick(format, Qt::Key_Up);
    QTest::keyClick(format, Qt::Key_Up);
    QCOMPARE(dialog.options().format, ExportFormat::Png);
    QVERIFY(child<QLabel>(&dialog, u"formatNote"_s)->text().contains(u"open it in Infralab"_s));

    auto *scale = child<QDoubleSpinBox>(&dialog, u"scale"_s);
    scale->setFocus();
    scale->selectAll();
    QTest::keyClicks(scale, u"2"_s);
    QTest::keyClick(scale, Qt::Key_Tab);
    QCOMPARE(dialog.options().scale, 2.0);
    auto *margin = child<QSpinBox>(&dialog, u"margin"_s);
    margin->setFocus();
    margin->selectAll();
    QTest::keyClicks(margin, u"0"_s);
    QTest::keyClick(margin, Qt::Key_Tab);
    QCOMPARE(dialog.options().margin, 0.0);

    auto *transparent = child<QRadioButton>(&dialog, u"transparentBackground"_s);
    QTest::mouseClick(transparent, Qt::LeftButton, {}, QPoint(8, transparent->height() / 2));
    QCOMPARE(dialog.options().background, ExportBackground::Transparent);

    // The size shown is the PNG's, in pixels at twice the scene's size.
    const QSize pixels = exporter.outputSize(dialog.options());
    QCOMPARE(child<QLabel>(&dialog, u"outputSize"_s)->text(),
        u"%1 \u00d7 %2 pixels"_s.arg(pixels.width()).arg(pixels.height()));
    ExportOptions one = dialog.options();
    one.scale = 1;
    QCOMPARE(pixels, exporter.outputSize(one) * 2);
}

void TestExportDialog::choicesAreRemembered()
{
    MainWindow window;
    QVERIFY(window.openSource(u"preset:distributed"_s));
    auto *action = window.findChild<ExportAction *>(u"exportAction"_s);
    QVERIFY(action);
    ExportOptions options;
    options.format = ExportFormat::Svg;
    options.scale = 3;
    options.margin = 40;
    options.background = ExportBackground::Transparent;
    QVERIFY(action->exportTo(m_dir.filePath(u"remembered.svg"_s), options));

    QCOMPARE(ExportSettings::options(), options);
    QCOMPARE(ExportSettings::directory(), m_dir.path());
    const DiagramExporter exporter(window.scene());
    ExportDialog dialog(exporter, false);
    dialog.setOptions(ExportSettings::options());
    QCOMPARE(child<QComboBox>(&dialog, u"format"_s)->currentText(), u"SVG drawing"_s);
    QCOMPARE(child<QDoubleSpinBox>(&dialog, u"scale"_s)->value(), 3.0);
    QCOMPARE(child<QSpinBox>(&dialog, u"margin"_s)->value(), 40);
    QVERIFY(child<QRadioButton>(&dialog, u"transparentBackground"_s)->isChecked());
    QCOMPARE(action->suggestedPath(ExportFormat::Png), m_dir.filePath(u"Distributed web infrastructure.png"_s));
}

void TestExportDialog::exportFromTheWindow()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSource(u"preset:secured-monitored"_s));
    // In the File menu, with a shortcut.
    auto *action = window.findChild<ExportAction *>(u"exportAction"_s);
    QVERIFY(action);
    QVERIFY(window.menuBar()->actions().constFirst()->menu()->actions().contains(action));
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+E"_s));

    // A bare name gets the chosen format's suffix.
    ExportOptions options;
    options.scale = 2;
    QVERIFY(action->exportTo(m_dir.filePath(u"from-window"_s), options));
    const QString path = m_dir.filePath(u"from-window.png"_s);
    QCOMPARE(QImage(path).size(), DiagramExporter(window.scene()).outputSize(options));
    QVERIFY(window.statusBar()->currentMessage().startsWith(u"Exported to from-window.png"_s));
    QCOMPARE(loadSource(path).topology, window.document()->topology());
}

void TestExportDialog::failedExportSaysWhy()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSource(u"preset:single-server"_s));
    auto *action = window.findChild<ExportAction *>(u"exportAction"_s);
    QVERIFY(!action->exportTo(m_dir.filePath(u"no/such/folder/x.svg"_s), ExportOptions()));
    auto *box = window.findChild<QMessageBox *>(u"exportError"_s);
    QVERIFY(box);
    QVERIFY2(box->text().startsWith(u"x.svg: cannot be written"_s), qPrintable(box->text()));
    box->close();
}

void TestExportDialog::reopenedPictureIsNotSavedOver_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("PNG") << u"picture.png"_s;
    QTest::newRow("SVG") << u"picture.svg"_s;
}

void TestExportDialog::reopenedPictureIsNotSavedOver()
{
    QFETCH(QString, fileName);

    const QString path = m_dir.filePath(fileName);
    {
        Canvas canvas(preset(u"three-server-nginx-lb"_s));
        ExportOptions options;
        options.format = *ExportFormats::forPath(path);
        QVERIFY(!DiagramExporter(&canvas.scene).write(path, options));
    }
    QFile picture(path);
    QVERIFY(picture.open(QIODevice::ReadOnly));
    const QByteArray bytes = picture.readAll();
    picture.close();

    MainWindow window;
    QVERIFY(window.openSource(path));
    QCOMPARE(window.document()->topology(), preset(u"three-server-nginx-lb"_s));
    QCOMPARE(window.document()->displayName(), fileName);
    // Save asks for a design file instead of writing JSON into the picture.
    QVERIFY(window.document()->filePath().isEmpty());
    QVERIFY(window.document()->save().has_value());
    QVERIFY(picture.open(QIODevice::ReadOnly));
    QCOMPARE(picture.readAll(), bytes);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
