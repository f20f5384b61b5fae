#pragma once

#include "NodeKind.h"

#include <QJsonObject>
#include <QPointF>
#include <QSizeF>
#include <QString>

namespace infralab {

// One component on the diagram. Identity is the string id, never a pointer.
// (x, y) is the top-left corner in scene units; only servers have a size,
// the frame drawn around the components whose `host` names them.
struct Node
{
    QString id;
    NodeKind kind = NodeKind::Client;
    QString label;
    QPointF pos;
    QSizeF size;          // servers only; empty means "fit the hosted nodes"
    QString host;         // id of the server that runs this component, or empty
    QJsonObject props;    // kind-specific properties, unknown ones included
    QJsonObject extra;    // unknown top-level keys, written back on save

    friend bool operator==(const Node &, const Node &) = default;
};

} // namespace infralab
