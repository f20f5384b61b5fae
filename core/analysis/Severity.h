#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace infralab {

// How urgent a finding is. Declared most urgent first: findings sort in
// this order.
enum class Severity {
    High,
    Medium,
    Low,
};

// "high", "medium", "low": the names in `infralab analyze --json`.
QString severityJsonName(Severity severity);
std::optional<Severity> severityFromJson(QStringView name);
// The translated word for the window and the text output's readers.
QString severityLabel(Severity severity);

} // namespace infralab
