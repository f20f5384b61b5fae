#include "TopologyPiece.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace infralab {

Topology extractPiece(const Topology &design, const QStringList &ids)
{
    QSet<QString> wanted(ids.cbegin(), ids.cend());
    for (const QString &id : ids) {
        for (const Node *hosted : design.hostedBy(id))
            wanted.insert(hosted->id);
    }
    Topology piece;
    for (const Node &node : design.nodes()) {
        if (!wanted.contains(node.id))
            continue;
        Node copy = node;
        if (!wanted.contains(copy.host))
            copy.host.clear();
        piece.addNode(copy);
    }
    for (const Link &link : design.links()) {
        if (wanted.contains(link.from) && wanted.contains(link.to))
            piece.addLink(link);
    }
    return piece;
}

QString idStemOf(const QString &id)
{
    qsizetype end = id.size();
    while (end > 0 && id.at(end - 1).isDigit())
        --end;
    return id.left(end);
}

Topology withFreshIds(const Topology &piece, const Topology &design, QPointF offset)
{
    // Ids are taken from a scratch copy that grows as the piece is renamed,
    // so two pasted "web1" nodes do not both become "web2".
    Topology taken = design;
    QHash<QString, QString> renamed;
    for (const Node &node : piece.nodes()) {
        QString stem = idStemOf(node.id);
        if (stem.isEmpty())
            stem = idStem(node.kind);
        const QString fresh = taken.uniqueId(stem);
        renamed.insert(node.id, fresh);
        Node placeholder;
        placeholder.id = fresh;
        taken.addNode(placeholder);
    }
    Topology result;
    result.name = piece.name;
    result.domain = piece.domain;
    for (Node node : piece.nodes()) {
        node.id = renamed.value(node.id);
        node.host = renamed.value(node.host);   // empty when outside the piece
        node.pos += offset;
        result.addNode(node);
    }
    for (Link link : piece.links()) {
        if (!renamed.contains(link.from) || !renamed.contains(link.to))
            continue;
        link.from = renamed.value(link.from);
        link.to = renamed.value(link.to);
        result.addLink(link);
    }
    return result;
}

Node newNode(const Topology &design, NodeKind kind, QPointF pos)
{
    Node node;
    node.kind = kind;
    node.id = design.uniqueId(idStem(kind));
    node.pos = pos;
    QSet<QString> labels;
    for (const Node &other : design.nodes())
        labels.insert(other.label);
    for (int n = int(design.nodesOfKind(kind).size()) + 1;; ++n) {
        node.label = QCoreApplication::translate("NodeKind", "%1 %2").arg(kindLabel(kind)).arg(n);
        if (!labels.contains(node.label))
            break;
    }
    return node;
}

} // namespace infralab
