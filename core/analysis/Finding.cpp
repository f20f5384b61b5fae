#include "Finding.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace infralab {

Finding makeFinding(Rule rule, const QStringList &nodes, const QString &message, const QString &explanation)
{
    return Finding{rule, defaultSeverity(rule), nodes, message, explanation};
}

QJsonObject toJson(const Finding &finding)
{
    return QJsonObject{{u"rule"_s, ruleJsonName(finding.rule)},
                       {u"severity"_s, severityJsonName(finding.severity)},
                       {u"nodes"_s, QJsonArray::fromStringList(finding.nodes)},
                       {u"message"_s, finding.message},
                       {u"explanation"_s, finding.explanation}};
}

QJsonObject findingsToJson(const QList<Finding> &findings)
{
    QJsonArray array;
    for (const Finding &finding : findings)
        array.append(toJson(finding));
    return QJsonObject{{u"findings"_s, array}};
}

} // namespace infralab
