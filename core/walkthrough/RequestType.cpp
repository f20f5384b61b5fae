#include "RequestType.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

constexpr std::array kRequestTypes{
    RequestTypeInfo{RequestType::Static, "static", QT_TRANSLATE_NOOP("Walkthrough", "Static file"),
                    QT_TRANSLATE_NOOP("Walkthrough", "An image or a style sheet: the web server answers it alone")},
    RequestTypeInfo{RequestType::Read, "read", QT_TRANSLATE_NOOP("Walkthrough", "Dynamic page (read)"),
                    QT_TRANSLATE_NOOP("Walkthrough",
                                      "A page built by the application from the database; a replica may answer")},
    RequestTypeInfo{RequestType::Write, "write", QT_TRANSLATE_NOOP("Walkthrough", "Form sent (write)"),
                    QT_TRANSLATE_NOOP("Walkthrough", "Data the application stores: writes always go to the primary")},
};

// The table is indexed by the enum: keep both in the same order.
static_assert([] {
    for (std::size_t i = 0; i < kRequestTypes.size(); ++i) {
        if (static_cast<std::size_t>(kRequestTypes[i].type) != i)
            return false;
    }
    return true;
}());

} // namespace

const RequestTypeInfo &requestTypeInfo(RequestType type)
{
    return kRequestTypes[static_cast<std::size_t>(type)];
}

const QList<RequestType> &allRequestTypes()
{
    static const QList<RequestType> types = [] {
        QList<RequestType> list;
        for (const RequestTypeInfo &info : kRequestTypes)
            list.append(info.type);
        return list;
    }();
    return types;
}

QString jsonName(RequestType type)
{
    return QString::fromLatin1(requestTypeInfo(type).jsonName);
}

std::optional<RequestType> requestTypeFromJson(QStringView name)
{
    for (const RequestTypeInfo &info : kRequestTypes) {
        if (name == QLatin1StringView(info.jsonName))
            return info.type;
    }
    return std::nullopt;
}

QString requestTypeChoices()
{
    QStringList names;
    for (const RequestTypeInfo &info : kRequestTypes)
        names.append(u'"' + QString::fromLatin1(info.jsonName) + u'"');
    return names.join(u", "_s);
}

QString requestTypeLabel(RequestType type)
{
    return QCoreApplication::translate("Walkthrough", requestTypeInfo(type).label);
}

QString requestTypeTooltip(RequestType type)
{
    return QCoreApplication::translate("Walkthrough", requestTypeInfo(type).tooltip);
}

} // namespace infralab
