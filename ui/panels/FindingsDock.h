#pragma once

#include "analysis/Finding.h"

#include <QDockWidget>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QTextEdit;
class QListWidget;
class QListWidgetItem;

namespace infralab {

class TopologyModel;

// The design critique (issue 6, "In the window"): the analyser's findings
// for the open design, most severe first, with the selected one's
// explanation underneath. It follows the model on its own: edits re-run the
// analysis after a short pause, so a drag never waits for it.
class FindingsDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshDelayMs = 250;

    explicit FindingsDock(TopologyModel *model, QWidget *parent = nullptr);

    // Analyses the model now instead of after the pause.
    void refreshNow();

    const QList<Finding> &findings() const { return m_findings; }
    // The finding shown selected, if any.
    const Finding *selectedFinding() const;

    QListWidget *list() const { return m_list; }
    QTextEdit *explanationView() const { return m_explanation; }

signals:
    void countChanged(int count);
    // The nodes of the newly selected finding; empty when none is selected.
    void selectedNodesChanged(const QStringList &ids);

private:
    void showFindings(const QList<Finding> &findings);
    void onSelectionChanged();

    QPointer<TopologyModel> m_model;
    QListWidget *m_list;
    QTextEdit *m_explanation;
    QTimer m_refreshTimer;
    QList<Finding> m_findings;
    bool m_shown = false;   // whether the list shows m_findings yet
};

} // namespace infralab
