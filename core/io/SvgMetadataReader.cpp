#include "SvgMetadataReader.h"

#include "EmbeddedDesign.h"

#include <QXmlStreamReader>

namespace infralab {

namespace {

constexpr qsizetype kMaxReasonLength = 120;

} // namespace

bool SvgMetadataReader::looksLikeXml(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    for (const char c : data) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '<';
    }
    return false;
}

EmbeddedText SvgMetadataReader::read(const QByteArray &svg)
{
    QXmlStreamReader xml(svg);
    bool root = true;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        // Another XML document (an .ui file, an XHTML page) is not a picture.
        if (root && xml.name() != u"svg")
            return EmbeddedText::absent();
        root = false;
        if (xml.namespaceUri() != EmbeddedDesign::kSvgNamespace || xml.name() != EmbeddedDesign::kSvgElement)
            continue;
        const QString json = xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        if (xml.hasError())
            break;
        return EmbeddedText::found(json.toUtf8());
    }
    if (xml.hasError()) {
        // Qt's message may quote the file (an encoding name, say): keep it
        // one short line.
        QString reason = xml.errorString().simplified();
        if (reason.size() > kMaxReasonLength)
            reason = reason.left(kMaxReasonLength) + u'\u2026';
        return EmbeddedText::damaged(tr("not valid XML: line %1: %2").arg(xml.lineNumber()).arg(reason));
    }
    return EmbeddedText::absent();
}

} // namespace infralab
