#include "FirewallSection.h"

#include "ChoiceCombo.h"
#include "FirewallRulesModel.h"
#include "InspectorStyle.h"
#include "RowsEditor.h"

#include "model/Properties.h"

#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace infralab {

FirewallSection::FirewallSection(const TopologyModel *model, QWidget *parent)
    : PropertySection(model, parent)
    , m_policy(new ChoiceCombo(ruleActionChoices(), this))
    , m_rules(new FirewallRulesModel(model, this))
    , m_rulesEditor(new RowsEditor(m_rules, tr("rule"), this))
{
    m_policy->setObjectName(u"policyCombo"_s);
    m_rulesEditor->setObjectName(u"rulesEditor"_s);

    QFormLayout *form = addGroup(tr("Firewall"));
    // Broken by hand, not word-wrapped: a wrapping label makes the scrolling
    // dock misjudge its height and squeeze the table.
    auto *hint = new QLabel(tr("Rules are tried in order; the first match decides.\n"
                               "“From” is any, a kind of component or one component."),
                            this);
    styleAsHint(hint);
    hint->setWordWrap(false);
    form->addRow(hint);
    form->addRow(m_rulesEditor);
    form->addRow(tr("&When no rule matches:"), m_policy);

    connect(m_policy, &ChoiceCombo::picked, this, [this](const QString &value) {
        if (value == enumToJson(ruleActionNames(), firewallPolicy(m_node)))
            return;
        Node after = m_node;
        after.props.insert(u"policy"_s, value);
        emit edited(after, tr("Change default policy of %1 to %2").arg(nameOf(m_node), m_policy->currentText()));
    });
    connect(m_rules, &JsonRowsModel::edited, this, &PropertySection::edited);
}

void FirewallSection::setNode(const Node &node)
{
    m_node = node;
    m_policy->setValue(enumToJson(ruleActionNames(), firewallPolicy(node)));
    m_rules->setNode(node);
}

} // namespace infralab
