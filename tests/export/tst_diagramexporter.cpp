// The exporter as a report's author meets it: SVG whose labels are real,
// escaped text; PNG whose pixels follow the scale; both reopening as the
// design they show; the selection alone; the scene as it looks; and failures
// that leave no file behind.

#include "ExportedDesigns.h"
#include "ParsedSvg.h"
#include "export/DiagramExporter.h"
#include "export/ExportContent.h"
#include "i18n/Translations.h"
#include "io/EmbeddedDesign.h"
#include "io/TopologyReader.h"
#include "io/TopologyWriter.h"

#include <QApplication>
#include <QFile>
#include <QGraphicsEllipseItem>
#include <QImage>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace infralab;
using namespace infralab::test;

namespace {

ExportOptions optionsFor(ExportFormat format, qreal scale = 1)
{
    ExportOptions options;
    options.format = format;
    options.scale = scale;
    return options;
}

QImage renderPng(TopologyScene *scene, ExportOptions options)
{
    options.format = ExportFormat::Png;
    const DiagramExporter::Rendered rendered = DiagramExporter(scene).render(options);
    return QImage::fromData(rendered.bytes, "png");
}

} // namespace

class TestDiagramExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void svgLabelsAreEscapedText_data();
    void svgLabelsAreEscapedText();
    void pngFollowsTheScale_data();
    void pngFollowsTheScale();
    void reopensAsTheDesign_data();
    void reopensAsTheDesign();
    void selectionOnly();
    void background_data();
    void background();
    void drawsTheSceneAsItLooks();
    void darkWindowsExportLight();
    void failuresLeaveNoFile_data();
    void failuresLeaveNoFile();

private:
    QTemporaryDir m_dir;
};

void TestDiagramExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Translations::install(Language::English);   // its plural forms: "1 component", "19 components"
}

void TestDiagramExporter::svgLabelsAreEscapedText_data()
{
    QTest::addColumn<Topology>("design");
    QTest::addColumn<bool>("everyLabelWhole");

    for (const PresetInfo &info : builtinPresets())
        QTest::newRow(qPrintable(u"preset "_s + info.name)) << preset(info.name) << false;
    QTest::newRow("labels with markup, quotes and accents") << markupDesign() << true;
}

void TestDiagramExporter::svgLabelsAreEscapedText()
{
    QFETCH(Topology, design);
    QFETCH(bool, everyLabelWhole);

    Canvas canvas(design);
    const ExportOptions options = optionsFor(ExportFormat::Svg, 1.5);
    const DiagramExporter::Rendered rendered = DiagramExporter(&canvas.scene).render(options);
    QVERIFY2(rendered.error.isEmpty(), qPrintable(rendered.error));
    const ParsedSvg svg = parseSvg(rendered.bytes);
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));

    for (const Node &node : design.nodes()) {
        if (everyLabelWhole)
            QVERIFY2(svg.texts.contains(node.label), qPrintable(node.label));
        else
            QVERIFY2(labelDrawn(node.label, svg.texts), qPrintable(node.label));
    }
    QCOMPARE(svg.foreignObjects, 0);
    QCOMPARE(svg.title, design.name);
    QVERIFY(svg.description.contains(u"%1 components"_s.arg(design.nodes().size())));
    QCOMPARE(TopologyReader::read(svg.design.toUtf8(), u"x.svg"_s).topology, design);

    // The viewBox is the drawing and its margin; the size is that times the scale.
    const QRect drawn = ExportContent::of(&canvas.scene, false).bounds();
    const QSizeF area = QSizeF(drawn.size()) + QSizeF(2 * options.margin, 2 * options.margin);
    QCOMPARE(svg.viewBox, u"0 0 %1 %2"_s.arg(area.width()).arg(area.height()));
    QCOMPARE(svg.width.toDouble(), qRound(area.width() * options.scale));
    QCOMPARE(svg.height.toDouble(), qRound(area.height() * options.scale));

    if (everyLabelWhole) {
        // Escaped in the file itself, not only readable by a forgiving parser.
        QVERIFY(!rendered.bytes.contains("<b>You</b>"));
        QVERIFY(rendered.bytes.contains("&lt;b&gt;You&lt;/b&gt;"));
        QVERIFY(rendered.bytes.contains("Tom &amp; Jerry"));
        QVERIFY(!rendered.bytes.contains("]]> a<b"));
    }
}

void TestDiagramExporter::pngFollowsTheScale_data()
{
    QTest::addColumn<qreal>("scale");
    QTest::newRow("scale 1") << 1.0;
    QTest::newRow("scale 2 doubles both sides") << 2.0;
    QTest::newRow("scale 3 triples both sides") << 3.0;
    QTest::newRow("scale 0.5 halves them") << 0.5;
}

void TestDiagramExporter::pngFollowsTheScale()
{
    QFETCH(qreal, scale);

    Canvas canvas(preset(defaultPresetName()));
    ExportOptions options = optionsFor(ExportFormat::Png, 1);
    const QImage one = renderPng(&canvas.scene, options);
    QVERIFY(!one.isNull());
    const QRect drawn = ExportContent::of(&canvas.scene, false).bounds();
    QCOMPARE(one.size(), drawn.size() + QSize(2 * int(options.margin), 2 * int(options.margin)));

    options.scale = scale;
    const QImage scaled = renderPng(&canvas.scene, options);
    QCOMPARE(scaled.width(), qRound(one.width() * scale));
    QCOMPARE(scaled.height(), qRound(one.height() * scale));
    QCOMPARE(DiagramExporter(&canvas.scene).outputSize(options), scaled.size());
    QCOMPARE(scaled.text(u"Title"_s), canvas.model.topology().name);
}

void TestDiagramExporter::reopensAsTheDesign_data()
{
    QTest::addColumn<Topology>("design");
    QTest::addColumn<ExportFormat>("format");

    const QList<std::pair<const char *, Topology>> designs {
        {"secured-monitored", preset(u"secured-monitored"_s)},
        {"three-server-nginx-lb", preset(u"three-server-nginx-lb"_s)},
        {"markup labels", markupDesign()},
    };
    for (const auto &[name, design] : designs) {
        QTest::addRow("%s as PNG", name) << design << ExportFormat::Png;
        QTest::addRow("%s as SVG", name) << design << ExportFormat::Svg;
    }
}

void TestDiagramExporter::reopensAsTheDesign()
{
    QFETCH(Topology, design);
    QFETCH(ExportFormat, format);

    Canvas canvas(design);
    const QString path = m_dir.filePath(u"design."_s + ExportFormats::info(format).suffix);
    const auto error = DiagramExporter(&canvas.scene).write(path, optionsFor(format, 2));
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    const LoadResult reopened = loadSource(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error ? reopened.error->toString() : QString()));
    QCOMPARE(reopened.topology, design);
    QCOMPARE(TopologyWriter::toJson(reopened.topology), TopologyWriter::toJson(design));
}

void TestDiagramExporter::selectionOnly()
{
    const Topology design = preset(defaultPresetName());
    Canvas canvas(design);
    ExportOptions options = optionsFor(ExportFormat::Png);
    options.selectionOnly = true;
    QCOMPARE(DiagramExporter(&canvas.scene).render(options).error, u"nothing is selected"_s);

    canvas.select({u"lb"_s, u"s1"_s});
    const QString path = m_dir.filePath(u"selection.png"_s);
    QVERIFY(!DiagramExporter(&canvas.scene).write(path, options));
    const LoadResult part = loadSource(path);
    QVERIFY(part.ok());

    // The load balancer, server 1 and what runs on it; the links among them.
    QStringList expected {u"lb"_s, u"s1"_s};
    for (const Node *hosted : design.hostedBy(u"s1"_s))
        expected.append(hosted->id);
    QStringList ids;
    for (const Node &node : part.topology.nodes())
        ids.append(node.id);
    expected.sort();
    ids.sort();
    QCOMPARE(ids, expected);
    QVERIFY(!part.topology.links().isEmpty());
    for (const Link &link : part.topology.links())
        QVERIFY(design.hasLink(link.from, link.to));
    for (const Link &link : design.links()) {
        if (expected.contains(link.from) && expected.contains(link.to))
            QVERIFY(part.topology.hasLink(link.from, link.to));
    }
    QCOMPARE(part.topology.node(u"web1"_s)->host, u"s1"_s);

    const QImage whole = renderPng(&canvas.scene, optionsFor(ExportFormat::Png));
    const QImage selected = QImage(path);
    QVERIFY(selected.width() < whole.width());
    QVERIFY(selected.height() < whole.height());
}

void TestDiagramExporter::background_data()
{
    QTest::addColumn<ExportBackground>("background");
    QTest::addColumn<int>("cornerAlpha");
    QTest::newRow("white") << ExportBackground::White << 255;
    QTest::newRow("transparent") << ExportBackground::Transparent << 0;
}

void TestDiagramExporter::background()
{
    QFETCH(ExportBackground, background);
    QFETCH(int, cornerAlpha);

    Canvas canvas(preset(u"single-server"_s));
    ExportOptions options = optionsFor(ExportFormat::Png);
    options.background = background;
    const QImage image = renderPng(&canvas.scene, options);
    QCOMPARE(image.pixelColor(0, 0).alpha(), cornerAlpha);
    QCOMPARE(image.pixelColor(image.width() - 1, image.height() - 1).alpha(), cornerAlpha);
    if (cornerAlpha == 255)
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
}

void TestDiagramExporter::drawsTheSceneAsItLooks()
{
    Canvas canvas(preset(defaultPresetName()));
    const ExportOptions options = optionsFor(ExportFormat::Png);
    const QRect drawn = ExportContent::of(&canvas.scene, false).bounds();
    const QPoint origin = drawn.topLeft() - QPoint(int(options.margin), int(options.margin));
    const QImage plain = renderPng(&canvas.scene, options);

    // A finding's ring, as the critique dock sets it.
    canvas.scene.setHighlightedNodes({u"lb"_s});
    const QImage ringed = renderPng(&canvas.scene, options);
    QCOMPARE(ringed.size(), plain.size());
    const QRect lbBox = canvas.scene.nodeItem(u"lb"_s)->sceneBoundingRect().toRect().translated(-origin);
    const QColor ring = canvas.scene.style().highlight;
    QCOMPARE(plain.pixelColor(lbBox.center().x(), lbBox.top() + 1) == ring, false);
    QCOMPARE(ringed.pixelColor(lbBox.center().x(), lbBox.top() + 1).rgb(), ring.rgb());

    // Any other item in the scene (a walkthrough's token) comes out too.
    auto *token = new QGraphicsEllipseItem(-8, -8, 16, 16);
    token->setBrush(QColor(220, 20, 60));
    token->setPen(Qt::NoPen);
    token->setZValue(10);
    token->setPos(canvas.scene.nodeItem(u"fw1"_s)->sceneBoundingRect().center());
    canvas.scene.addItem(token);
    const QImage withToken = renderPng(&canvas.scene, options);
    const QPoint at = token->pos().toPoint() - origin;
    QCOMPARE(withToken.pixelColor(at).rgb(), QColor(220, 20, 60).rgb());
    QVERIFY(ringed.pixelColor(at).rgb() != QColor(220, 20, 60).rgb());
    delete token;
}

void TestDiagramExporter::darkWindowsExportLight()
{
    Canvas light(preset(defaultPresetName()));
    light.scene.setPalette(QApplication::style()->standardPalette());
    light.scene.setHighlightedNodes({u"lb"_s});
    Canvas dark(preset(defaultPresetName()));
    QPalette palette = QApplication::style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(40, 40, 40));
    palette.setColor(QPalette::Base, QColor(30, 30, 30));
    palette.setColor(QPalette::WindowText, QColor(230, 230, 230));
    palette.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.scene.setPalette(palette);
    dark.scene.setHighlightedNodes({u"lb"_s});
    QVERIFY(dark.scene.style().background.lightnessF() < 0.5);

    // Pixel for pixel the light drawing, ring included; the window stays dark.
    const ExportOptions options = optionsFor(ExportFormat::Png);
    QCOMPARE(renderPng(&dark.scene, options), renderPng(&light.scene, options));
    QVERIFY(dark.scene.style().background.lightnessF() < 0.5);
}

void TestDiagramExporter::failuresLeaveNoFile_data()
{
    QTest::addColumn<Topology>("design");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<QString>("error");

    Topology wide = preset(u"single-server"_s);
    Node far = wide.nodes().constFirst();
    far.id = u"far"_s;
    far.host.clear();
    far.pos = {400000, 0};
    wide.addNode(far);

    const Topology design = preset(u"distributed"_s);
    QTest::newRow("a folder that does not exist")
        << design << u"missing/x.png"_s << ExportFormat::Png << 1.0 << u"cannot be written"_s;
    QTest::newRow("a path under a file") << design << u"plain-file/x.svg"_s << ExportFormat::Svg << 1.0
                                         << u"cannot be written"_s;
    QTest::newRow("an empty design") << Topology() << u"empty.png"_s << ExportFormat::Png << 1.0
                                     << u"the design is empty"_s;
    QTest::newRow("an image too large to hold")
        << wide << u"huge.png"_s << ExportFormat::Png << 1.0 << u"too large; choose a smaller scale"_s;
}

void TestDiagramExporter::failuresLeaveNoFile()
{
    QFETCH(Topology, design);
    QFETCH(QString, fileName);
    QFETCH(ExportFormat, format);
    QFETCH(qreal, scale);
    QFETCH(QString, error);

    QFile plainFile(m_dir.filePath(u"plain-file"_s));
    QVERIFY(plainFile.open(QIODevice::WriteOnly));
    plainFile.close();
    Canvas canvas(design);
    const QString path = m_dir.filePath(fileName);
    const auto result = DiagramExporter(&canvas.scene).write(path, optionsFor(format, scale));
    QVERIFY(result);
    QVERIFY2(result->contains(error), qPrintable(*result));
    QVERIFY(!QFile::exists(path));

    // A failure over an existing export leaves it whole.
    const QString existing = m_dir.filePath(u"existing."_s + ExportFormats::info(format).suffix);
    QFile old(existing);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old export");
    old.close();
    if (!fileName.contains(u'/')) {
        QVERIFY(DiagramExporter(&canvas.scene).write(existing, optionsFor(format, scale)));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old export"));
    }
}

QTEST_MAIN(TestDiagramExporter)
#include "tst_diagramexporter.moc"
