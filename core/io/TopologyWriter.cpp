#include "TopologyWriter.h"

#include "TopologyReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

QByteArray compact(const QJsonValue &value)
{
    // QJsonDocument only writes containers: wrap, write, unwrap.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// Members in the order given, then the rest (unknown keys) alphabetically.
QByteArray orderedObject(const QList<std::pair<QString, QJsonValue>> &first, const QJsonObject &rest)
{
    QByteArray out = "{";
    auto append = [&](const QString &key, const QJsonValue &value) {
        if (out.size() > 1)
            out += ", ";
        out += compact(key) + ": " + compact(value);
    };
    for (const auto &[key, value] : first)
        append(key, value);
    for (auto it = rest.begin(); it != rest.end(); ++it)
        append(it.key(), it.value());
    return out + '}';
}

QByteArray nodeJson(const Node &node)
{
    QList<std::pair<QString, QJsonValue>> members{
        {u"id"_s, node.id}, {u"kind"_s, jsonName(node.kind)}, {u"label"_s, node.label}};
    if (!node.host.isEmpty())
        members.append({u"host"_s, node.host});
    members.append({u"x"_s, node.pos.x()});
    members.append({u"y"_s, node.pos.y()});
    if (node.kind == NodeKind::Server && !node.size.isNull()) {
        members.append({u"width"_s, node.size.width()});
        members.append({u"height"_s, node.size.height()});
    }
    if (!node.props.isEmpty())
        members.append({u"props"_s, node.props});
    return orderedObject(members, node.extra);
}

QByteArray linkJson(const Link &link)
{
    return orderedObject({{u"from"_s, link.from}, {u"to"_s, link.to}}, link.extra);
}

template<typename T, typename Format>
QByteArray listJson(const QList<T> &items, Format format)
{
    if (items.isEmpty())
        return "[]";
    QByteArray out = "[\n";
    for (qsizetype i = 0; i < items.size(); ++i)
        out += "    " + format(items[i]) + (i + 1 < items.size() ? ",\n" : "\n");
    return out + "  ]";
}

} // namespace

QByteArray TopologyWriter::toJson(const Topology &topology)
{
    QByteArray out = "{\n";
    auto member = [&](const QString &key, const QByteArray &value) {
        out += "  " + compact(key) + ": " + value + ",\n";
    };
    member(u"format"_s, compact(u"infralab-topology"_s));
    member(u"version"_s, QByteArray::number(TopologyReader::kFormatVersion));
    member(u"name"_s, compact(topology.name));
    member(u"domain"_s, compact(topology.domain));
    for (auto it = topology.extra.begin(); it != topology.extra.end(); ++it)
        member(it.key(), compact(it.value()));
    member(u"nodes"_s, listJson(topology.nodes(), nodeJson));
    out += "  \"links\": " + listJson(topology.links(), linkJson) + "\n}\n";
    return out;
}

std::optional<QString> TopologyWriter::writeFile(const Topology &topology, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot be written: %2").arg(path, file.errorString());
    file.write(toJson(topology));
    if (!file.commit())
        return tr("%1: cannot be written: %2").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace infralab
