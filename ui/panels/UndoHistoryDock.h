#pragma once

#include <QDockWidget>

class QUndoStack;
class QUndoView;

namespace infralab {

// Every step of the undo stack, oldest first; clicking a step takes the
// design back (or forward) to it.
class UndoHistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit UndoHistoryDock(QUndoStack *stack, QWidget *parent = nullptr);

    QUndoView *view() const { return m_view; }

private:
    QUndoView *m_view;
};

} // namespace infralab
