#pragma once

#include <QDockWidget>
#include <QPointer>
#include <QStringList>

class QGraphicsScene;
class QStackedWidget;

namespace infralab {

class DesignEditor;
class Document;
class NodeEditor;
class SeveralNodesEditor;
struct DesignInfo;
struct Node;

// The properties of what is selected (issue 3): the design's own fields
// when nothing is, every field of one node with the right editor for each,
// or the fields several nodes share. Each accepted edit is one command on the
// document's undo stack; the dock follows the model, so undo shows too.
class InspectorDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit InspectorDock(Document *document, QWidget *parent = nullptr);
    ~InspectorDock() override;

    // Shows the nodes selected in `scene` from now on.
    void followSelection(QGraphicsScene *scene);

    QStringList shownNodes() const { return m_ids; }
    // The editor of the one node shown, if one is.
    NodeEditor *nodeEditor() const { return m_nodeEditor; }
    DesignEditor *designEditor() const { return m_designEditor; }
    SeveralNodesEditor *severalEditor() const { return m_several; }

public slots:
    void showNodes(const QStringList &ids);

private:
    void refresh();
    void refreshDesign();
    void pushNodeEdit(const Node &after, const QString &text);
    void pushNodesEdit(const QList<Node> &after, const QString &text);
    void pushDesignEdit(const DesignInfo &after, const QString &text);

    QPointer<Document> m_document;
    QStringList m_ids;
    QStackedWidget *m_pages;
    DesignEditor *m_designEditor;
    QWidget *m_nodePage;
    NodeEditor *m_nodeEditor = nullptr;
    SeveralNodesEditor *m_several;
};

} // namespace infralab
