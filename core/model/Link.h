#pragma once

#include <QJsonObject>
#include <QString>

namespace infralab {

// A cable between two nodes. Links are undirected: the pair {from, to} is the
// identity, whatever the order.
struct Link
{
    QString from;
    QString to;
    QJsonObject extra;   // unknown keys, written back on save

    bool joins(const QString &a, const QString &b) const
    {
        return (from == a && to == b) || (from == b && to == a);
    }
    bool touches(const QString &id) const { return from == id || to == id; }
    QString otherEnd(const QString &id) const { return from == id ? to : from; }

    friend bool operator==(const Link &, const Link &) = default;
};

} // namespace infralab
