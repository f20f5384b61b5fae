#include "WalkthroughJson.h"

#include "Walkthrough.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

QJsonObject toJson(const Step &step)
{
    QJsonObject object{{u"n"_s, step.n}, {u"from"_s, step.from}};
    object.insert(u"to"_s, step.to.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(step.to));
    if (!step.via.isEmpty())
        object.insert(u"via"_s, QJsonArray::fromStringList(step.via));
    if (!step.alsoFrom.isEmpty())
        object.insert(u"alsoFrom"_s, QJsonArray::fromStringList(step.alsoFrom));
    QJsonArray kinds;
    for (NodeKind kind : step.kinds)
        kinds.append(jsonName(kind));
    object.insert(u"kinds"_s, kinds);
    object.insert(u"encrypted"_s, step.encrypted);
    if (step.port != 0)
        object.insert(u"port"_s, step.port);
    object.insert(u"text"_s, step.text);
    return object;
}

} // namespace

QJsonObject toJson(const Walkthrough &walkthrough)
{
    QJsonArray steps;
    for (const Step &step : walkthrough.steps)
        steps.append(toJson(step));
    QJsonObject object{{u"request"_s, jsonName(walkthrough.request)}, {u"steps"_s, steps}};
    if (walkthrough.isBlocked())
        object.insert(u"blocked"_s, walkthrough.blocked);
    return object;
}

} // namespace infralab
