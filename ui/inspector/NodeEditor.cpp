#include "NodeEditor.h"

#include "DatabaseSection.h"
#include "DnsSection.h"
#include "FirewallSection.h"
#include "GeneralSection.h"
#include "LoadBalancerSection.h"
#include "WebServerSection.h"

#include <QVBoxLayout>

namespace infralab {

namespace {

PropertySection *kindSection(const TopologyModel *model, NodeKind kind, QWidget *parent)
{
    switch (kind) {
    case NodeKind::Dns: return new DnsSection(model, parent);
    case NodeKind::Firewall: return new FirewallSection(model, parent);
    case NodeKind::LoadBalancer: return new LoadBalancerSection(model, parent);
    case NodeKind::WebServer: return new WebServerSection(model, parent);
    case NodeKind::Database: return new DatabaseSection(model, parent);
    default: return nullptr;   // the general fields say all there is
    }
}

} // namespace

NodeEditor::NodeEditor(const TopologyModel *model, NodeKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sections.append(new GeneralSection(model, this));
    if (PropertySection *section = kindSection(model, kind, this))
        m_sections.append(section);
    for (PropertySection *section : std::as_const(m_sections)) {
        layout->addWidget(section);
        connect(section, &PropertySection::edited, this, &NodeEditor::edited);
    }
    layout->addStretch(1);
}

void NodeEditor::setNode(const Node &node)
{
    Q_ASSERT(node.kind == m_kind);
    m_nodeId = node.id;
    for (PropertySection *section : std::as_const(m_sections))
        section->setNode(node);
}

} // namespace infralab
