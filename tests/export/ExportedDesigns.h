#pragma once

#include "canvas/TopologyNodeItem.h"
#include "canvas/TopologyScene.h"
#include "model/Topology.h"
#include "model/TopologyModel.h"
#include "presets/Presets.h"

#include <QGraphicsItem>
#include <QList>
#include <QString>

namespace infralab::test {

inline Topology preset(const QString &name)
{
    const LoadResult loaded = loadPreset(name);
    if (!loaded.ok())
        qFatal("preset %s does not load", qPrintable(name));
    return loaded.topology;
}

// Labels that must come out escaped in SVG and whole in the embedded JSON.
// Short, so that each fits on one line under its icon.
inline Topology markupDesign()
{
    Topology topology;
    topology.name = QStringLiteral("<Tom & Jerry's> \"stack\"");
    topology.domain = QStringLiteral("a&b.example");
    const auto add = [&](const char *id, NodeKind kind, const char *label, double x, double y) {
        Node node;
        node.id = QString::fromLatin1(id);
        node.kind = kind;
        node.label = QString::fromUtf8(label);
        node.pos = {x, y};
        topology.addNode(node);
    };
    add("user", NodeKind::Client, "<b>You</b>", 0, 0);
    add("lb", NodeKind::LoadBalancer, "Tom & Jerry", 200, 0);
    add("web", NodeKind::WebServer, "\"quoted\" 'x'", 400, 0);
    add("db", NodeKind::Database, "]]> a<b", 600, 0);
    add("app", NodeKind::AppServer, "Zu\u0308rich \u2713", 400, 160);
    topology.addLink({QStringLiteral("user"), QStringLiteral("lb"), {}});
    topology.addLink({QStringLiteral("lb"), QStringLiteral("web"), {}});
    topology.addLink({QStringLiteral("web"), QStringLiteral("app"), {}});
    topology.addLink({QStringLiteral("app"), QStringLiteral("db"), {}});
    return topology;
}

// A model and the scene that draws it, as the window and `export` have them.
struct Canvas
{
    explicit Canvas(const Topology &topology) { model.reset(topology); }

    // Selection arrives with the canvas editor; until then the test makes
    // the items selectable itself, as the editor will.
    void select(const QStringList &ids)
    {
        for (const Node &node : model.topology().nodes()) {
            QGraphicsItem *item = scene.nodeItem(node.id);
            item->setFlag(QGraphicsItem::ItemIsSelectable);
            item->setSelected(ids.contains(node.id));
        }
    }

    TopologyModel model;
    TopologyScene scene {&model};
};

} // namespace infralab::test
