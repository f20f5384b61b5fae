#include "StepRecorder.h"

#include "model/Node.h"

namespace infralab {

StepRecorder::StepRecorder(const Network &network, RequestType request)
    : m_network(network)
{
    m_walkthrough.request = request;
}

void StepRecorder::add(const QList<int> &path, bool encrypted, int port, const QString &text)
{
    Step step;
    step.from = m_network.node(path.first()).id;
    if (path.size() > 1)
        step.to = m_network.node(path.last()).id;
    for (qsizetype i = 1; i + 1 < path.size(); ++i)
        step.via.append(m_network.node(path[i]).id);
    step.encrypted = encrypted;
    step.port = port;
    step.text = text;
    add(std::move(step));
}

void StepRecorder::add(const Node &inside, bool encrypted, int port, const QString &text)
{
    add(QList<int>{m_network.indexOf(inside.id)}, encrypted, port, text);
}

void StepRecorder::add(Step step)
{
    step.n = int(m_walkthrough.steps.size()) + 1;
    step.kinds.clear();
    QStringList ids{step.from};
    ids += step.alsoFrom;
    ids += step.via;
    if (!step.to.isEmpty())
        ids.append(step.to);
    for (const QString &id : std::as_const(ids)) {
        const int index = m_network.indexOf(id);
        if (index >= 0 && !step.kinds.contains(m_network.node(index).kind))
            step.kinds.append(m_network.node(index).kind);
    }
    m_walkthrough.steps.append(std::move(step));
}

bool StepRecorder::block(const QList<int> &path, bool encrypted, int port, const QString &reason)
{
    add(path, encrypted, port, reason);
    m_walkthrough.blocked = reason;
    return false;
}

bool StepRecorder::block(const Node &inside, const QString &reason)
{
    return block(QList<int>{m_network.indexOf(inside.id)}, false, 0, reason);
}

} // namespace infralab
