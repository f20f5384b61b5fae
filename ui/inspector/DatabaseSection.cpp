#include "DatabaseSection.h"

#include "ChoiceCombo.h"

#include "model/Properties.h"

#include <QCheckBox>
#include <QFormLayout>

using namespace Qt::StringLiterals;

namespace infralab {

DatabaseSection::DatabaseSection(const TopologyModel *model, QWidget *parent)
    : PropertySection(model, parent)
    , m_role(new ChoiceCombo(databaseRoleChoices(), this))
    , m_failover(new ChoiceCombo(failoverChoices(), this))
    , m_tls(new QCheckBox(tr("Encrypted (TLS) from the application"), this))
{
    m_role->setObjectName(u"roleCombo"_s);
    m_failover->setObjectName(u"failoverCombo"_s);
    m_tls->setObjectName(u"databaseTlsCheck"_s);

    QFormLayout *form = addGroup(tr("Database"));
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Failover:"), m_failover);
    form->addRow(tr("Connections:"), m_tls);

    connect(m_role, &ChoiceCombo::picked, this, [this](const QString &value) {
        if (value == enumToJson(databaseRoleNames(), databaseRole(m_node)))
            return;
        Node after = m_node;
        after.props.insert(u"role"_s, value);
        emit edited(after, tr("Change role of %1 to %2").arg(nameOf(m_node), m_role->currentText()));
    });
    connect(m_failover, &ChoiceCombo::picked, this, [this](const QString &value) {
        if (value == enumToJson(failoverNames(), databaseFailover(m_node)))
            return;
        Node after = m_node;
        after.props.insert(u"failover"_s, value);
        emit edited(after, tr("Change failover of %1 to %2").arg(nameOf(m_node), m_failover->currentText()));
    });
    // clicked, not toggled: only the user's clicks are edits.
    connect(m_tls, &QCheckBox::clicked, this, [this](bool on) {
        Node after = m_node;
        after.props.insert(u"tls"_s, on);
        emit edited(after, on ? tr("Encrypt connections to %1").arg(nameOf(m_node))
                              : tr("Stop encrypting connections to %1").arg(nameOf(m_node)));
    });
}

void DatabaseSection::setNode(const Node &node)
{
    m_node = node;
    m_role->setValue(enumToJson(databaseRoleNames(), databaseRole(node)));
    m_failover->setValue(enumToJson(failoverNames(), databaseFailover(node)));
    // Failover is what a replica does when the primary goes away.
    m_failover->setEnabled(databaseRole(node) == DatabaseRole::Replica);
    m_tls->setChecked(databaseTls(node));
}

} // namespace infralab
