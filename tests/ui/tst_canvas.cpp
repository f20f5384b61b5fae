// The scene as a view of the model: one item per node and per link, built
// from the topology and kept in step with the model's signals.

#include "../PresetDesign.h"
#include "canvas/CanvasStyle.h"
#include "canvas/IconCache.h"
#include "canvas/LinkItem.h"
#include "canvas/NodeItem.h"
#include "canvas/NodeLabel.h"
#include "canvas/ServerFrameItem.h"
#include "canvas/TopologyScene.h"

#include "model/TopologyModel.h"
#include "presets/Presets.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace infralab;
using namespace infralab::testing;

namespace {

template<typename Item>
QList<Item *> itemsOfType(const QGraphicsScene &scene)
{
    QList<Item *> found;
    for (QGraphicsItem *item : scene.items()) {
        if (auto *typed = qgraphicsitem_cast<Item *>(item))
            found.append(typed);
    }
    return found;
}

Node component(const QString &id, NodeKind kind, QPointF pos, const QString &host = {})
{
    Node node;
    node.id = id;
    node.kind = kind;
    node.label = id;
    node.pos = pos;
    node.host = host;
    return node;
}

void addPresetRows()
{
    QTest::addColumn<QString>("presetName");
    for (const PresetInfo &info : builtinPresets())
        QTest::newRow(qPrintable(info.name)) << info.name;
}

// A link's end lies on the edge of the rect it is clipped at.
bool onEdge(const QRectF &rect, const QPointF &point)
{
    const qreal e = 0.01;
    return rect.adjusted(-e, -e, e, e).contains(point) && !rect.adjusted(e, e, -e, -e).contains(point);
}

} // namespace

class tst_Canvas : public QObject
{
    Q_OBJECT

private slots:
    void oneItemPerNodeAndLink_data() { addPresetRows(); }
    void oneItemPerNodeAndLink();
    void serverFramesSitBehindAndContainHostedItems_data() { addPresetRows(); }
    void serverFramesSitBehindAndContainHostedItems();
    void topLevelItemsDoNotOverlap_data() { addPresetRows(); }
    void topLevelItemsDoNotOverlap();
    void nodeBoxIsTheFilesTopLeft();
    void serverFrameUsesTheFilesGeometryAndTitle();
    void serverFrameFitsHostedNodesWhenSizeIsEmpty();
    void reportingLinksAreTheMonitoringOnes();
    void removingANodeRemovesItsItemAndLinks();
    void removingAServerKeepsTheComponentsItHosted();
    void addingANodeAndALinkAddsItems();
    void movingANodeMovesItsLinks();
    void modelResetRebuildsTheScene();
    void linksAreClippedAtTheBoxes();
    void exitPoint_data();
    void exitPoint();
    void labelLayout_data();
    void labelLayout();
    void iconCacheRendersOncePerBucket();
    void paintingReusesIconsAcrossPaintsAndScales();
    void paletteChangeRestylesTheScene();
};

void tst_Canvas::oneItemPerNodeAndLink()
{
    QFETCH(QString, presetName);
    const Topology topology = preset(presetName);
    TopologyModel model;
    model.reset(topology);
    TopologyScene scene(&model);

    const qsizetype servers = topology.nodesOfKind(NodeKind::Server).size();
    QCOMPARE(itemsOfType<NodeItem>(scene).size(), topology.nodes().size() - servers);
    QCOMPARE(itemsOfType<ServerFrameItem>(scene).size(), servers);
    QCOMPARE(itemsOfType<LinkItem>(scene).size(), topology.links().size());
    QCOMPARE(scene.items().size(), topology.nodes().size() + topology.links().size());
    for (const Node &node : topology.nodes()) {
        const TopologyNodeItem *item = scene.nodeItem(node.id);
        QVERIFY2(item, qPrintable(node.id));
        QCOMPARE(item->type(), node.kind == NodeKind::Server ? int(ServerFrameItem::Type) : int(NodeItem::Type));
    }
    for (const Link &link : topology.links()) {
        const LinkItem *item = scene.linkItem(link.to, link.from);   // either order
        QVERIFY(item);
        QCOMPARE(item->fromItem()->id(), link.from);
        QCOMPARE(item->toItem()->id(), link.to);
    }
}

void tst_Canvas::serverFramesSitBehindAndContainHostedItems()
{
    QFETCH(QString, presetName);
    const Topology topology = preset(presetName);
    TopologyModel model;
    model.reset(topology);
    TopologyScene scene(&model);

    for (const Node *server : topology.nodesOfKind(NodeKind::Server)) {
        const TopologyNodeItem *frame = scene.nodeItem(server->id);
        const QList<const Node *> hosted = topology.hostedBy(server->id);
        QVERIFY(!hosted.isEmpty());
        for (const Node *node : hosted) {
            const TopologyNodeItem *item = scene.nodeItem(node->id);
            QVERIFY2(frame->sceneBoundingRect().contains(item->sceneBoundingRect()), qPrintable(node->id));
            // Topmost first: the component is hit before its frame.
            const QList<QGraphicsItem *> stack = scene.items(item->sceneBoundingRect().center());
            QVERIFY(stack.indexOf(item) >= 0);
            QVERIFY(stack.indexOf(item) < stack.indexOf(frame));
        }
    }
    for (const LinkItem *link : itemsOfType<LinkItem>(scene)) {
        for (const ServerFrameItem *frame : itemsOfType<ServerFrameItem>(scene))
            QVERIFY(link->zValue() > frame->zValue());
        QVERIFY(link->zValue() < link->fromItem()->zValue() || link->fromItem()->type() == ServerFrameItem::Type);
    }
}

void tst_Canvas::topLevelItemsDoNotOverlap()
{
    QFETCH(QString, presetName);
    const Topology topology = preset(presetName);
    TopologyModel model;
    model.reset(topology);
    TopologyScene scene(&model);

    // Frames and unhosted components side by side; hosted components within
    // one frame side by side.
    QHash<QString, QList<const Node *>> groups;
    for (const Node &node : topology.nodes())
        groups[node.host].append(&node);
    for (const QList<const Node *> &group : std::as_const(groups)) {
        for (qsizetype i = 0; i < group.size(); ++i) {
            for (qsizetype j = i + 1; j < group.size(); ++j) {
                const QRectF a = scene.nodeItem(group[i]->id)->sceneBoundingRect();
                const QRectF b = scene.nodeItem(group[j]->id)->sceneBoundingRect();
                QVERIFY2(!a.intersects(b), qPrintable(group[i]->id + u" overlaps "_s + group[j]->id));
            }
        }
    }
}

void tst_Canvas::nodeBoxIsTheFilesTopLeft()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    TopologyScene scene(&model);

    auto *lb = qgraphicsitem_cast<NodeItem *>(scene.nodeItem(u"lb"_s));
    QVERIFY(lb);
    QCOMPARE(lb->sceneBoundingRect(), QRectF(400, 490, NodeItem::kWidth, NodeItem::kHeight));
    QCOMPARE(lb->label(), u"HAProxy"_s);
    QCOMPARE(lb->ip(), u"203.0.113.10"_s);
    QCOMPARE(lb->kind(), NodeKind::LoadBalancer);
    // Hosted components keep absolute coordinates, not frame-relative ones.
    QCOMPARE(scene.nodeItem(u"web1"_s)->scenePos(), QPointF(780, 190));
}

void tst_Canvas::serverFrameUsesTheFilesGeometryAndTitle()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    TopologyScene scene(&model);

    auto *frame = qgraphicsitem_cast<ServerFrameItem *>(scene.nodeItem(u"s1"_s));
    QVERIFY(frame);
    QCOMPARE(frame->sceneBoundingRect(), QRectF(760, 150, 310, 270));
    QCOMPARE(frame->title(), u"Server 1 \u00b7 8.8.8.8"_s);
}

void tst_Canvas::serverFrameFitsHostedNodesWhenSizeIsEmpty()
{
    Topology topology;
    topology.addNode(component(u"s"_s, NodeKind::Server, {0, 0}));
    topology.addNode(component(u"a"_s, NodeKind::WebServer, {100, 100}, u"s"_s));
    topology.addNode(component(u"b"_s, NodeKind::AppServer, {300, 150}, u"s"_s));
    TopologyModel model;
    model.reset(topology);
    TopologyScene scene(&model);

    const QRectF hosted = QRectF(100, 100, 320, 150);   // both boxes
    const QRectF expected = hosted.adjusted(-ServerFrameItem::kPadding, -ServerFrameItem::kTopPadding,
                                            ServerFrameItem::kPadding, ServerFrameItem::kPadding);
    QCOMPARE(scene.nodeItem(u"s"_s)->sceneBoundingRect(), expected);
    QCOMPARE(qgraphicsitem_cast<ServerFrameItem *>(scene.nodeItem(u"s"_s))->title(), u"s"_s);

    // The frame follows a hosted node that moves.
    Node b = *model.topology().node(u"b"_s);
    b.pos = {400, 150};
    model.updateNode(b);
    QCOMPARE(scene.nodeItem(u"s"_s)->sceneBoundingRect().right(), 520 + ServerFrameItem::kPadding);
}

void tst_Canvas::reportingLinksAreTheMonitoringOnes()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    TopologyScene scene(&model);

    QStringList reporting;
    for (const LinkItem *link : itemsOfType<LinkItem>(scene)) {
        if (link->isReporting())
            reporting.append(link->fromItem()->id() + u'-' + link->toItem()->id());
    }
    reporting.sort();
    QCOMPARE(reporting, (QStringList{u"agent1-sumo"_s, u"agent2-sumo"_s, u"agent3-sumo"_s}));
}

void tst_Canvas::removingANodeRemovesItsItemAndLinks()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    TopologyScene scene(&model);
    const qsizetype links = scene.linkItemCount();
    const qsizetype fw3Links = model.topology().linksOf(u"fw3"_s).size();
    QCOMPARE(fw3Links, 6);

    model.removeNode(u"fw3"_s);

    QVERIFY(!scene.nodeItem(u"fw3"_s));
    QVERIFY(!scene.linkItem(u"app1"_s, u"fw3"_s));
    QVERIFY(!scene.linkItem(u"fw3"_s, u"db3"_s));
    QCOMPARE(scene.linkItemCount(), links - fw3Links);
    QCOMPARE(itemsOfType<LinkItem>(scene).size(), links - fw3Links);
    QCOMPARE(scene.items().size(), model.topology().nodes().size() + model.topology().links().size());
    for (const LinkItem *link : itemsOfType<LinkItem>(scene)) {
        QCOMPARE(link->fromItem()->scene(), &scene);
        QCOMPARE(link->toItem()->scene(), &scene);
    }
}

void tst_Canvas::removingAServerKeepsTheComponentsItHosted()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    TopologyScene scene(&model);

    model.removeNode(u"s2"_s);

    QVERIFY(!scene.nodeItem(u"s2"_s));
    QCOMPARE(itemsOfType<ServerFrameItem>(scene).size(), 2);
    QVERIFY(scene.nodeItem(u"web2"_s));
    QCOMPARE(scene.nodeItem(u"web2"_s)->scenePos(), QPointF(780, 490));
}

void tst_Canvas::addingANodeAndALinkAddsItems()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    TopologyScene scene(&model);

    model.addNode(component(u"agent4"_s, NodeKind::MonitoringAgent, {1150, 300}));
    model.addLink({u"agent4"_s, u"sumo"_s, {}});

    QVERIFY(qgraphicsitem_cast<NodeItem *>(scene.nodeItem(u"agent4"_s)));
    const LinkItem *link = scene.linkItem(u"sumo"_s, u"agent4"_s);
    QVERIFY(link);
    QVERIFY(link->isReporting());
    QVERIFY(scene.sceneRect().contains(scene.itemsBoundingRect()));

    model.removeLink(u"agent4"_s, u"sumo"_s);
    QVERIFY(!scene.linkItem(u"sumo"_s, u"agent4"_s));
    QVERIFY(scene.nodeItem(u"agent4"_s)->links().isEmpty());
}

void tst_Canvas::movingANodeMovesItsLinks()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    TopologyScene scene(&model);
    const LinkItem *link = scene.linkItem(u"fw1"_s, u"lb"_s);
    const QLineF before = link->line();

    Node lb = *model.topology().node(u"lb"_s);
    lb.pos += QPointF(0, 200);
    lb.label = u"Renamed"_s;
    model.updateNode(lb);

    auto *item = qgraphicsitem_cast<NodeItem *>(scene.nodeItem(u"lb"_s));
    QCOMPARE(item->scenePos(), lb.pos);
    QCOMPARE(item->label(), u"Renamed"_s);
    QVERIFY(link->line() != before);
    QVERIFY(onEdge(item->linkEndRect(), link->line().p2()));
    QVERIFY(link->line().p2().y() > before.p2().y());
}

void tst_Canvas::modelResetRebuildsTheScene()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    TopologyScene scene(&model);

    const Topology single = preset(u"single-server"_s);
    model.reset(single);

    QCOMPARE(scene.nodeItemCount(), single.nodes().size());
    QCOMPARE(scene.linkItemCount(), single.links().size());
    QCOMPARE(scene.items().size(), single.nodes().size() + single.links().size());
    QVERIFY(!scene.nodeItem(u"fw1"_s));
    const qreal m = TopologyScene::kSceneMargin;
    QCOMPARE(scene.sceneRect(), scene.itemsBoundingRect().adjusted(-m, -m, m, m));
}

void tst_Canvas::linksAreClippedAtTheBoxes()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    TopologyScene scene(&model);

    for (const LinkItem *link : itemsOfType<LinkItem>(scene)) {
        const QString name = link->fromItem()->id() + u'-' + link->toItem()->id();
        QVERIFY2(onEdge(link->fromItem()->linkEndRect(), link->line().p1()), qPrintable(name));
        QVERIFY2(onEdge(link->toItem()->linkEndRect(), link->line().p2()), qPrintable(name));
        // Links end at what is drawn, at most a small gap outside the box.
        const qreal g = NodeItem::kLinkGap;
        QVERIFY(link->fromItem()->sceneBoundingRect().adjusted(-g, -g, g, g).contains(link->fromItem()->linkEndRect()));
        QVERIFY(link->boundingRect().contains(link->line().p1()));
        QVERIFY(link->boundingRect().contains(link->line().p2()));
    }
    // A row of components is joined by level lines.
    QCOMPARE(scene.linkItem(u"user"_s, u"fw1"_s)->line().dy(), 0.0);
    QCOMPARE(scene.linkItem(u"fw1"_s, u"lb"_s)->line().dy(), 0.0);
}

void tst_Canvas::exitPoint_data()
{
    QTest::addColumn<QPointF>("origin");
    QTest::addColumn<QPointF>("target");
    QTest::addColumn<QPointF>("expected");
    // The box is (0, 0, 100, 50).
    QTest::newRow("straight right leaves by the right side") << QPointF(50, 25) << QPointF(300, 25)
                                                              << QPointF(100, 25);
    QTest::newRow("straight up leaves by the top") << QPointF(50, 25) << QPointF(50, -200) << QPointF(50, 0);
    QTest::newRow("steep diagonal leaves by the bottom") << QPointF(50, 25) << QPointF(100, 125)
                                                          << QPointF(62.5, 50);
    QTest::newRow("off-centre origin") << QPointF(20, 10) << QPointF(-80, 10) << QPointF(0, 10);
    QTest::newRow("target inside stays the target") << QPointF(50, 25) << QPointF(60, 30) << QPointF(60, 30);
}

void tst_Canvas::exitPoint()
{
    QFETCH(QPointF, origin);
    QFETCH(QPointF, target);
    QFETCH(QPointF, expected);
    QCOMPARE(LinkItem::exitPoint(QRectF(0, 0, 100, 50), origin, target), expected);
}

void tst_Canvas::labelLayout_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("roomForTwoLines");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<bool>("elided");

    QTest::newRow("short label on one line") << u"DNS"_s << true << QStringList{u"DNS"_s} << false;
    QTest::newRow("long label wraps when there is no IP")
        << u"Application server number one"_s << true << QStringList{u"Application server"_s, u"number one"_s}
        << false;
    QTest::newRow("long label with an IP below is elided")
        << u"Application server number one"_s << false << QStringList() << true;
    QTest::newRow("one very long word is elided") << u"Supercalifragilisticexpialidocious"_s << true
                                                  << QStringList() << true;
}

void tst_Canvas::labelLayout()
{
    QFETCH(QString, text);
    QFETCH(bool, roomForTwoLines);
    QFETCH(QStringList, lines);
    QFETCH(bool, elided);
    const CanvasStyle style = CanvasStyle::from(QPalette(), QFont());
    // Measured in the style's own font, so the rows hold on any machine's fonts.
    const qreal width = QFontMetricsF(style.labelFont).horizontalAdvance(u"Application server"_s) + 1;

    const NodeLabel label = NodeLabel::layout(text, width, roomForTwoLines, style);
    if (elided) {
        QCOMPARE(label.lines.size(), 1);
        QVERIFY(label.lines.first().endsWith(u'\u2026'));
        QVERIFY(QFontMetricsF(label.font).horizontalAdvance(label.lines.first()) <= width);
    } else {
        QCOMPARE(label.lines, lines);
        QCOMPARE(label.font, style.labelFont);
    }
}

void tst_Canvas::iconCacheRendersOncePerBucket()
{
    IconCache cache;
    const QPixmap first = cache.pixmap(u"firewall"_s, 56, 1.0);
    QVERIFY(!first.isNull());
    QCOMPARE(first.width(), IconCache::bucketFor(56));
    QVERIFY(first.width() >= 56);
    cache.pixmap(u"firewall"_s, 50, 1.0);   // same bucket
    QCOMPARE(cache.renderCount(), 1);
    const QPixmap sharp = cache.pixmap(u"firewall"_s, 112, 2.0);
    QCOMPARE(cache.renderCount(), 2);
    QVERIFY(sharp.width() >= 112);
    QCOMPARE(sharp.devicePixelRatio(), 2.0);
    QVERIFY(cache.pixmap(u"no-such-icon"_s, 56, 1.0).isNull());
    for (const NodeKind kind : allNodeKinds())
        QVERIFY2(!cache.pixmap(QString::fromLatin1(kindInfo(kind).iconName), 56, 1.0).isNull(), kindInfo(kind).iconName);
}

void tst_Canvas::paintingReusesIconsAcrossPaintsAndScales()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    TopologyScene scene(&model);
    const auto paint = [&scene](qreal scale, qreal dpr) {
        const QRectF source = scene.sceneRect();
        QImage image((source.size() * scale * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter, QRectF(QPointF(), source.size() * scale), source);
    };

    paint(1.0, 1.0);
    const qsizetype afterFirst = scene.icons().renderCount();
    QVERIFY(afterFirst > 0);
    paint(1.0, 1.0);
    QCOMPARE(scene.icons().renderCount(), afterFirst);   // no SVG work on a repaint
    paint(2.0, 1.0);
    const qsizetype zoomed = scene.icons().renderCount();
    QVERIFY(zoomed > afterFirst);   // sharper pixmaps for the zoom
    paint(2.0, 1.0);
    QCOMPARE(scene.icons().renderCount(), zoomed);
}

void tst_Canvas::paletteChangeRestylesTheScene()
{
    TopologyModel model;
    model.reset(preset(u"single-server"_s));
    TopologyScene scene(&model);
    QVERIFY(scene.style().background.lightnessF() > 0.5);
    QCOMPARE(scene.style().iconPlate.alpha(), 0);

    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::Text, QColor(0xe3, 0xe5, 0xe8));
    scene.setPalette(dark);

    QVERIFY(scene.style().background.lightnessF() < 0.5);
    QVERIFY(scene.style().text.lightnessF() > 0.5);
    QVERIFY(scene.style().iconPlate.alpha() > 0);
    QCOMPARE(scene.nodeItemCount(), model.topology().nodes().size());
}

QTEST_MAIN(tst_Canvas)
#include "tst_canvas.moc"
