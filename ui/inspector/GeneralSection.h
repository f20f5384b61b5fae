#pragma once

#include "PropertySection.h"

class QLabel;

namespace infralab {

class CheckedLineEdit;

// What every node has: who it is (kind, id), its label and its IP address.
class GeneralSection : public PropertySection
{
    Q_OBJECT

public:
    explicit GeneralSection(const TopologyModel *model, QWidget *parent = nullptr);

    void setNode(const Node &node) override;

private:
    Node m_node;
    QLabel *m_icon;
    QLabel *m_kind;
    QLabel *m_id;
    CheckedLineEdit *m_label;
    CheckedLineEdit *m_ip;
};

} // namespace infralab
