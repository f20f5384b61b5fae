#include "FieldCheck.h"

#include "ReadContext.h"
#include "TopologyReader.h"
#include "model/Properties.h"
#include "model/Topology.h"

#include <cmath>

namespace infralab {

namespace {

std::optional<QString> textProblem(const QJsonValue &value, const QString &what, qsizetype maxLength)
{
    if (!value.isString())
        return FieldCheck::tr("\"%1\" must be text").arg(what);
    const QString text = value.toString();
    if (text.size() > maxLength)
        return FieldCheck::tr("\"%1\" is too long (%2 characters; at most %3)").arg(what).arg(text.size()).arg(maxLength);
    if (hasControlCharacter(text))
        return FieldCheck::tr("the %1 contains a control character").arg(what);
    return std::nullopt;
}

} // namespace

std::optional<QString> FieldCheck::problem(Field field, const QJsonValue &value, const Topology &topology)
{
    switch (field) {
    case Field::Label:
        return textProblem(value, QStringLiteral("label"), TopologyReader::kMaxLabelLength);
    case Field::DesignName:
        return textProblem(value, QStringLiteral("name"), TopologyReader::kMaxLabelLength);
    case Field::Domain:
        return textProblem(value, QStringLiteral("domain"), kMaxDomainLength);
    case Field::Ip: {
        const QString ip = value.toString();
        if (!value.isString() || (!ip.isEmpty() && !isValidIpAddress(ip)))
            return tr("\"%1\" is not an IP address").arg(shown(value.isString() ? ip : jsonTypeName(value)));
        return std::nullopt;
    }
    case Field::Port: {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != std::floor(number) || number < 1 || number > 65535)
            return tr("the port must be a whole number from 1 to 65535");
        return std::nullopt;
    }
    case Field::RuleSource: {
        const QString from = value.toString();
        if (!value.isString() || (from != u"any" && !nodeKindFromJson(from) && !topology.contains(from)))
            return tr("\"%1\" is neither \"any\", a node kind nor a node id").arg(shown(from));
        return std::nullopt;
    }
    case Field::DnsTarget: {
        const QString target = value.toString();
        if (!value.isString() || (!isValidIpAddress(target) && !topology.contains(target)))
            return tr("\"%1\" is neither an IP address nor a node id").arg(shown(target));
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace infralab
