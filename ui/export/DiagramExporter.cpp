#include "DiagramExporter.h"

#include "ExportContent.h"
#include "PngEncoder.h"
#include "SvgExportFinisher.h"
#include "canvas/TopologyNodeItem.h"
#include "canvas/TopologyScene.h"
#include "io/EmbeddedDesign.h"
#include "io/TopologyWriter.h"

#include <QApplication>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStyle>
#include <QSvgGenerator>

#include <memory>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

// Scene units are pixels at 96 dpi, the dpi the canvas lays labels out at.
// Vector outputs use it too, so text keeps its size next to the boxes.
constexpr int kSceneDpi = 96;
constexpr qreal kPointsPerSceneUnit = 72.0 / kSceneDpi;

// The exported area: the drawing and the margin, in scene units.
QRectF areaOf(const ExportContent &content, const ExportOptions &options)
{
    const qreal m = qBound(0.0, options.margin, ExportOptions::kMaxMargin);
    return QRectF(content.bounds()).adjusted(-m, -m, m, m);
}

qreal scaleOf(const ExportOptions &options)
{
    return qBound(ExportOptions::kMinScale, options.scale, ExportOptions::kMaxScale);
}

QSize pixelSizeOf(const QRectF &area, qreal scale)
{
    return {qMax(1, qRound(area.width() * scale)), qMax(1, qRound(area.height() * scale))};
}

QString titleOf(const Topology &topology)
{
    return topology.name.isEmpty() ? DiagramExporter::tr("Infralab design") : topology.name;
}

QString descriptionOf(const Topology &topology)
{
    const qsizetype nodes = topology.nodes().size();
    const qsizetype links = topology.links().size();
    const QString counts
        = DiagramExporter::tr("%n component(s)", nullptr, int(nodes)) + u", "_s
        + DiagramExporter::tr("%n link(s)", nullptr, int(links));
    const QString site = topology.domain.isEmpty() ? QString() : topology.domain + u": "_s;
    return DiagramExporter::tr("%1%2. Drawn with Infralab; open this file in Infralab to edit the design.")
        .arg(site, counts);
}

void fillBackground(QPainter &painter, const QRectF &area, const ExportOptions &options)
{
    if (options.background == ExportBackground::White)
        painter.fillRect(area, Qt::white);
}

void setRenderHints(QPainter &painter)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
}

// The same design, finding rings and selection in the style's standard
// (light) palette. Items other features add to the scene do not come along.
std::unique_ptr<TopologyScene> lightTwinOf(const TopologyScene *scene)
{
    TopologyModel *model = scene->model();
    if (!model)
        return nullptr;
    auto twin = std::make_unique<TopologyScene>(model);
    twin->setPalette(QApplication::style()->standardPalette());
    twin->setHighlightedNodes(scene->highlightedNodes());
    for (const QGraphicsItem *item : scene->selectedItems()) {
        const auto *node = dynamic_cast<const TopologyNodeItem *>(item);
        if (QGraphicsItem *copy = node ? twin->nodeItem(node->id()) : nullptr) {
            copy->setFlag(QGraphicsItem::ItemIsSelectable);
            copy->setSelected(true);
        }
    }
    return twin;
}

} // namespace

DiagramExporter::DiagramExporter(TopologyScene *scene)
    : m_scene(scene)
{ }

QSize DiagramExporter::outputSize(const ExportOptions &options) const
{
    if (!m_scene)
        return {};
    const ExportContent content = ExportContent::of(m_scene, options.selectionOnly);
    if (content.isEmpty())
        return {};
    return pixelSizeOf(areaOf(content, options), scaleOf(options));
}

DiagramExporter::Rendered DiagramExporter::render(const ExportOptions &options) const
{
    Rendered rendered;
    if (!m_scene)
        return {{}, tr("there is no diagram to export")};
    // Exports go into documents and slides on white: a dark window's light
    // text would vanish there, so a dark scene is drawn again in light colours.
    std::unique_ptr<TopologyScene> light;
    TopologyScene *source = m_scene;
    if (m_scene->style().background.lightnessF() < 0.5) {
        light = lightTwinOf(m_scene);
        if (light)
            source = light.get();
    }
    const ExportContent content = ExportContent::of(source, options.selectionOnly);
    if (content.isEmpty()) {
        rendered.error = options.selectionOnly ? tr("nothing is selected") : tr("the design is empty");
        return rendered;
    }
    switch (options.format) {
    case ExportFormat::Png: rendered.bytes = renderPng(content, options, rendered.error); break;
    case ExportFormat::Svg: rendered.bytes = renderSvg(content, options); break;
    case ExportFormat::Pdf: rendered.bytes = renderPdf(content, options); break;
    }
    if (rendered.bytes.isEmpty() && rendered.error.isEmpty())
        rendered.error = tr("the %1 could not be drawn").arg(ExportFormats::label(options.format));
    return rendered;
}

std::optional<QString> DiagramExporter::write(const QString &path, const ExportOptions &options) const
{
    const Rendered rendered = render(options);
    if (!rendered.error.isEmpty())
        return rendered.error;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(rendered.bytes) != rendered.bytes.size() || !file.commit())
        return tr("cannot be written: %1").arg(file.errorString());
    return std::nullopt;
}

QImage DiagramExporter::renderImage(const ExportContent &content, const ExportOptions &options, QString &error) const
{
    const QRectF area = areaOf(content, options);
    const QSize size = pixelSizeOf(area, scaleOf(options));
    if (size.width() > kMaxSide || size.height() > kMaxSide || qint64(size.width()) * size.height() > kMaxPixels) {
        error = tr("the image would be %1 \u00d7 %2 pixels, too large; choose a smaller scale")
                    .arg(size.width())
                    .arg(size.height());
        return {};
    }
    // No alpha channel on white: a quarter less to compress, and nothing to
    // un-premultiply when the PNG is written.
    const bool opaque = options.background == ExportBackground::White;
    QImage image(size, opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        error = tr("not enough memory for a %1 \u00d7 %2 image").arg(size.width()).arg(size.height());
        return {};
    }
    image.fill(opaque ? Qt::white : Qt::transparent);
    QPainter painter(&image);
    setRenderHints(painter);
    // Exactly the pixel size over the area, so scale 2 is twice the pixels.
    painter.scale(size.width() / area.width(), size.height() / area.height());
    painter.translate(-area.topLeft());
    content.paint(&painter);
    painter.end();
    return image;
}

QByteArray DiagramExporter::renderPng(const ExportContent &content, const ExportOptions &options, QString &error) const
{
    QImage image = renderImage(content, options, error);
    if (image.isNull())
        return {};
    const Topology &topology = content.topology();
    const QByteArray bytes = PngEncoder::encode(image,
                                                {{u"Title"_s, titleOf(topology)},
                                                 {u"Description"_s, descriptionOf(topology)},
                                                 {u"Software"_s, u"Infralab"_s},
                                                 {EmbeddedDesign::kPngKeyword,
                                                  QString::fromUtf8(TopologyWriter::toJson(topology)), true}});
    if (bytes.isEmpty())
        error = tr("the PNG could not be compressed");
    return bytes;
}

QByteArray DiagramExporter::renderSvg(const ExportContent &content, const ExportOptions &options) const
{
    const QRectF area = areaOf(content, options);
    QByteArray generated;
    QBuffer buffer(&generated);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(kSceneDpi);
    generator.setSize(area.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), area.size()));
    QPainter painter(&generator);
    setRenderHints(painter);
    painter.translate(-area.topLeft());
    fillBackground(painter, area, options);
    content.paint(&painter);
    painter.end();

    const Topology &topology = content.topology();
    SvgExportFinisher::Fields fields;
    fields.title = titleOf(topology);
    fields.description = descriptionOf(topology);
    fields.designJson = TopologyWriter::toJson(topology);
    fields.size = QSizeF(pixelSizeOf(area, scaleOf(options)));
    fields.viewBox = QRectF(QPointF(0, 0), area.size());
    return SvgExportFinisher::finish(generated, fields);
}

QByteArray DiagramExporter::renderPdf(const ExportContent &content, const ExportOptions &options) const
{
    const QRectF area = areaOf(content, options);
    const qreal scale = scaleOf(options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kSceneDpi);
        writer.setPageMargins(QMarginsF());
        writer.setPageSize(QPageSize(area.size() * scale * kPointsPerSceneUnit, QPageSize::Point));
        writer.setTitle(titleOf(content.topology()));
        writer.setCreator(u"Infralab"_s);
        // Not reopened by Infralab, but any PDF reader can save the design.
        writer.addFileAttachment(
            u"design.infralab.json"_s, TopologyWriter::toJson(content.topology()), u"application/json"_s);
        QPainter painter(&writer);
        setRenderHints(painter);
        painter.scale(scale, scale);
        painter.translate(-area.topLeft());
        fillBackground(painter, area, options);
        content.paint(&painter);
    }
    return bytes;
}

} // namespace infralab
