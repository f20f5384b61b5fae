#include "Topology.h"

#include <algorithm>

namespace infralab {

const Node *Topology::node(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_nodes[*it];
}

QList<const Node *> Topology::nodesOfKind(NodeKind kind) const
{
    QList<const Node *> result;
    for (const Node &n : m_nodes) {
        if (n.kind == kind)
            result.append(&n);
    }
    return result;
}

QList<const Node *> Topology::hostedBy(const QString &serverId) const
{
    QList<const Node *> result;
    for (const Node &n : m_nodes) {
        if (n.host == serverId)
            result.append(&n);
    }
    return result;
}

QList<Link> Topology::linksOf(const QString &id) const
{
    QList<Link> result;
    for (const Link &l : m_links) {
        if (l.touches(id))
            result.append(l);
    }
    return result;
}

QStringList Topology::neighbours(const QString &id) const
{
    QStringList result;
    for (const Link &l : m_links) {
        if (l.touches(id))
            result.append(l.otherEnd(id));
    }
    return result;
}

bool Topology::hasLink(const QString &a, const QString &b) const
{
    for (const Link &l : m_links) {
        if (l.joins(a, b))
            return true;
    }
    return false;
}

void Topology::addNode(const Node &node)
{
    m_index.insert(node.id, m_nodes.size());
    m_nodes.append(node);
}

void Topology::insertNode(qsizetype index, const Node &node)
{
    m_nodes.insert(std::clamp<qsizetype>(index, 0, m_nodes.size()), node);
    reindex();
}

void Topology::replaceNode(const Node &node)
{
    const auto it = m_index.constFind(node.id);
    if (it != m_index.cend())
        m_nodes[*it] = node;
}

void Topology::removeNode(const QString &id)
{
    if (!m_index.contains(id))
        return;
    m_nodes.removeIf([&](const Node &n) { return n.id == id; });
    for (Node &n : m_nodes) {
        if (n.host == id)
            n.host.clear();
    }
    m_links.removeIf([&](const Link &l) { return l.touches(id); });
    reindex();
}

void Topology::addLink(const Link &link)
{
    m_links.append(link);
}

void Topology::insertLink(qsizetype index, const Link &link)
{
    m_links.insert(std::clamp<qsizetype>(index, 0, m_links.size()), link);
}

qsizetype Topology::linkIndex(const QString &a, const QString &b) const
{
    for (qsizetype i = 0; i < m_links.size(); ++i) {
        if (m_links[i].joins(a, b))
            return i;
    }
    return -1;
}

void Topology::removeLink(const QString &a, const QString &b)
{
    m_links.removeIf([&](const Link &l) { return l.joins(a, b); });
}

QString Topology::uniqueId(const QString &stem) const
{
    for (int i = 1;; ++i) {
        QString candidate = stem + QString::number(i);
        if (!m_index.contains(candidate))
            return candidate;
    }
}

void Topology::reindex()
{
    m_index.clear();
    m_index.reserve(m_nodes.size());
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        m_index.insert(m_nodes[i].id, i);
}

} // namespace infralab
