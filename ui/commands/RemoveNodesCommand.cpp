#include "RemoveNodesCommand.h"

#include "model/TopologyModel.h"

#include <QSet>

namespace infralab {

RemoveNodesCommand::RemoveNodesCommand(TopologyModel *model, const QStringList &ids, const QString &text,
                                       QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
{
    const Topology &design = model->topology();
    QSet<QString> doomed;
    for (const QString &id : ids) {
        if (!design.contains(id))
            continue;
        doomed.insert(id);
        for (const Node *hosted : design.hostedBy(id))
            doomed.insert(hosted->id);
    }
    const QList<Node> &nodes = design.nodes();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (doomed.contains(nodes[i].id))
            m_nodes.append({i, nodes[i]});
    }
    const QList<Link> &links = design.links();
    for (qsizetype i = 0; i < links.size(); ++i) {
        if (doomed.contains(links[i].from) || doomed.contains(links[i].to))
            m_links.append({i, links[i]});
    }
}

QStringList RemoveNodesCommand::removedIds() const
{
    QStringList ids;
    for (const auto &node : m_nodes)
        ids.append(node.value.id);
    return ids;
}

void RemoveNodesCommand::redo()
{
    // Last first: hosted components usually follow their server in the file,
    // and a server removed first would clear their host in the model.
    for (auto it = m_nodes.crbegin(); it != m_nodes.crend(); ++it)
        m_model->removeNode(it->value.id);
}

void RemoveNodesCommand::undo()
{
    // Ascending indices: each insert lands where it was, since everything
    // before it is already back.
    for (const auto &node : std::as_const(m_nodes))
        m_model->addNode(node.value, node.index);
    for (const auto &link : std::as_const(m_links))
        m_model->addLink(link.value, link.index);
}

} // namespace infralab
