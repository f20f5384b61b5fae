#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <span>

namespace infralab {

// One row of a closed set's table: the value and its name in the file format.
template<typename Enum>
struct EnumName
{
    Enum value;
    const char *json;
};

template<typename Enum>
QString enumToJson(std::span<const EnumName<Enum>> table, Enum value)
{
    for (const auto &row : table) {
        if (row.value == value)
            return QString::fromLatin1(row.json);
    }
    return {};
}

template<typename Enum>
std::optional<Enum> enumFromJson(std::span<const EnumName<Enum>> table, QStringView name)
{
    for (const auto &row : table) {
        if (name == QLatin1StringView(row.json))
            return row.value;
    }
    return std::nullopt;
}

// "a", "b" or "c": for error messages that list what is allowed.
template<typename Enum>
QString enumChoices(std::span<const EnumName<Enum>> table)
{
    QStringList names;
    for (const auto &row : table)
        names.append(u'"' + QString::fromLatin1(row.json) + u'"');
    return names.join(u", ");
}

} // namespace infralab
