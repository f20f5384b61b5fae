#pragma once

#include "PropertySection.h"

class QCheckBox;

namespace infralab {

class CheckedLineEdit;

// A web server's software, and whether it holds the certificate itself
// (HTTPS passed through the load balancer ends here).
class WebServerSection : public PropertySection
{
    Q_OBJECT

public:
    explicit WebServerSection(const TopologyModel *model, QWidget *parent = nullptr);

    void setNode(const Node &node) override;

private:
    Node m_node;
    CheckedLineEdit *m_software;
    QCheckBox *m_tls;
};

} // namespace infralab
