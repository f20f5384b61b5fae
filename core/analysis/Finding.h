#pragma once

#include "Rule.h"
#include "Severity.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace infralab {

// One problem the analyser found in a design: which rule, how urgent, the
// nodes concerned (ids, for highlighting), a one-line message naming them by
// their labels, and a few sentences on why it matters and how to fix it.
struct Finding
{
    Rule rule = Rule::Spof;
    Severity severity = Severity::High;
    QStringList nodes;
    QString message;
    QString explanation;

    friend bool operator==(const Finding &, const Finding &) = default;
};

// A finding with its rule's default severity.
Finding makeFinding(Rule rule, const QStringList &nodes, const QString &message, const QString &explanation);

// DESIGN.md's shape: {"rule":"spof","severity":"high","nodes":["lb"],"message":"…","explanation":"…"}
QJsonObject toJson(const Finding &finding);
// {"findings":[…]}, the document `infralab analyze --json` prints.
QJsonObject findingsToJson(const QList<Finding> &findings);

} // namespace infralab
