#pragma once

#include "PropertySection.h"

class QCheckBox;

namespace infralab {

class ChoiceCombo;

// A database's place in replication (primary or replica), whether a replica
// takes over when the primary fails, and whether the application reaches it
// over TLS.
class DatabaseSection : public PropertySection
{
    Q_OBJECT

public:
    explicit DatabaseSection(const TopologyModel *model, QWidget *parent = nullptr);

    void setNode(const Node &node) override;

private:
    Node m_node;
    ChoiceCombo *m_role;
    ChoiceCombo *m_failover;
    QCheckBox *m_tls;
};

} // namespace infralab
