#include "TopologyReader.h"

#include "FieldCheck.h"
#include "EmbeddedDesignReader.h"
#include "PropertyReader.h"
#include "ReadContext.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

const QSet<QString> &knownNodeKeys()
{
    static const QSet<QString> keys{u"id"_s, u"kind"_s, u"label"_s, u"x"_s,    u"y"_s,
                                    u"host"_s, u"props"_s, u"width"_s, u"height"_s};
    return keys;
}

bool readCoordinate(ReadContext &ctx, const QJsonObject &object, const QString &key, const JsonPath &path,
                    const QString &owner, double &out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isDouble())
        return ctx.fail(path, TopologyReader::tr("%1: \"%2\" is %3; expected a number")
                                  .arg(owner, key, jsonTypeName(value)));
    out = value.toDouble();
    if (!std::isfinite(out) || std::abs(out) > TopologyReader::kMaxCoordinate)
        return ctx.fail(path, TopologyReader::tr("%1: \"%2\" is out of range (-%3 to %3)")
                                  .arg(owner, key).arg(qint64(TopologyReader::kMaxCoordinate)));
    return true;
}

bool readString(ReadContext &ctx, const QJsonObject &object, const QString &key, const JsonPath &path,
                const QString &owner, qsizetype maxLength, QString &out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isString())
        return ctx.fail(path, TopologyReader::tr("%1: \"%2\" is %3; expected a string")
                                  .arg(owner, key, jsonTypeName(value)));
    out = value.toString();
    if (out.size() > maxLength)
        return ctx.fail(path, TopologyReader::tr("%1: \"%2\" is too long (%3 characters; at most %4)")
                                  .arg(owner, key)
                                  .arg(out.size())
                                  .arg(maxLength));
    return true;
}

bool readNode(ReadContext &ctx, const QJsonValue &value, qsizetype index, Node &node)
{
    const JsonPath path{u"nodes"_s, index};
    if (!value.isObject())
        return ctx.fail(path, TopologyReader::tr("node %1 is %2; expected an object")
                                  .arg(index + 1)
                                  .arg(jsonTypeName(value)));
    const QJsonObject object = value.toObject();
    auto at = [&](const QString &key) { return path + JsonPath{key}; };

    const QJsonValue id = object.value(u"id");
    if (!id.isString() || id.toString().trimmed().isEmpty())
        return ctx.fail(id.isUndefined() ? path : at(u"id"_s),
                        TopologyReader::tr("node %1 has no \"id\" (a non-empty string)").arg(index + 1));
    node.id = id.toString();
    if (node.id.size() > TopologyReader::kMaxIdLength)
        return ctx.fail(at(u"id"_s), TopologyReader::tr("node %1: \"id\" is too long (%2 characters; at most %3)")
                                         .arg(index + 1)
                                         .arg(node.id.size())
                                         .arg(TopologyReader::kMaxIdLength));
    const QString owner = TopologyReader::tr("node \"%1\"").arg(shown(node.id));
    if (hasControlCharacter(node.id))
        return ctx.fail(at(u"id"_s), TopologyReader::tr("%1: the id contains a control character").arg(owner));

    const QJsonValue kind = object.value(u"kind");
    if (!kind.isString())
        return ctx.fail(kind.isUndefined() ? path : at(u"kind"_s),
                        TopologyReader::tr("%1 has no \"kind\" (a string)").arg(owner));
    const auto parsedKind = nodeKindFromJson(kind.toString());
    if (!parsedKind)
        return ctx.fail(at(u"kind"_s), TopologyReader::tr("%1 has unknown kind \"%2\"")
                                           .arg(owner, shown(kind.toString())));
    node.kind = *parsedKind;

    double x = 0, y = 0;
    if (!readString(ctx, object, u"label"_s, at(u"label"_s), owner, TopologyReader::kMaxFileBytes, node.label)
        || !readString(ctx, object, u"host"_s, at(u"host"_s), owner, TopologyReader::kMaxIdLength, node.host)
        || !readCoordinate(ctx, object, u"x"_s, at(u"x"_s), owner, x)
        || !readCoordinate(ctx, object, u"y"_s, at(u"y"_s), owner, y))
        return false;
    node.pos = QPointF(x, y);
    if (const auto problem = FieldCheck::problem(Field::Label, node.label, Topology()))
        return ctx.fail(at(u"label"_s), TopologyReader::tr("%1: %2").arg(owner, *problem));

    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!knownNodeKeys().contains(it.key()))
            node.extra.insert(it.key(), it.value());
    }
    if (node.kind == NodeKind::Server) {
        double width = 0, height = 0;
        if (!readCoordinate(ctx, object, u"width"_s, at(u"width"_s), owner, width)
            || !readCoordinate(ctx, object, u"height"_s, at(u"height"_s), owner, height))
            return false;
        if (width < 0 || height < 0)
            return ctx.fail(at(u"width"_s), TopologyReader::tr("%1 has a negative size").arg(owner));
        node.size = QSizeF(width, height);
    } else {
        // Only frames have a size: elsewhere the keys are just kept.
        for (const QString &key : {u"width"_s, u"height"_s}) {
            if (object.contains(key))
                node.extra.insert(key, object.value(key));
        }
    }

    const QJsonValue props = object.value(u"props");
    if (!props.isUndefined() && !props.isObject())
        return ctx.fail(at(u"props"_s), TopologyReader::tr("%1: \"props\" is %2; expected an object")
                                            .arg(owner, jsonTypeName(props)));
    node.props = props.toObject();
    return readProperties(ctx, node, at(u"props"_s));
}

bool readLink(ReadContext &ctx, const QJsonValue &value, qsizetype index, Topology &topology)
{
    const JsonPath path{u"links"_s, index};
    if (!value.isObject())
        return ctx.fail(path, TopologyReader::tr("link %1 is %2; expected an object")
                                  .arg(index + 1)
                                  .arg(jsonTypeName(value)));
    const QJsonObject object = value.toObject();
    Link link;
    for (const QString &end : {u"from"_s, u"to"_s}) {
        const QJsonValue id = object.value(end);
        if (!id.isString())
            return ctx.fail(id.isUndefined() ? path : path + JsonPath{end},
                            TopologyReader::tr("link %1 has no \"%2\" (a node id)").arg(index + 1).arg(end));
        if (!topology.contains(id.toString()))
            return ctx.fail(path + JsonPath{end}, TopologyReader::tr("link to unknown node \"%1\"")
                                                      .arg(shown(id.toString())));
        (end == u"from" ? link.from : link.to) = id.toString();
    }
    if (link.from == link.to)
        return ctx.fail(path, TopologyReader::tr("link from node \"%1\" to itself").arg(shown(link.from)));
    if (topology.hasLink(link.from, link.to))
        return ctx.fail(path, TopologyReader::tr("duplicate link between \"%1\" and \"%2\"").arg(shown(link.from), shown(link.to)));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"from" && it.key() != u"to")
            link.extra.insert(it.key(), it.value());
    }
    topology.addLink(link);
    return true;
}

bool checkHost(ReadContext &ctx, const Topology &topology, const Node &node, qsizetype index)
{
    if (node.host.isEmpty())
        return true;
    const JsonPath path{u"nodes"_s, index, u"host"_s};
    if (node.host == node.id)
        return ctx.fail(path, TopologyReader::tr("node \"%1\" names itself as its host").arg(shown(node.id)));
    const Node *host = topology.node(node.host);
    if (!host)
        return ctx.fail(path, TopologyReader::tr("node \"%1\" is hosted by unknown node \"%2\"")
                                  .arg(shown(node.id), shown(node.host)));
    if (host->kind != NodeKind::Server)
        return ctx.fail(path, TopologyReader::tr("node \"%1\" is hosted by \"%2\", which is a %3, not a server")
                                  .arg(shown(node.id), shown(node.host), jsonName(host->kind)));
    if (node.kind == NodeKind::Server)
        return ctx.fail(path, TopologyReader::tr("server \"%1\" cannot be hosted by another server").arg(shown(node.id)));
    return true;
}

bool readDocument(ReadContext &ctx, const QJsonObject &root, Topology &topology, bool referencesInDesign)
{
    const QJsonValue format = root.value(u"format");
    if (format.toString() != u"infralab-topology") {
        if (format.isString())
            return ctx.fail({u"format"_s}, TopologyReader::tr("format \"%1\" is not an Infralab topology "
                                                              "(expected \"infralab-topology\")")
                                               .arg(shown(format.toString())));
        return ctx.fail({}, TopologyReader::tr("not an Infralab topology (no \"format\": \"infralab-topology\")"));
    }
    const QJsonValue version = root.value(u"version");
    const double number = version.toDouble(-1);
    if (!version.isDouble() || number != std::floor(number) || number < 1)
        return ctx.fail(version.isUndefined() ? JsonPath{} : JsonPath{u"version"_s},
                        TopologyReader::tr("\"version\" must be a whole number from 1 (this Infralab reads version %1)")
                            .arg(TopologyReader::kFormatVersion));
    if (number > TopologyReader::kFormatVersion)
        return ctx.fail({u"version"_s}, TopologyReader::tr("version %1 was written by a newer Infralab; "
                                                          "this one reads version %2")
                                            .arg(number)
                                            .arg(TopologyReader::kFormatVersion));

    const QString owner = TopologyReader::tr("the topology");
    if (!readString(ctx, root, u"name"_s, {u"name"_s}, owner, TopologyReader::kMaxFileBytes, topology.name)
        || !readString(ctx, root, u"domain"_s, {u"domain"_s}, owner, TopologyReader::kMaxFileBytes, topology.domain))
        return false;
    if (const auto problem = FieldCheck::problem(Field::DesignName, topology.name, topology))
        return ctx.fail({u"name"_s}, TopologyReader::tr("%1: %2").arg(owner, *problem));
    if (const auto problem = FieldCheck::problem(Field::Domain, topology.domain, topology))
        return ctx.fail({u"domain"_s}, TopologyReader::tr("%1: %2").arg(owner, *problem));

    const QJsonValue nodes = root.value(u"nodes");
    if (!nodes.isArray())
        return ctx.fail(nodes.isUndefined() ? JsonPath{} : JsonPath{u"nodes"_s},
                        TopologyReader::tr("\"nodes\" must be an array"));
    const QJsonArray nodeArray = nodes.toArray();
    for (qsizetype i = 0; i < nodeArray.size(); ++i) {
        Node node;
        if (!readNode(ctx, nodeArray.at(i), i, node))
            return false;
        if (topology.contains(node.id))
            return ctx.fail({u"nodes"_s, i, u"id"_s}, TopologyReader::tr("duplicate node id \"%1\"").arg(shown(node.id)));
        topology.addNode(node);
    }
    for (qsizetype i = 0; i < topology.nodes().size(); ++i) {
        const Node &node = topology.nodes()[i];
        if (!checkHost(ctx, topology, node, i)
            || (referencesInDesign && !checkPropertyReferences(ctx, topology, node, {u"nodes"_s, i, u"props"_s})))
            return false;
    }

    const QJsonValue links = root.value(u"links");
    if (!links.isUndefined() && !links.isArray())
        return ctx.fail({u"links"_s}, TopologyReader::tr("\"links\" must be an array"));
    const QJsonArray linkArray = links.toArray();
    for (qsizetype i = 0; i < linkArray.size(); ++i) {
        if (!readLink(ctx, linkArray.at(i), i, topology))
            return false;
    }

    static const QSet<QString> known{u"format"_s, u"version"_s, u"name"_s, u"domain"_s, u"nodes"_s, u"links"_s};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!known.contains(it.key()))
            topology.extra.insert(it.key(), it.value());
    }
    return true;
}

} // namespace

LoadResult TopologyReader::readFile(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir())
        return {{}, LoadError{path, 0, tr("is a folder, not a topology file")}};
    if (!file.open(QIODevice::ReadOnly))
        return {{}, LoadError{path, 0, tr("cannot be read: %1").arg(file.errorString())}};
    if (file.size() > kMaxFileBytes)
        return {{}, LoadError{path, 0, tr("is too large (%1 MB; at most %2 MB)")
                                           .arg(file.size() / (1024 * 1024))
                                           .arg(kMaxFileBytes / (1024 * 1024))}};
    // Read one byte past the limit: some files (pipes, /proc) report no size.
    const QByteArray data = file.read(kMaxFileBytes + 1);
    if (data.size() > kMaxFileBytes)
        return {{}, LoadError{path, 0, tr("is too large (at most %1 MB)").arg(kMaxFileBytes / (1024 * 1024))}};
    // A PNG or SVG that Infralab exported carries its design inside.
    if (EmbeddedDesignReader::recognises(data))
        return EmbeddedDesignReader::read(data, path);
    return read(data, path);
}

LoadResult TopologyReader::read(const QByteArray &data, const QString &fileName)
{
    return read(data, fileName, References::InDesign);
}

LoadResult TopologyReader::readPiece(const QByteArray &data, const QString &fileName)
{
    return read(data, fileName, References::MayPointOutside);
}

LoadResult TopologyReader::read(const QByteArray &data, const QString &fileName, References references)
{
    LoadResult result;
    if (data.trimmed().isEmpty()) {
        result.error = LoadError{fileName, 0, tr("the file is empty")};
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt refuses a bare string or number at the top level although it is
        // JSON; say what is really wrong.
        const QByteArray start = data.trimmed().left(1);
        if (!start.isEmpty() && QByteArrayView("\"-0123456789tfn").contains(start[0])
            && QJsonDocument::fromJson('[' + data + ']').isArray()) {
            result.error = LoadError{fileName, 1, tr("the top level must be a JSON object, not a single value")};
            return result;
        }
        result.error = LoadError{fileName, lineOfOffset(data, parseError.offset),
                                 tr("not valid JSON: %1").arg(parseError.errorString())};
        return result;
    }
    if (!document.isObject()) {
        result.error = LoadError{fileName, 1, tr("the top level must be a JSON object, not an array")};
        return result;
    }
    ReadContext ctx(data, fileName);
    if (!readDocument(ctx, document.object(), result.topology, references == References::InDesign)) {
        result.topology = {};
        result.error = ctx.error();
    }
    return result;
}

QString shown(const QString &text)
{
    constexpr qsizetype kMaxShown = 40;
    QString result;
    for (const QChar c : QStringView(text).left(kMaxShown)) {
        if (c.category() == QChar::Other_Control)
            result += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        else
            result += c;
    }
    return text.size() > kMaxShown ? result + u'…' : result;
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return TopologyReader::tr("null");
    case QJsonValue::Bool:
        return TopologyReader::tr("a boolean");
    case QJsonValue::Double:
        return TopologyReader::tr("a number");
    case QJsonValue::String:
        return TopologyReader::tr("a string");
    case QJsonValue::Array:
        return TopologyReader::tr("an array");
    case QJsonValue::Object:
        return TopologyReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return TopologyReader::tr("missing");
}

} // namespace infralab
