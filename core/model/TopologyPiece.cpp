#include "TopologyPiece.h"

#include "Properties.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <optional>

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

QString nextFreeAddress(const QString &ip, const QSet<QString> &taken)
{
    // The part after the last separator is counted on; IPv4 skips the
    // network (.0) and broadcast (.255) addresses.
    const qsizetype cut = std::max(ip.lastIndexOf(u'.'), ip.lastIndexOf(u':')) + 1;
    if (cut == 0)
        return {};
    const bool v4 = ip.at(cut - 1) == u'.';
    const int base = v4 ? 10 : 16;
    const QStringView tail = QStringView(ip).mid(cut);
    bool ok = true;
    const int value = tail.isEmpty() ? 0 : tail.toInt(&ok, base);
    if (!ok)
        return {};
    const int low = 1;
    const int span = (v4 ? 254 : 0xffff) - low + 1;
    for (int step = 1; step <= span; ++step) {
        const int next = low + (std::clamp(value, low - 1, low + span - 1) - low + step + span) % span;
        const QString candidate = ip.left(cut) + QString::number(next, base);
        if (!taken.contains(candidate))
            return candidate;
    }
    return {};
}

namespace {

// How the names in a pasted piece's properties change (see withFreshIds()).
struct Renaming
{
    QHash<QString, QString> ids;         // piece id -> fresh id
    QHash<QString, QString> addresses;   // piece node's address -> its copy's
    const Topology *design = nullptr;

    // The node a reference names after the paste; nothing when it is gone.
    std::optional<QString> node(const QString &id) const
    {
        if (ids.contains(id))
            return ids.value(id);
        if (design->contains(id))
            return id;
        return std::nullopt;
    }
};

QJsonArray renamedRules(const QJsonArray &rules, const Renaming &renaming)
{
    QJsonArray result;
    for (const QJsonValue &value : rules) {
        QJsonObject rule = value.toObject();
        const QString from = rule.value(u"from").toString(QStringLiteral("any"));
        // "any" and kind names are not node ids; a kind wins as it does
        // when the firewall matches (ruleCoversSource).
        if (from != u"any" && !nodeKindFromJson(from)) {
            const std::optional<QString> renamed = renaming.node(from);
            if (!renamed)
                continue;
            rule.insert(QStringLiteral("from"), *renamed);
        }
        result.append(rule);
    }
    return result;
}

QJsonArray renamedRecords(const QJsonArray &records, const Renaming &renaming)
{
    QJsonArray result;
    for (const QJsonValue &value : records) {
        QJsonObject record = value.toObject();
        const QString target = record.value(u"target").toString();
        if (isValidIpAddress(target)) {
            record.insert(QStringLiteral("target"), renaming.addresses.value(target, target));
        } else {
            const std::optional<QString> renamed = renaming.node(target);
            if (!renamed)
                continue;
            record.insert(QStringLiteral("target"), *renamed);
        }
        result.append(record);
    }
    return result;
}

} // namespace

Topology withFreshIds(const Topology &piece, const Topology &design, QPointF offset)
{
    // Ids are taken from a scratch copy that grows as the piece is renamed,
    // so two pasted "web1" nodes do not both become "web2".
    Topology taken = design;
    Renaming renaming;
    renaming.design = &design;
    for (const Node &node : piece.nodes()) {
        QString stem = idStemOf(node.id);
        if (stem.isEmpty())
            stem = idStem(node.kind);
        const QString fresh = taken.uniqueId(stem);
        renaming.ids.insert(node.id, fresh);
        Node placeholder;
        placeholder.id = fresh;
        taken.addNode(placeholder);
    }
    QSet<QString> addresses;
    for (const Node &node : design.nodes())
        addresses.insert(nodeIp(node));
    for (const Node &node : piece.nodes()) {
        const QString ip = nodeIp(node);
        if (ip.isEmpty() || renaming.addresses.contains(ip))
            continue;
        // Pasted into a design that does not use it, an address stays.
        const QString fresh = addresses.contains(ip) ? nextFreeAddress(ip, addresses) : ip;
        renaming.addresses.insert(ip, fresh);
        addresses.insert(fresh);
    }

    Topology result;
    result.name = piece.name;
    result.domain = piece.domain;
    for (Node node : piece.nodes()) {
        node.id = renaming.ids.value(node.id);
        node.host = renaming.ids.value(node.host);   // empty when outside the piece
        node.pos += offset;
        if (node.props.contains(u"ip")) {
            const QString ip = renaming.addresses.value(nodeIp(node));
            if (ip.isEmpty())
                node.props.remove(u"ip");
            else
                node.props.insert(QStringLiteral("ip"), ip);
        }
        if (node.kind == NodeKind::Firewall && node.props.contains(u"rules"))
            node.props.insert(QStringLiteral("rules"), renamedRules(node.props.value(u"rules").toArray(), renaming));
        if (node.kind == NodeKind::Dns && node.props.contains(u"records"))
            node.props.insert(QStringLiteral("records"),
                              renamedRecords(node.props.value(u"records").toArray(), renaming));
        result.addNode(node);
    }
    for (Link link : piece.links()) {
        if (!renaming.ids.contains(link.from) || !renaming.ids.contains(link.to))
            continue;
        link.from = renaming.ids.value(link.from);
        link.to = renaming.ids.value(link.to);
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
