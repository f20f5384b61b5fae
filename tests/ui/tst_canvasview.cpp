// Zooming, scrolling and panning the canvas with real input events.

#include "canvas/CanvasView.h"
#include "canvas/TopologyScene.h"

#include "model/TopologyModel.h"
#include "presets/Presets.h"

#include <QScrollBar>
#include <QTest>
#include <QWheelEvent>

#include <memory>

using namespace Qt::StringLiterals;
using namespace infralab;

namespace {

// A shown view of a preset, the way the window holds one.
struct Fixture
{
    TopologyModel model;
    std::unique_ptr<TopologyScene> scene;
    CanvasView view;

    explicit Fixture(const QString &presetName = u"secured-monitored"_s)
    {
        model.reset(loadPreset(presetName).topology);
        scene = std::make_unique<TopologyScene>(&model);
        view.setScene(scene.get());
        view.resize(800, 600);
        view.show();
    }

    QPointF sceneAt(const QPointF &viewportPos) const
    {
        return view.viewportTransform().inverted().map(viewportPos);
    }
};

void wheel(QWidget *viewport, const QPointF &pos, int angle, Qt::KeyboardModifiers modifiers)
{
    QWheelEvent event(pos, viewport->mapToGlobal(pos), QPoint(), QPoint(0, angle), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &event);
}

} // namespace

class tst_CanvasView : public QObject
{
    Q_OBJECT

private slots:
    void ctrlWheelZoomsAnchoredUnderTheMouse_data();
    void ctrlWheelZoomsAnchoredUnderTheMouse();
    void zoomIsClamped();
    void plainWheelScrolls();
    void middleButtonDragPans();
    void fitToWindowShowsTheWholeDesign_data();
    void fitToWindowShowsTheWholeDesign();
    void fitFollowsResizesUntilTheUserZooms();
    void zoomSlots();
};

void tst_CanvasView::ctrlWheelZoomsAnchoredUnderTheMouse_data()
{
    QTest::addColumn<qreal>("startZoom");
    QTest::addColumn<QPointF>("mouse");
    QTest::addColumn<int>("angle");

    QTest::newRow("one notch in at the centre") << 1.0 << QPointF(400, 300) << 120;
    QTest::newRow("one notch in near the top left") << 1.0 << QPointF(120, 90) << 120;
    QTest::newRow("two notches in near the bottom right") << 1.0 << QPointF(650, 500) << 240;
    QTest::newRow("one notch out") << 3.0 << QPointF(300, 250) << -120;
}

void tst_CanvasView::ctrlWheelZoomsAnchoredUnderTheMouse()
{
    QFETCH(qreal, startZoom);
    QFETCH(QPointF, mouse);
    QFETCH(int, angle);
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    f.view.setZoom(startZoom, QRectF(f.view.viewport()->rect()).center());
    const QPointF anchor = f.sceneAt(mouse);

    wheel(f.view.viewport(), mouse, angle, Qt::ControlModifier);

    const qreal expected = startZoom * std::pow(CanvasView::kZoomStep, angle / 120.0);
    QVERIFY2(qAbs(f.view.zoom() - expected) < 1e-9, qPrintable(QString::number(f.view.zoom())));
    // The scene point under the mouse stays there, to the scroll bars' pixel.
    const QPointF drift = f.sceneAt(mouse) - anchor;
    QVERIFY2(drift.manhattanLength() <= 2.0 / f.view.zoom(),
             qPrintable(u"drift %1, %2"_s.arg(drift.x()).arg(drift.y())));
}

void tst_CanvasView::zoomIsClamped()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const QPointF centre(400, 300);
    for (int i = 0; i < 40; ++i)
        wheel(f.view.viewport(), centre, 120, Qt::ControlModifier);
    QCOMPARE(f.view.zoom(), CanvasView::kMaxZoom);
    for (int i = 0; i < 80; ++i)
        wheel(f.view.viewport(), centre, -120, Qt::ControlModifier);
    QCOMPARE(f.view.zoom(), CanvasView::kMinZoom);
}

void tst_CanvasView::plainWheelScrolls()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    f.view.setZoom(2.0, QPointF(400, 300));
    QScrollBar *vertical = f.view.verticalScrollBar();
    vertical->setValue((vertical->minimum() + vertical->maximum()) / 2);
    const int before = vertical->value();

    wheel(f.view.viewport(), QPointF(400, 300), -120, Qt::NoModifier);

    QCOMPARE(f.view.zoom(), 2.0);
    QVERIFY(vertical->value() > before);
}

void tst_CanvasView::middleButtonDragPans()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    f.view.setZoom(2.0, QPointF(400, 300));
    QScrollBar *horizontal = f.view.horizontalScrollBar();
    QScrollBar *vertical = f.view.verticalScrollBar();
    horizontal->setValue((horizontal->minimum() + horizontal->maximum()) / 2);
    vertical->setValue((vertical->minimum() + vertical->maximum()) / 2);
    const QPoint scrollBefore(horizontal->value(), vertical->value());
    const QPointF sceneBefore = f.sceneAt(QPointF(400, 300));

    QWidget *viewport = f.view.viewport();
    QTest::mousePress(viewport, Qt::MiddleButton, {}, QPoint(400, 300));
    QTest::mouseMove(viewport, QPoint(370, 280));
    QTest::mouseMove(viewport, QPoint(340, 260));
    QTest::mouseRelease(viewport, Qt::MiddleButton, {}, QPoint(340, 260));

    QCOMPARE(QPoint(horizontal->value(), vertical->value()), scrollBefore + QPoint(60, 40));
    // What was under the press point followed the mouse.
    const QPointF followed = f.sceneAt(QPointF(340, 260));
    QVERIFY((followed - sceneBefore).manhattanLength() < 1.0);
    QCOMPARE(f.view.zoom(), 2.0);
}

void tst_CanvasView::fitToWindowShowsTheWholeDesign_data()
{
    QTest::addColumn<QString>("presetName");
    QTest::addColumn<QSize>("viewSize");
    for (const PresetInfo &info : builtinPresets()) {
        QTest::addRow("%s in a wide view", qPrintable(info.name)) << info.name << QSize(1200, 600);
        QTest::addRow("%s in a tall view", qPrintable(info.name)) << info.name << QSize(500, 900);
    }
}

void tst_CanvasView::fitToWindowShowsTheWholeDesign()
{
    QFETCH(QString, presetName);
    QFETCH(QSize, viewSize);
    Fixture f(presetName);
    f.view.resize(viewSize);
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    f.view.setZoom(4.0, QPointF(10, 10));   // somewhere else first

    f.view.fitToWindow();

    const QRectF visible = f.view.mapToScene(f.view.viewport()->rect()).boundingRect();
    QVERIFY2(visible.contains(f.scene->itemsBoundingRect()), qPrintable(presetName));
    QVERIFY(f.view.zoom() <= CanvasView::kMaxFitZoom);
    // Scroll bars show or hide on a queued call.
    QTRY_VERIFY(!f.view.horizontalScrollBar()->isVisible());
    QTRY_VERIFY(!f.view.verticalScrollBar()->isVisible());
    // Fitted, not lost in a corner: the design fills one direction.
    const QRectF design = f.view.mapFromScene(f.scene->sceneRect()).boundingRect();
    QVERIFY(design.width() > 0.9 * viewSize.width() || design.height() > 0.9 * viewSize.height()
            || f.view.zoom() == CanvasView::kMaxFitZoom);
}

void tst_CanvasView::fitFollowsResizesUntilTheUserZooms()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    f.view.fitToWindow();
    const qreal fitted = f.view.zoom();

    f.view.resize(1200, 900);
    QTRY_VERIFY(f.view.zoom() > fitted);

    wheel(f.view.viewport(), QPointF(300, 300), 120, Qt::ControlModifier);
    const qreal chosen = f.view.zoom();
    f.view.resize(700, 500);
    QTest::qWait(20);
    QCOMPARE(f.view.zoom(), chosen);
}

void tst_CanvasView::zoomSlots()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    f.view.resetZoom();
    QCOMPARE(f.view.zoom(), 1.0);
    f.view.zoomIn();
    QCOMPARE(f.view.zoom(), CanvasView::kZoomStep);
    f.view.zoomOut();
    f.view.zoomOut();
    QCOMPARE(f.view.zoom(), 1.0 / CanvasView::kZoomStep);

    QList<qreal> reported;
    connect(&f.view, &CanvasView::zoomChanged, this, [&reported](qreal zoom) { reported.append(zoom); });
    f.view.resetZoom();
    QCOMPARE(reported, QList<qreal>{1.0});
}

QTEST_MAIN(tst_CanvasView)
#include "tst_canvasview.moc"
