#include "CanvasBench.h"

#include "GeneratedTopology.h"

#include "canvas/CanvasView.h"
#include "canvas/MoveGesture.h"
#include "canvas/TopologyScene.h"
#include "canvas/TopologyNodeItem.h"
#include "model/TopologyModel.h"

#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QImage>
#include <QPainter>
#include <QUndoCommand>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

constexpr QSize kViewport(1600, 1000);

// The generated design with links added between the servers of each group
// (application servers to the other servers' databases, web servers to the
// other application servers) until it has 1500.
Topology designWith1500Links()
{
    Topology design = generatedTopology(1000);
    // The generator stacks its spare browsers in one tall column; put them
    // beside the first firewall so the design is one wide band.
    int spare = 0;
    for (const Node &node : design.nodes()) {
        if (node.id.startsWith(u"browser"_s)) {
            Node moved = node;
            moved.pos = QPointF(-200, 150.0 * ++spare);
            design.replaceNode(moved);
        }
    }
    for (int pass = 0; design.links().size() < 1500 && pass < 4; ++pass) {
        for (int group = 0; design.links().size() < 1500; ++group) {
            const QString g = u"s"_s + QString::number(group) + u'_';
            if (!design.contains(g + u"0"_s))
                break;
            for (int s = 0; s < 3 && design.links().size() < 1500; ++s) {
                const QString from = g + QString::number(s) + (pass < 2 ? u"app"_s : u"web"_s);
                const QString to = g + QString::number((s + 1 + pass % 2) % 3) + (pass < 2 ? u"db"_s : u"app"_s);
                if (!design.hasLink(from, to))
                    design.addLink({from, to, {}});
            }
        }
    }
    return design;
}

double repaintMs(CanvasView &view, const QString &name,
                 const std::function<double(int, const std::function<void()> &)> &medianMs)
{
    QImage frame(kViewport, QImage::Format_ARGB32_Premultiplied);
    const auto paint = [&] {
        QPainter painter(&frame);
        view.render(&painter, QRectF(QPointF(0, 0), QSizeF(kViewport)), view.viewport()->rect());
    };
    paint();   // warm the icon cache and the label layouts, as the first paint on screen does
    // INFRALAB_BENCH_PNG=/tmp/frame- saves each measured frame, to look at.
    if (!qEnvironmentVariableIsEmpty("INFRALAB_BENCH_PNG"))
        frame.save(qEnvironmentVariable("INFRALAB_BENCH_PNG") + name + u".png"_s);
    return medianMs(15, paint);
}

} // namespace

void benchCanvas(QTextStream &out, const std::function<double(int, const std::function<void()> &)> &medianMs)
{
    const Topology design = designWith1500Links();
    out << "canvas_nodes " << design.nodes().size() << " nodes\n";
    out << "canvas_links " << design.links().size() << " links\n";

    TopologyModel model;
    std::unique_ptr<TopologyScene> scene;
    const double openMs = medianMs(5, [&] {
        scene.reset();
        model.reset(Topology());
        scene = std::make_unique<TopologyScene>(&model);
        model.reset(design);
    });
    out << "canvas_open_ms " << openMs << " ms\n";

    CanvasView view;
    // No scroll bars: the viewport is the whole 1600 x 1000.
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setScene(scene.get());
    view.resize(kViewport);
    view.show();
    // Every node in the viewport: the whole design fitted, the worst case.
    const QRectF all = scene->itemsBoundingRect();
    const qreal fit = std::min(kViewport.width() / all.width(), kViewport.height() / all.height());
    view.setTransform(QTransform::fromScale(fit, fit));
    view.centerOn(all.center());
    const double frameMs = repaintMs(view, u"fit"_s, medianMs);
    out << "canvas_frame_ms " << frameMs << " ms\n";

    // The same number of plain items, where the nodes and links are.
    QGraphicsScene bare;
    for (const Node &node : design.nodes()) {
        const QRectF box = scene->nodeItem(node.id)->sceneBoundingRect();
        bare.addRect(box, QPen(Qt::darkGray), QBrush(Qt::white));
    }
    for (const Link &link : design.links()) {
        bare.addLine(QLineF(scene->nodeItem(link.from)->sceneBoundingRect().center(),
                            scene->nodeItem(link.to)->sceneBoundingRect().center()),
                     QPen(Qt::gray, 2));
    }
    bare.setSceneRect(scene->sceneRect());
    bare.setBackgroundBrush(scene->style().background);
    CanvasView bareView;
    bareView.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    bareView.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    bareView.setScene(&bare);
    bareView.resize(kViewport);
    bareView.show();
    bareView.setTransform(view.transform());
    bareView.centerOn(view.mapToScene(view.viewport()->rect().center()));
    const double bareMs = repaintMs(bareView, u"bare"_s, medianMs);
    out << "canvas_bare_frame_ms " << bareMs << " ms\n";
    out << "canvas_vs_bare_ratio " << frameMs / bareMs << " x\n";
    out << "canvas_frame_zoom " << fit * 100 << " %\n";

    // At 100%, the view full of components, labels readable.
    view.setTransform(QTransform());
    view.centerOn(scene->nodeItem(u"s3_1"_s)->sceneBoundingRect().center());
    out << "canvas_frame_100pct_ms " << repaintMs(view, u"100pct"_s, medianMs) << " ms\n";

    // Dragging 100 selected nodes: one mouse move, and the release.
    int selected = 0;
    const TopologyNodeItem *grabbed = nullptr;
    for (const Node &node : design.nodes()) {
        if (node.kind == NodeKind::Server || !node.host.isEmpty() || selected >= 100) {
            if (selected >= 100)
                break;
            continue;
        }
        TopologyNodeItem *item = scene->nodeItem(node.id);
        item->setSelected(true);
        grabbed = item;
        ++selected;
    }
    for (const Node &node : design.nodes()) {
        if (selected >= 100)
            break;
        if (node.kind != NodeKind::Server && !scene->nodeItem(node.id)->isSelected()) {
            scene->nodeItem(node.id)->setSelected(true);
            ++selected;
        }
    }
    const QPointF press = grabbed->sceneBoundingRect().center();
    MoveGesture gesture(scene.get(), grabbed, press);
    int step = 0;
    const double moveMs = medianMs(31, [&] {
        ++step;
        gesture.moveTo(press + QPointF(1 + step % 7, 1 + step % 5), 0);
    });
    out << "canvas_drag_move_100_nodes_ms " << moveMs << " ms\n";
    const double dropMs = medianMs(1, [&] {
        std::unique_ptr<QUndoCommand> command(gesture.finish());
        if (command)
            command->redo();
    });
    out << "canvas_drag_release_100_nodes_ms " << dropMs << " ms\n";
}

} // namespace infralab
