#include "Severity.h"

#include <QCoreApplication>

#include <array>

namespace infralab {

namespace {

struct SeverityInfo
{
    Severity severity;
    const char *json;
    const char *label;   // translatable (context "Severity")
};

constexpr std::array kSeverities{
    SeverityInfo{Severity::High, "high", QT_TRANSLATE_NOOP("Severity", "High")},
    SeverityInfo{Severity::Medium, "medium", QT_TRANSLATE_NOOP("Severity", "Medium")},
    SeverityInfo{Severity::Low, "low", QT_TRANSLATE_NOOP("Severity", "Low")},
};

// The table is indexed by the enum: keep both in the same order.
static_assert([] {
    for (std::size_t i = 0; i < kSeverities.size(); ++i) {
        if (static_cast<std::size_t>(kSeverities[i].severity) != i)
            return false;
    }
    return true;
}());

const SeverityInfo &info(Severity severity)
{
    return kSeverities[static_cast<std::size_t>(severity)];
}

} // namespace

QString severityJsonName(Severity severity)
{
    return QString::fromLatin1(info(severity).json);
}

std::optional<Severity> severityFromJson(QStringView name)
{
    for (const SeverityInfo &row : kSeverities) {
        if (name == QLatin1StringView(row.json))
            return row.severity;
    }
    return std::nullopt;
}

QString severityLabel(Severity severity)
{
    return QCoreApplication::translate("Severity", info(severity).label);
}

} // namespace infralab
