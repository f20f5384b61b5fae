#include "SharedFields.h"

#include "model/Properties.h"

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

SharedField text(const QString &key, const QString &title, const QString &name)
{
    SharedField field{key, SharedField::Type::Text, title, name, {}, {}, {}};
    field.read = [key](const Node &node) { return QJsonValue(node.props.value(key).toString()); };
    return field;
}

template<typename Enum, typename Reader>
SharedField choice(const QString &key, const QString &title, const QString &name, const QList<Choice> &choices,
                   std::span<const EnumName<Enum>> names, Reader reader)
{
    SharedField field{key, SharedField::Type::Choice, title, name, choices, {}, {}};
    field.read = [names, reader](const Node &node) { return QJsonValue(enumToJson(names, reader(node))); };
    return field;
}

SharedField flag(const QString &key, const QString &title, const QString &name, const QString &flagText)
{
    SharedField field{key, SharedField::Type::Flag, title, name, {}, flagText, {}};
    field.read = [key](const Node &node) { return QJsonValue(node.props.value(key).toBool(false)); };
    return field;
}

} // namespace

QList<SharedField> SharedFields::of(const QSet<NodeKind> &kinds)
{
    SharedField label{u"label"_s, SharedField::Type::Text, tr("&Label:"), tr("label"), {}, {}, {}};
    label.read = [](const Node &node) { return QJsonValue(node.label); };
    QList<SharedField> fields{label};
    if (kinds.size() != 1)
        return fields;
    // The same settings, words and defaults as the one-node sections.
    switch (*kinds.cbegin()) {
    case NodeKind::LoadBalancer:
        fields << text(u"software"_s, tr("&Software:"), tr("software"))
               << choice(u"algorithm"_s, tr("&Algorithm:"), tr("algorithm"), algorithmChoices(), algorithmNames(),
                         loadBalancerAlgorithm)
               << choice(u"tls"_s, tr("&HTTPS:"), tr("TLS mode"), tlsModeChoices(), tlsModeNames(), loadBalancerTls);
        break;
    case NodeKind::WebServer:
        fields << text(u"software"_s, tr("&Software:"), tr("software"))
               << flag(u"tls"_s, tr("HTTPS:"), tr("HTTPS"), tr("Holds the certificate (HTTPS ends here)"));
        break;
    case NodeKind::Database:
        fields << choice(u"role"_s, tr("&Role:"), tr("role"), databaseRoleChoices(), databaseRoleNames(), databaseRole)
               << choice(u"failover"_s, tr("&Failover:"), tr("failover"), failoverChoices(), failoverNames(),
                         databaseFailover)
               << flag(u"tls"_s, tr("Connections:"), tr("encryption"), tr("Encrypted (TLS) from the application"));
        break;
    case NodeKind::Firewall:
        fields << choice(u"policy"_s, tr("&When no rule matches:"), tr("default policy"), ruleActionChoices(),
                         ruleActionNames(), firewallPolicy);
        break;
    default:
        break;
    }
    return fields;
}

Node SharedFields::applied(const Node &node, const SharedField &field, const QJsonValue &value)
{
    Node after = node;
    if (field.key == u"label")
        after.label = value.toString();
    else if (value.isString() && value.toString().isEmpty())
        after.props.remove(field.key);
    else
        after.props.insert(field.key, value);
    return after;
}

} // namespace infralab
