#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace infralab {

// What the browser asks for. Seed 004: the web server "serves static content
// and forwards dynamic requests to the app server"; seed 003: "the Primary
// node handles write operations, while Replica nodes handle read operations".
enum class RequestType {
    Static,   // a file the web server answers itself: no app, no database
    Read,     // a dynamic page: the app reads, a replica may answer
    Write,    // a form sent: the app writes, always to the primary
};

struct RequestTypeInfo
{
    RequestType type;
    const char *jsonName;   // the --request value and the JSON "request"
    const char *label;      // translatable (context "Walkthrough")
    const char *tooltip;    // translatable (context "Walkthrough")
};

const RequestTypeInfo &requestTypeInfo(RequestType type);
const QList<RequestType> &allRequestTypes();

QString jsonName(RequestType type);
std::optional<RequestType> requestTypeFromJson(QStringView name);
// "static", "read" or "write": for usage errors.
QString requestTypeChoices();

QString requestTypeLabel(RequestType type);
QString requestTypeTooltip(RequestType type);

} // namespace infralab
