#pragma once

#include "PropertySection.h"

namespace infralab {

class ChoiceCombo;
class FirewallRulesModel;
class RowsEditor;

// A firewall: its ordered rules, and the policy applied when none matches.
class FirewallSection : public PropertySection
{
    Q_OBJECT

public:
    explicit FirewallSection(const TopologyModel *model, QWidget *parent = nullptr);

    void setNode(const Node &node) override;

    RowsEditor *rulesEditor() const { return m_rulesEditor; }

private:
    Node m_node;
    ChoiceCombo *m_policy;
    FirewallRulesModel *m_rules;
    RowsEditor *m_rulesEditor;
};

} // namespace infralab
