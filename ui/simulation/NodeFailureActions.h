#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;

namespace infralab {

class CanvasEditor;
class SimulationController;

// Fail and Recover for the selected components, in the canvas's right-click
// menu (a right-click selects what it is on) and the Simulation menu. They
// change the run, not the design: nothing goes on the undo stack, they work
// paused as well as running, and they start nothing.
class NodeFailureActions : public QObject
{
    Q_OBJECT

public:
    NodeFailureActions(SimulationController *controller, CanvasEditor *editor, QObject *parent = nullptr);

    QAction *failAction() const { return m_fail; }
    QAction *recoverAction() const { return m_recover; }

private:
    void failSelection();
    void recoverSelection();
    void update();
    // The selected nodes that are up (to fail) or that the user failed (to recover).
    QStringList selectedToFail() const;
    QStringList selectedToRecover() const;
    QString named(const QStringList &ids, const QString &one, const QString &many, const QString &none) const;

    QPointer<SimulationController> m_controller;
    CanvasEditor *m_editor;
    QAction *m_fail;
    QAction *m_recover;
};

} // namespace infralab
