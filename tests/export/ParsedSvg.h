#pragma once

#include "io/EmbeddedDesign.h"

#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace infralab::test {

using namespace Qt::StringLiterals;

// What a reader of the SVG sees: the texts in document order, and the rest.
struct ParsedSvg
{
    QString error;
    QStringList texts;
    QString title;
    QString description;
    QString width;
    QString height;
    QString viewBox;
    QString design;
    int foreignObjects = 0;
};

inline ParsedSvg parseSvg(const QByteArray &svg)
{
    ParsedSvg parsed;
    QXmlStreamReader xml(svg);
    int depth = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            --depth;
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const QStringView name = xml.name();
        if (depth == 1) {
            parsed.width = xml.attributes().value(u"width"_s).toString();
            parsed.height = xml.attributes().value(u"height"_s).toString();
            parsed.viewBox = xml.attributes().value(u"viewBox"_s).toString();
        } else if (name == u"text") {
            parsed.texts.append(xml.readElementText());
            --depth;
        } else if (depth == 2 && name == u"title") {
            parsed.title = xml.readElementText();
            --depth;
        } else if (depth == 2 && name == u"desc") {
            parsed.description = xml.readElementText();
            --depth;
        } else if (name == EmbeddedDesign::kSvgElement && xml.namespaceUri() == EmbeddedDesign::kSvgNamespace) {
            parsed.design = xml.readElementText();
            --depth;
        } else if (name == u"foreignObject") {
            ++parsed.foreignObjects;
        }
    }
    if (xml.hasError())
        parsed.error = xml.errorString();
    return parsed;
}

// A component's label is drawn on one line, wrapped on two, or elided when
// it cannot fit; a server's is its frame's title, with the IP after it.
inline bool labelDrawn(const QString &label, const QStringList &texts)
{
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString &text = texts.at(i);
        if (text == label || text.startsWith(label + u" \u00b7 "_s))
            return true;
        if (i + 1 < texts.size() && text + u' ' + texts.at(i + 1) == label)
            return true;
        if (text.endsWith(u'\u2026') && text.size() > 4 && label.startsWith(text.chopped(1)))
            return true;
    }
    return false;
}

} // namespace infralab::test
