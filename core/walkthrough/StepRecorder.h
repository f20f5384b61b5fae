#pragma once

#include "Network.h"
#include "Walkthrough.h"

#include <QList>

namespace infralab {

// Numbers the steps of a derivation as they come and fills in what follows
// from the route: the ids of from, via and to, and the kinds involved.
class StepRecorder
{
public:
    StepRecorder(const Network &network, RequestType request);

    // A step along `path` (node indexes); one node means a step inside it.
    void add(const QList<int> &path, bool encrypted, int port, const QString &text);
    void add(const Node &inside, bool encrypted, int port, const QString &text);
    void add(Step step);
    // The last step, and why the request goes no further. Returns false so
    // a phase can `return block(...)`.
    bool block(const QList<int> &path, bool encrypted, int port, const QString &reason);
    bool block(const Node &inside, const QString &reason);
    // Blocked before any step: there is no node to tell it.
    void blockBeforeStart(const QString &reason) { m_walkthrough.blocked = reason; }

    const Walkthrough &walkthrough() const { return m_walkthrough; }

private:
    const Network &m_network;
    Walkthrough m_walkthrough;
};

} // namespace infralab
