#include "AnalyzeCommand.h"

#include "analysis/Analyzer.h"
#include "presets/Presets.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

// Wide enough for "medium" and "collocated-tiers", so messages line up.
constexpr int kSeverityWidth = 6;
constexpr int kRuleWidth = 16;

} // namespace

QString AnalyzeCommand::name() const
{
    return u"analyze"_s;
}

QString AnalyzeCommand::synopsis() const
{
    return u"analyze SRC [--json]"_s;
}

QString AnalyzeCommand::summary() const
{
    return tr("list what is wrong with a design: single points of failure, missing HTTPS, open ports...");
}

void AnalyzeCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"json"_s, tr("Print {\"findings\":[...]} instead of one finding a line.")});
}

int AnalyzeCommand::run(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                        QTextStream &err) const
{
    if (arguments.size() != 1)
        return usageError(err);
    const std::optional<Topology> design = loadDesign(arguments.first(), err);
    if (!design)
        return kExitBadInput;
    const QList<Finding> findings = analyze(*design);
    if (parser.isSet(u"json"_s)) {
        out << QString::fromUtf8(QJsonDocument(findingsToJson(findings)).toJson(QJsonDocument::Compact)) << '\n';
        return kExitOk;
    }
    // Severity and rule id as in the JSON, so the lines are easy to grep.
    for (const Finding &finding : findings) {
        out << severityJsonName(finding.severity).leftJustified(kSeverityWidth) << "  "
            << ruleJsonName(finding.rule).leftJustified(kRuleWidth) << "  " << finding.message << '\n';
    }
    out << tr("%n finding(s)", nullptr, int(findings.size())) << '\n';
    return kExitOk;
}

} // namespace infralab
