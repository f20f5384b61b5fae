#include "SvgExportFinisher.h"

#include "io/EmbeddedDesign.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

QString number(qreal value)
{
    return QString::number(value, 'g', 10);
}

void writeRoot(const QXmlStreamReader &reader, QXmlStreamWriter &writer, const SvgExportFinisher::Fields &fields)
{
    writer.writeStartElement(reader.qualifiedName().toString());
    for (const QXmlStreamNamespaceDeclaration &ns : reader.namespaceDeclarations()) {
        if (ns.prefix().isEmpty())
            writer.writeDefaultNamespace(ns.namespaceUri().toString());
        else
            writer.writeNamespace(ns.namespaceUri().toString(), ns.prefix().toString());
    }
    writer.writeNamespace(EmbeddedDesign::kSvgNamespace, EmbeddedDesign::kSvgPrefix);
    for (const QXmlStreamAttribute &attribute : reader.attributes()) {
        const QStringView name = attribute.qualifiedName();
        if (name != u"width" && name != u"height" && name != u"viewBox")
            writer.writeAttribute(attribute);
    }
    writer.writeAttribute(u"width"_s, number(fields.size.width()));
    writer.writeAttribute(u"height"_s, number(fields.size.height()));
    const QRectF &box = fields.viewBox;
    writer.writeAttribute(u"viewBox"_s,
        u"%1 %2 %3 %4"_s.arg(number(box.x()), number(box.y()), number(box.width()), number(box.height())));

    writer.writeTextElement(u"title"_s, fields.title);
    writer.writeTextElement(u"desc"_s, fields.description);
    writer.writeStartElement(u"metadata"_s);
    writer.writeTextElement(
        EmbeddedDesign::kSvgNamespace, EmbeddedDesign::kSvgElement, QString::fromUtf8(fields.designJson));
    writer.writeEndElement();
}

} // namespace

QByteArray SvgExportFinisher::finish(const QByteArray &generated, const Fields &fields)
{
    QXmlStreamReader reader(generated);
    QByteArray finished;
    finished.reserve(generated.size() + fields.designJson.size() + 1024);
    QXmlStreamWriter writer(&finished);
    int depth = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (depth == 1) {
                writeRoot(reader, writer, fields);
                continue;
            }
            // Qt writes "Qt SVG Document" and "Generated with Qt"; ours replace them.
            if (depth == 2 && (reader.name() == u"title" || reader.name() == u"desc")) {
                reader.skipCurrentElement();
                --depth;
                continue;
            }
            break;
        case QXmlStreamReader::EndElement: --depth; break;
        case QXmlStreamReader::DTD: continue; // none is needed, and viewers may try to fetch one
        default: break;
        }
        writer.writeCurrentToken(reader);
    }
    if (reader.hasError())
        return {};
    return finished;
}

} // namespace infralab
