#pragma once

#include "CanvasFocus.h"
#include "CanvasStyle.h"
#include "IconCache.h"

#include "model/TopologyModel.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <optional>

namespace infralab {

class LinkItem;
class TopologyNodeItem;

// The diagram: a view of a TopologyModel, the single source of truth. Items
// are built from the model's topology and kept in step with its signals,
// keyed by node id; the scene never edits the model.
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    static constexpr qreal kSceneMargin = 60;

    explicit TopologyScene(TopologyModel *model, QObject *parent = nullptr);
    ~TopologyScene() override;

    TopologyModel *model() const { return m_model; }

    TopologyNodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    LinkItem *linkItem(const QString &a, const QString &b) const { return m_links.value(linkKey(a, b)); }
    qsizetype nodeItemCount() const { return m_nodes.size(); }
    qsizetype linkItemCount() const { return m_links.size(); }

    // Rings the nodes with these ids (those of the selected finding) and
    // only those; an empty list clears the highlight. Ids not in the design
    // are kept, so items built later for them come up highlighted.
    void setHighlightedNodes(const QStringList &ids);
    QStringList highlightedNodes() const { return m_highlighted; }

    // The walkthrough's current step: its nodes ringed, its hop's links
    // emphasised, the rest dimmed (server frames that host a focused node
    // stay as its context). Who owns the rings: while a focus is set, the
    // walkthrough does and the finding's rings wait; clearing the focus
    // brings them back. Ids not in the design are ignored, so a node deleted
    // mid-step never matters; items built later follow the focus.
    void setWalkthroughFocus(const CanvasFocus &focus);
    void clearWalkthroughFocus();
    bool hasWalkthroughFocus() const { return m_focus.has_value(); }
    const std::optional<CanvasFocus> &walkthroughFocus() const { return m_focus; }

    const CanvasStyle &style() const { return m_style; }
    IconCache &icons() { return m_icons; }

    // The TopologyScene an item is drawn in, if any.
    static TopologyScene *of(const QGraphicsItem *item);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    bool event(QEvent *event) override;

private:
    static QString linkKey(const QString &a, const QString &b);

    void rebuild();
    void addNodeItem(const QString &id);
    void updateNodeItem(const QString &id);
    void removeNodeItem(const QString &id);
    void addLinkItem(const QString &from, const QString &to);
    void createLinkItem(const QString &from, const QString &to);
    void removeLinkItem(const QString &from, const QString &to);
    QString implausibleReason(const QString &a, const QString &b) const;
    void clearItems();
    TopologyNodeItem *createItemFor(const Node &node);
    void placeServers();
    void placeServer(const QString &serverId);   // nothing for an empty id
    void updateSceneRect();
    void applyFocus();
    void applyFocusTo(TopologyNodeItem *item) const;
    void applyFocusTo(LinkItem *link, const QString &key) const;
    // Unites `box` (scene coordinates) now and fits the rect exactly later.
    void growSceneRect(const QRectF &box);

    QPointer<TopologyModel> m_model;
    QHash<QString, TopologyNodeItem *> m_nodes;   // node id -> item
    QHash<QString, LinkItem *> m_links;           // linkKey() -> item
    QHash<QString, QString> m_hostOf;             // node id -> host its frame was fitted with
    QStringList m_highlighted;                    // node ids
    std::optional<CanvasFocus> m_focus;
    QSet<QString> m_focusLinks;                   // linkKey()s of m_focus->links
    bool m_sceneRectPending = false;
    CanvasStyle m_style;
    IconCache m_icons;
};

} // namespace infralab
