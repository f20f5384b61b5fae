#include "TopologyScene.h"

#include "LinkItem.h"
#include "NodeItem.h"
#include "ServerFrameItem.h"

#include "model/LinkSense.h"
#include "model/TopologyModel.h"

#include <QEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

constexpr qreal kGridSpacing = 20;
constexpr qreal kMinScreenGridSpacing = 10;   // sparser grid when zoomed out
constexpr qreal kGridDotSize = 1.6;   // screen pixels

bool isServer(const Node &node)
{
    return node.kind == NodeKind::Server;
}

} // namespace

TopologyScene::TopologyScene(TopologyModel *model, QObject *parent)
    : QGraphicsScene(parent)
    , m_model(model)
    , m_style(CanvasStyle::from(palette(), font()))
{
    connect(model, &TopologyModel::modelReset, this, &TopologyScene::rebuild);
    connect(model, &TopologyModel::nodeAdded, this, &TopologyScene::addNodeItem);
    connect(model, &TopologyModel::nodeChanged, this, &TopologyScene::updateNodeItem);
    connect(model, &TopologyModel::nodeRemoved, this, &TopologyScene::removeNodeItem);
    connect(model, &TopologyModel::linkAdded, this, &TopologyScene::addLinkItem);
    connect(model, &TopologyModel::linkRemoved, this, &TopologyScene::removeLinkItem);
    rebuild();
}

TopologyScene::~TopologyScene()
{
    // Deleting selected items emits selectionChanged; its listeners (the
    // inspector) may already be gone while the window is torn down.
    blockSignals(true);
    clearItems();
}

TopologyScene *TopologyScene::of(const QGraphicsItem *item)
{
    return qobject_cast<TopologyScene *>(item->scene());
}

QString TopologyScene::linkKey(const QString &a, const QString &b)
{
    // Links are undirected: {a, b} and {b, a} are one key.
    return a < b ? a + u'\n' + b : b + u'\n' + a;
}

void TopologyScene::rebuild()
{
    clearItems();
    if (!m_model)
        return;
    const Topology &topology = m_model->topology();
    for (const Node &node : topology.nodes())
        createItemFor(node);
    placeServers();
    for (const Link &link : topology.links())
        createLinkItem(link.from, link.to);
    updateSceneRect();
}

void TopologyScene::clearItems()
{
    // Links first: they point at the node items.
    qDeleteAll(m_links);
    m_links.clear();
    qDeleteAll(m_nodes);
    m_nodes.clear();
    m_hostOf.clear();
}

TopologyNodeItem *TopologyScene::createItemFor(const Node &node)
{
    TopologyNodeItem *item = nullptr;
    if (isServer(node))
        item = new ServerFrameItem(node.id);   // placed by placeServers()
    else
        item = new NodeItem(node);
    addItem(item);
    m_nodes.insert(node.id, item);
    applyFocusTo(item);
    m_hostOf.insert(node.id, node.host);
    return item;
}

void TopologyScene::setHighlightedNodes(const QStringList &ids)
{
    m_highlighted = ids;
    applyFocus();
}

void TopologyScene::setWalkthroughFocus(const CanvasFocus &focus)
{
    if (m_focus == focus)
        return;
    m_focus = focus;
    m_focusLinks.clear();
    for (const auto &[a, b] : focus.links)
        m_focusLinks.insert(linkKey(a, b));
    applyFocus();
}

void TopologyScene::clearWalkthroughFocus()
{
    if (!m_focus)
        return;
    m_focus.reset();
    m_focusLinks.clear();
    applyFocus();
}

void TopologyScene::applyFocus()
{
    for (TopologyNodeItem *item : std::as_const(m_nodes))
        applyFocusTo(item);
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it)
        applyFocusTo(it.value(), it.key());
}

void TopologyScene::applyFocusTo(TopologyNodeItem *item) const
{
    const QString &id = item->id();
    if (!m_focus) {
        item->setHighlighted(m_highlighted.contains(id));
        item->setDimmed(false);
        return;
    }
    const bool focused = m_focus->nodes.contains(id);
    item->setHighlighted(focused);
    bool hostsFocused = false;
    if (!focused && m_model) {
        for (const QString &nodeId : m_focus->nodes) {
            const Node *node = m_model->topology().node(nodeId);
            hostsFocused = hostsFocused || (node && node->host == id);
        }
    }
    item->setDimmed(!focused && !hostsFocused);
}

void TopologyScene::applyFocusTo(LinkItem *link, const QString &key) const
{
    const bool emphasised = m_focus && m_focusLinks.contains(key);
    link->setEmphasised(emphasised);
    link->setDimmed(m_focus && !emphasised);
}

void TopologyScene::addNodeItem(const QString &id)
{
    const Node *node = m_model ? m_model->topology().node(id) : nullptr;
    if (!node || m_nodes.contains(id))
        return;
    TopologyNodeItem *item = createItemFor(*node);
    placeServer(node->host);
    placeServer(id);
    growSceneRect(item->sceneBoundingRect());
}

void TopologyScene::updateNodeItem(const QString &id)
{
    const Node *node = m_model ? m_model->topology().node(id) : nullptr;
    TopologyNodeItem *item = m_nodes.value(id);
    if (!node || !item)
        return;
    const QString oldHost = m_hostOf.value(id);
    m_hostOf.insert(id, node->host);
    const int wantedType = isServer(*node) ? int(ServerFrameItem::Type) : int(NodeItem::Type);
    if (item->type() != wantedType) {
        // A change of kind between server and component needs another item.
        const QList<LinkItem *> links = item->links();
        for (LinkItem *link : links)
            removeLinkItem(link->fromItem()->id(), link->toItem()->id());
        m_nodes.remove(id);
        delete item;
        createItemFor(*node);
        for (const Link &link : m_model->topology().linksOf(id))
            createLinkItem(link.from, link.to);
        placeServers();
    } else if (auto *component = qgraphicsitem_cast<NodeItem *>(item)) {
        component->setNode(*node);
        // A new kind can make its links sensible or not.
        for (LinkItem *link : component->links())
            link->setImplausibleReason(implausibleReason(link->fromItem()->id(), link->toItem()->id()));
    }
    // Only the frames this node is or was in: a drag of a hundred nodes in a
    // big design must not re-fit every frame a hundred times.
    placeServer(oldHost);
    placeServer(node->host);
    placeServer(id);
    growSceneRect(m_nodes.value(id)->sceneBoundingRect());
    if (m_focus)
        applyFocus();   // a new host changes which frame stays undimmed
}

void TopologyScene::removeNodeItem(const QString &id)
{
    TopologyNodeItem *item = m_nodes.take(id);
    if (!item)
        return;
    const QList<LinkItem *> links = item->links();
    for (LinkItem *link : links)
        removeLinkItem(link->fromItem()->id(), link->toItem()->id());
    delete item;
    placeServer(m_hostOf.take(id));
    growSceneRect({});
}

void TopologyScene::addLinkItem(const QString &from, const QString &to)
{
    createLinkItem(from, to);
    if (const LinkItem *link = m_links.value(linkKey(from, to)))
        growSceneRect(link->sceneBoundingRect());
}

void TopologyScene::createLinkItem(const QString &from, const QString &to)
{
    TopologyNodeItem *a = m_nodes.value(from);
    TopologyNodeItem *b = m_nodes.value(to);
    const QString key = linkKey(from, to);
    if (!a || !b || m_links.contains(key))
        return;
    // Agents report to the monitoring service: a side path, not the request's.
    const Topology &topology = m_model->topology();
    const auto isMonitoringService = [&topology](const QString &id) {
        const Node *node = topology.node(id);
        return node && node->kind == NodeKind::MonitoringService;
    };
    auto *link = new LinkItem(a, b, isMonitoringService(from) || isMonitoringService(to));
    link->setImplausibleReason(implausibleReason(from, to));
    a->addLink(link);
    b->addLink(link);
    addItem(link);
    link->adjust();   // routing needs the scene (frames) to be known
    m_links.insert(key, link);
    applyFocusTo(link, key);
}

QString TopologyScene::implausibleReason(const QString &a, const QString &b) const
{
    const Node *from = m_model->topology().node(a);
    const Node *to = m_model->topology().node(b);
    return from && to ? implausibleLinkReason(from->kind, to->kind) : QString();
}

void TopologyScene::removeLinkItem(const QString &from, const QString &to)
{
    LinkItem *link = m_links.take(linkKey(from, to));
    if (!link)
        return;
    link->fromItem()->removeLink(link);
    link->toItem()->removeLink(link);
    delete link;
    growSceneRect({});
}

void TopologyScene::placeServers()
{
    // One pass over the nodes: with hundreds of servers, asking each one for
    // its components would make every edit of a big design quadratic.
    const Topology &topology = m_model->topology();
    QHash<QString, QList<QRectF>> hostedBoxes;
    for (const Node &node : topology.nodes()) {
        if (node.host.isEmpty())
            continue;
        if (const TopologyNodeItem *item = m_nodes.value(node.id))
            hostedBoxes[node.host].append(item->sceneBoundingRect());
    }
    for (const Node &server : topology.nodes()) {
        if (!isServer(server))
            continue;
        if (auto *frame = qgraphicsitem_cast<ServerFrameItem *>(m_nodes.value(server.id)))
            frame->setServer(server, ServerFrameItem::frameFor(server, hostedBoxes.value(server.id)));
    }
}

void TopologyScene::placeServer(const QString &serverId)
{
    const Node *server = serverId.isEmpty() ? nullptr : m_model->topology().node(serverId);
    auto *frame = qgraphicsitem_cast<ServerFrameItem *>(m_nodes.value(serverId));
    if (!server || !frame)
        return;
    QList<QRectF> hostedBoxes;
    for (const Node *hosted : m_model->topology().hostedBy(serverId)) {
        if (const TopologyNodeItem *item = m_nodes.value(hosted->id))
            hostedBoxes.append(item->sceneBoundingRect());
    }
    frame->setServer(*server, ServerFrameItem::frameFor(*server, hostedBoxes));
}

void TopologyScene::growSceneRect(const QRectF &box)
{
    // Grown at once so what was just drawn can be scrolled to; fitted
    // exactly (it may shrink) once the current burst of edits is over.
    if (!box.isNull()) {
        const qreal m = kSceneMargin;
        setSceneRect(sceneRect() | box.adjusted(-m, -m, m, m));
    }
    if (m_sceneRectPending)
        return;
    m_sceneRectPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_sceneRectPending = false;
            updateSceneRect();
        },
        Qt::QueuedConnection);
}

void TopologyScene::updateSceneRect()
{
    // The design's items only: overlays such as the walkthrough's packet
    // must not make the scene, and so a fitted view, breathe as they move.
    QRectF bounds;
    for (const TopologyNodeItem *item : std::as_const(m_nodes))
        bounds |= item->sceneBoundingRect();
    for (const LinkItem *link : std::as_const(m_links))
        bounds |= link->sceneBoundingRect();
    const qreal m = kSceneMargin;
    setSceneRect(bounds.adjusted(-m, -m, m, m));
}

void TopologyScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_style.background);

    // A quiet dot grid, thinned out when zoomed out so it never turns grey.
    const qreal zoom = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    qreal spacing = kGridSpacing;
    while (spacing * zoom < kMinScreenGridSpacing)
        spacing *= 2;
    // Dots as tiny squares in device pixels: as many round points would each
    // be a curve to flatten, and this runs on every repaint.
    const QTransform toDevice = painter->worldTransform();
    const qreal half = kGridDotSize / 2;
    QList<QRectF> dots;
    const qreal left = std::floor(rect.left() / spacing) * spacing;
    const qreal top = std::floor(rect.top() / spacing) * spacing;
    for (qreal y = top; y <= rect.bottom(); y += spacing) {
        for (qreal x = left; x <= rect.right(); x += spacing) {
            const QPointF centre = toDevice.map(QPointF(x, y));
            dots.append(QRectF(centre.x() - half, centre.y() - half, kGridDotSize, kGridDotSize));
        }
    }
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style.gridDot);
    painter->drawRects(dots.constData(), int(dots.size()));
    painter->restore();
}

bool TopologyScene::event(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_style = CanvasStyle::from(palette(), font());
        rebuild();   // labels are laid out with the style's fonts
    }
    return QGraphicsScene::event(event);
}

} // namespace infralab
