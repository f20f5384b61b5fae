#pragma once

#include "model/NodeKind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace infralab {

// One numbered step of a request's journey, as the walkthrough panel shows it
// and `infralab walkthrough --json` prints it.
//
// A step that moves the request runs from `from` to `to` along the links,
// through the `via` nodes in travel order, and its text says what happens
// when it arrives: "The request reaches Firewall 1, which filters incoming
// traffic" is the hop from the browser to Firewall 1 (seed 000, step 5).
// A step inside one node (the browser sending, the application running its
// code) has an empty `to`. Nodes in `via` have no step of their own on this
// hop, such as Firewall 3 between the application and MySQL (seed 000,
// step 12: "passing through the third firewall").
struct Step
{
    int n = 0;                // 1-based
    QString from;             // node id
    QString to;               // node id; empty for a step inside `from`
    QStringList via;          // node ids passed on the way, in travel order
    QStringList alsoFrom;     // other nodes making the same move at once (every agent reporting)
    QList<NodeKind> kinds;    // the kinds of from, via, to and alsoFrom, each once
    // Whether the traffic on this hop is encrypted. For a step inside one
    // node: whether the node handles it encrypted (the browser encrypting the
    // request before it leaves, or decrypting the response).
    bool encrypted = false;
    int port = 0;             // the TCP port in use; 0 when none applies
    QString text;             // the narration, translated

    bool isInsideOneNode() const { return to.isEmpty(); }
    // Every node the step involves: what the canvas highlights.
    QStringList nodes() const
    {
        QStringList ids = alsoFrom;
        ids.prepend(from);
        ids += via;
        if (!to.isEmpty())
            ids.append(to);
        return ids;
    }

    friend bool operator==(const Step &, const Step &) = default;
};

} // namespace infralab
