#pragma once

#include "PropertySection.h"

class QComboBox;

namespace infralab {

class ChoiceCombo;

// How the load balancer works: its software, how it picks a backend, and
// where HTTPS ends (DESIGN.md, load-balancer.props).
class LoadBalancerSection : public PropertySection
{
    Q_OBJECT

public:
    explicit LoadBalancerSection(const TopologyModel *model, QWidget *parent = nullptr);

    void setNode(const Node &node) override;

private:
    void commitSoftware();
    void commitChoice(const QString &key, const QString &value, const QString &text);

    Node m_node;
    QComboBox *m_software;
    ChoiceCombo *m_algorithm;
    ChoiceCombo *m_tls;
};

} // namespace infralab
