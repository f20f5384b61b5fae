#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <variant>

namespace infralab {

// One step of a path into a JSON document: an object key or an array index.
using JsonPathStep = std::variant<QString, qsizetype>;
using JsonPath = QList<JsonPathStep>;

// QJsonDocument keeps no positions, so error messages find the line of a
// value by scanning the (already well-formed) text once more. Only called
// when there is an error to report; iterative, so depth cannot hurt it.
int lineOfJsonPath(const QByteArray &json, const JsonPath &path);

int lineOfOffset(const QByteArray &data, qsizetype offset);

} // namespace infralab
