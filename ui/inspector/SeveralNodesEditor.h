#pragma once

#include "SharedFields.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;

namespace infralab {

class TopologyModel;

// The inspector for a selection of several components, as property editors
// do it: the fields they share, a value where they agree and "Mixed" where
// they do not, and an edit that applies to all of them as one step.
class SeveralNodesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SeveralNodesEditor(const TopologyModel *model, QWidget *parent = nullptr);

    // Shows `nodes` (two or more); called again after every change of them.
    void setNodes(const QList<Node> &nodes);
    // The fields shown, in order.
    QList<SharedField> fields() const;

signals:
    // The nodes an edit changes, each as it becomes, and the undo text.
    void edited(const QList<infralab::Node> &after, const QString &text);

private:
    struct Row
    {
        SharedField field;
        QWidget *editor = nullptr;
    };

    void rebuild();
    QWidget *createEditor(const SharedField &field);
    void showValue(const Row &row);
    void commit(const SharedField &field, const QJsonValue &value);

    const TopologyModel *m_model;
    QList<Node> m_nodes;
    QSet<NodeKind> m_kinds;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_hint;
    QGroupBox *m_group;
    QFormLayout *m_form;
    QList<Row> m_rows;
};

} // namespace infralab
