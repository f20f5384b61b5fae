#include "StepSummary.h"

#include "model/Topology.h"
#include "walkthrough/Walkthrough.h"

#include <QCoreApplication>
#include <QStringList>

namespace infralab {

namespace {

struct StepSummary
{
    Q_DECLARE_TR_FUNCTIONS(StepSummary)
};

QString nameOf(const QString &id, const Topology &topology)
{
    const Node *node = topology.node(id);
    if (!node)
        return id;   // deleted a moment ago; the steps follow shortly
    const Node *host = node->host.isEmpty() ? nullptr : topology.node(node->host);
    return host ? StepSummary::tr("%1 (%2)", "a component and the server it runs on").arg(node->label, host->label) : node->label;
}

} // namespace

QString stepRoute(const Step &step, const Topology &topology)
{
    if (step.isInsideOneNode())
        return StepSummary::tr("In %1").arg(nameOf(step.from, topology));
    QString sender = nameOf(step.from, topology);
    if (!step.alsoFrom.isEmpty())
        sender = StepSummary::tr("%1 and %n other(s)", nullptr, int(step.alsoFrom.size())).arg(sender);
    QStringList stops{sender};
    for (const QString &id : step.via)
        stops.append(nameOf(id, topology));
    stops.append(nameOf(step.to, topology));
    return stops.join(QStringLiteral(" \u2192 "));
}

QString stepWire(const Step &step)
{
    const QString secrecy = step.encrypted ? StepSummary::tr("Encrypted") : StepSummary::tr("Plaintext");
    if (step.port <= 0)
        return secrecy;
    return StepSummary::tr("%1 \u00b7 port %2").arg(secrecy).arg(step.port);
}

PacketToken::Look stepLook(const Walkthrough &walkthrough, int index)
{
    if (index < 0 || index >= walkthrough.steps.size())
        return PacketToken::Look::Plaintext;
    if (walkthrough.isBlocked() && index == walkthrough.steps.size() - 1)
        return PacketToken::Look::Blocked;
    return walkthrough.steps.at(index).encrypted ? PacketToken::Look::Encrypted : PacketToken::Look::Plaintext;
}

} // namespace infralab
