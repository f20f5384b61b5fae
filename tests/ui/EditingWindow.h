#pragma once

// What the editing tests share: the real window on the default design, and
// hands that press, drag and drop on its canvas.

#include "Document.h"
#include "MainWindow.h"
#include "actions/EditActions.h"
#include "canvas/CanvasEditor.h"
#include "canvas/CanvasView.h"
#include "canvas/ConnectionHandleItem.h"
#include "canvas/EditorMime.h"
#include "canvas/InlineLabelEditor.h"
#include "canvas/LinkItem.h"
#include "canvas/ServerFrameItem.h"
#include "canvas/TopologyScene.h"
#include "panels/PaletteDock.h"
#include "panels/PaletteList.h"

#include <QAction>
#include <QMimeData>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

#include <memory>

namespace infralab::testing {

using namespace Qt::StringLiterals;

inline std::unique_ptr<MainWindow> openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    if (!window->openSource(u"preset:secured-monitored"_s))
        qFatal("the default preset does not open");
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("the window is not exposed");
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qFatal("the window is not active");
    window->editActions()->snapToGrid()->setChecked(true);
    window->canvasView()->setFocus();
    return window;
}

inline QPoint at(const MainWindow &window, QPointF scenePos)
{
    return window.canvasView()->mapFromScene(scenePos);
}

inline QPointF centreOf(const MainWindow &window, const QString &id)
{
    return window.scene()->nodeItem(id)->sceneBoundingRect().center();
}

inline QWidget *viewport(const MainWindow &window)
{
    return window.canvasView()->viewport();
}

// A press, `steps` moves and a release: what a hand does, not a jump.
inline void drag(QWidget *widget, QPoint from, QPoint to, int steps = 25, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mousePress(widget, Qt::LeftButton, modifiers, from);
    for (int i = 1; i <= steps; ++i)
        QTest::mouseMove(widget, from + (to - from) * i / steps);
    QTest::mouseRelease(widget, Qt::LeftButton, modifiers, to);
}

inline bool dropKind(const MainWindow &window, NodeKind kind, QPoint pos)
{
    QMimeData mime;
    mime.setData(kindMimeType(), jsonName(kind).toUtf8());
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport(window), &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport(window), &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport(window), &drop);
    return enter.isAccepted() && move.isAccepted() && drop.isAccepted() && drop.dropAction() == Qt::CopyAction;
}

inline QStringList newIds(const Topology &before, const Topology &after)
{
    QStringList ids;
    for (const Node &node : after.nodes()) {
        if (!before.contains(node.id))
            ids.append(node.id);
    }
    return ids;
}

// Drags from `from`'s connection handle to the middle of `to`.
inline void wire(const MainWindow &window, const QString &from, const QString &to)
{
    const QPointF handle = ConnectionHandleItem::spotOn(window.scene()->nodeItem(from));
    QTest::mouseMove(viewport(window), at(window, centreOf(window, from)));   // hover shows the handle
    drag(viewport(window), at(window, handle), at(window, centreOf(window, to)));
}

inline void click(const MainWindow &window, const QString &id, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mouseClick(viewport(window), Qt::LeftButton, modifiers, at(window, centreOf(window, id)));
}

} // namespace infralab::testing
