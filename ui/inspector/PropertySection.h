#pragma once

#include "model/Node.h"

#include <QWidget>

class QFormLayout;

namespace infralab {

class TopologyModel;

// One group of fields of the selected node (its load balancing, its
// firewall rules...). A section shows a node and reports each user edit as
// the whole edited node plus the words for the undo history; the inspector
// turns that into one command. Sections never touch the model.
class PropertySection : public QWidget
{
    Q_OBJECT

public:
    explicit PropertySection(const TopologyModel *model, QWidget *parent = nullptr);

    // Shows `node`; called again after every change of it, undo included.
    virtual void setNode(const Node &node) = 0;

    // How a node is named in command texts: its label, or its id.
    static QString nameOf(const Node &node);

signals:
    void edited(const infralab::Node &after, const QString &text);

protected:
    // A titled form, the way every section lays out its fields.
    QFormLayout *addGroup(const QString &title);
    const TopologyModel *model() const { return m_model; }

private:
    const TopologyModel *m_model;
};

} // namespace infralab
