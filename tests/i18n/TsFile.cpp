#include "TsFile.h"

#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

QString TsMessage::name() const
{
    QString text = context + u": \""_s + source + u'"';
    if (!comment.isEmpty())
        text += u" ("_s + comment + u')';
    return text;
}

bool TsMessage::isTranslated() const
{
    if (!type.isEmpty() || translations.isEmpty())
        return false;
    for (const QString &translation : translations) {
        if (translation.trimmed().isEmpty())
            return false;
    }
    return true;
}

QList<TsMessage> readTsFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
            continue;
        }
        if (xml.name() != u"message")
            continue;
        TsMessage message;
        message.context = context;
        while (!xml.atEnd() && !(xml.isEndElement() && xml.name() == u"message")) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                message.source = xml.readElementText();
            } else if (xml.name() == u"comment") {
                message.comment = xml.readElementText();
            } else if (xml.name() == u"translation") {
                message.type = xml.attributes().value(u"type"_s).toString();
                // Either text, or one <numerusform> per plural form.
                QString text;
                while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == u"translation")) {
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == u"numerusform")
                        message.translations.append(xml.readElementText());
                }
                if (message.translations.isEmpty())
                    message.translations.append(text);
            }
        }
        messages.append(message);
    }
    if (xml.hasError()) {
        *error = path + u": line "_s + QString::number(xml.lineNumber()) + u": "_s + xml.errorString();
        return {};
    }
    return messages;
}
