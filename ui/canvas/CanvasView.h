#pragma once

#include <QGraphicsView>
#include <QVariantAnimation>

namespace infralab {

// Looks at a TopologyScene: Ctrl+wheel zooms around the mouse, the wheel
// scrolls, the middle button (or the left one while Space is held) pans, and
// a drag on empty canvas selects with a rubber band. Until the user zooms or pans, the view
// keeps the whole design fitted as the window is resized.
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr qreal kMinZoom = 0.1;
    static constexpr qreal kMaxZoom = 8.0;
    // Fitting a small design does not blow it up past this.
    static constexpr qreal kMaxFitZoom = 2.0;
    static constexpr qreal kZoomStep = 1.25;

    explicit CanvasView(QWidget *parent = nullptr);

    qreal zoom() const;
    // Space is held or a pan is under way: the cursor is the view's hand.
    bool isPanning() const { return m_spaceHeld || m_panning; }
    // Zooms to `zoom` (clamped) keeping the scene point under `viewportPos` still.
    void setZoom(qreal zoom, const QPointF &viewportPos);

    // Keeping a moving thing (the walkthrough's packet) in sight when zoomed
    // in; both do nothing while the whole design is visible, so a fitted
    // view never moves. The margin is a fraction of the viewport's size.
    static constexpr qreal kFollowMargin = 0.12;
    static constexpr int kGlideMs = 450;
    bool showsWholeScene() const;
    // Scrolls just enough to bring `scenePos` back inside the margin, unless
    // a glide is on its way.
    void follow(const QPointF &scenePos);
    // Glides to centre `sceneRect` when part of it is outside the margin;
    // to centre `start` instead when the rect is too big to show whole.
    void glideToShow(const QRectF &sceneRect, const QPointF &start);
    bool isGliding() const { return m_glide.state() == QAbstractAnimation::Running; }

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void resetZoom();

signals:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QPointF viewportCentre() const;
    QRectF followRect() const;   // the visible scene rect less the margin
    void startPanning(QPoint position);
    void setSpaceHeld(bool held);

    bool m_followsFit = false;
    bool m_panning = false;
    bool m_spaceHeld = false;
    Qt::MouseButton m_panButton = Qt::NoButton;
    QPoint m_lastPanPosition;
    QVariantAnimation m_glide;   // the scene point at the centre of the viewport
};

} // namespace infralab
