#include "TopologyModel.h"

namespace infralab {

TopologyModel::TopologyModel(QObject *parent)
    : QObject(parent)
{
}

void TopologyModel::reset(const Topology &topology)
{
    m_topology = topology;
    emit modelReset();
    emit changed();
}

void TopologyModel::addNode(const Node &node, qsizetype index)
{
    if (m_topology.contains(node.id))
        return;
    if (index < 0)
        m_topology.addNode(node);
    else
        m_topology.insertNode(index, node);
    emit nodeAdded(node.id);
    emit changed();
}

void TopologyModel::updateNode(const Node &node)
{
    const Node *current = m_topology.node(node.id);
    if (!current || *current == node)
        return;
    m_topology.replaceNode(node);
    emit nodeChanged(node.id);
    emit changed();
}

void TopologyModel::removeNode(const QString &id)
{
    if (!m_topology.contains(id))
        return;
    const QList<Link> links = m_topology.linksOf(id);
    QStringList orphans;
    for (const Node *hosted : m_topology.hostedBy(id))
        orphans.append(hosted->id);
    m_topology.removeNode(id);
    for (const Link &link : links)
        emit linkRemoved(link.from, link.to);
    for (const QString &orphan : std::as_const(orphans))
        emit nodeChanged(orphan);
    emit nodeRemoved(id);
    emit changed();
}

void TopologyModel::addLink(const Link &link, qsizetype index)
{
    if (m_topology.hasLink(link.from, link.to))
        return;
    if (index < 0)
        m_topology.addLink(link);
    else
        m_topology.insertLink(index, link);
    emit linkAdded(link.from, link.to);
    emit changed();
}

void TopologyModel::removeLink(const QString &a, const QString &b)
{
    if (!m_topology.hasLink(a, b))
        return;
    m_topology.removeLink(a, b);
    emit linkRemoved(a, b);
    emit changed();
}

void TopologyModel::setDesignInfo(const QString &name, const QString &domain, const QJsonObject &extra)
{
    if (m_topology.name == name && m_topology.domain == domain && m_topology.extra == extra)
        return;
    m_topology.name = name;
    m_topology.domain = domain;
    m_topology.extra = extra;
    emit designInfoChanged();
    emit changed();
}

} // namespace infralab
