#include "CanvasView.h"

#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace infralab {

namespace {

// One notch (120) of the wheel zooms by one kZoomStep.
qreal zoomFactorFor(int angleDelta)
{
    return std::pow(CanvasView::kZoomStep, angleDelta / 120.0);
}

} // namespace

CanvasView::CanvasView(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(SmartViewportUpdate);
    // Anchoring is done by hand in setZoom(): Qt's AnchorUnderMouse reads
    // the cursor position, which synthetic (test) events do not move.
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    setDragMode(RubberBandDrag);
    // A rubber band takes what it encloses: one that brushes a link or a
    // frame on its way must not add it to a selection about to be deleted.
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    // The dot grid is most of a full repaint (a walkthrough step dimming the
    // design): draw it once per zoom, not on every frame.
    setCacheMode(CacheBackground);

    m_glide.setDuration(kGlideMs);
    m_glide.setEasingCurve(QEasingCurve::InOutCubic);
    connect(&m_glide, &QVariantAnimation::valueChanged, this, [this](const QVariant &centre) {
        centerOn(centre.toPointF());
    });
}

qreal CanvasView::zoom() const
{
    return transform().m11();
}

QPointF CanvasView::viewportCentre() const
{
    return QRectF(viewport()->rect()).center();
}

void CanvasView::setZoom(qreal zoom, const QPointF &viewportPos)
{
    m_followsFit = false;
    m_glide.stop();   // the user's zoom wins over a glide
    const qreal clamped = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (clamped == this->zoom())
        return;
    const QPointF anchor = viewportTransform().inverted().map(viewportPos);
    setTransform(QTransform::fromScale(clamped, clamped));
    // Scroll so that the anchor's scene point is back under viewportPos.
    const QPointF drift = viewportTransform().map(anchor) - viewportPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(drift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(drift.y()));
    emit zoomChanged(clamped);
}

bool CanvasView::showsWholeScene() const
{
    if (!scene())
        return true;
    // Against the room without scroll bars: they may still be shown for a
    // moment after a fit, and the view cannot scroll without them anyway.
    const QSizeF design = scene()->sceneRect().size() * zoom();
    const QSizeF room = QSizeF(maximumViewportSize());
    return design.width() <= room.width() + 0.5 && design.height() <= room.height() + 0.5;
}

QRectF CanvasView::followRect() const
{
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const qreal dx = visible.width() * kFollowMargin;
    const qreal dy = visible.height() * kFollowMargin;
    return visible.adjusted(dx, dy, -dx, -dy);
}

void CanvasView::follow(const QPointF &scenePos)
{
    if (isGliding() || showsWholeScene())
        return;
    const QRectF inside = followRect();
    if (inside.contains(scenePos))
        return;
    // The smallest scroll that puts the point back on the margin's edge:
    // the view moves with the packet instead of jumping ahead of it.
    const qreal dx = scenePos.x() < inside.left()    ? scenePos.x() - inside.left()
                     : scenePos.x() > inside.right() ? scenePos.x() - inside.right()
                                                     : 0;
    const qreal dy = scenePos.y() < inside.top()      ? scenePos.y() - inside.top()
                     : scenePos.y() > inside.bottom() ? scenePos.y() - inside.bottom()
                                                      : 0;
    centerOn(mapToScene(viewport()->rect()).boundingRect().center() + QPointF(dx, dy));
}

void CanvasView::glideToShow(const QRectF &sceneRect, const QPointF &start)
{
    if (sceneRect.isNull() || showsWholeScene())
        return;
    const QRectF room = followRect();
    if (room.contains(sceneRect))
        return;
    const bool fits = sceneRect.width() <= room.width() && sceneRect.height() <= room.height();
    m_glide.stop();
    m_glide.setStartValue(mapToScene(viewport()->rect()).boundingRect().center());
    m_glide.setEndValue(fits ? sceneRect.center() : start);
    m_glide.start();
}

void CanvasView::zoomIn()
{
    setZoom(zoom() * kZoomStep, viewportCentre());
}

void CanvasView::zoomOut()
{
    setZoom(zoom() / kZoomStep, viewportCentre());
}

void CanvasView::resetZoom()
{
    setZoom(1.0, viewportCentre());
}

void CanvasView::fitToWindow()
{
    m_followsFit = true;
    m_glide.stop();
    if (!scene())
        return;
    const QRectF target = scene()->sceneRect();
    // The room without scroll bars, less a pixel each side so rounding does
    // not bring them back.
    const QSizeF room = QSizeF(maximumViewportSize()) - QSizeF(2, 2);
    if (target.isEmpty() || room.isEmpty())
        return;
    const qreal fit = std::min(room.width() / target.width(), room.height() / target.height());
    const qreal zoomToFit = std::clamp(std::min(fit, kMaxFitZoom), kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(zoomToFit, zoomToFit));
    centerOn(target.center());
    emit zoomChanged(zoomToFit);
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            setZoom(zoom() * zoomFactorFor(delta), event->position());
        event->accept();
        return;
    }
    m_followsFit = false;
    m_glide.stop();
    QGraphicsView::wheelEvent(event);
}

void CanvasView::startPanning(QPoint position)
{
    m_panning = true;
    m_followsFit = false;
    m_lastPanPosition = position;
    viewport()->setCursor(Qt::ClosedHandCursor);
}

void CanvasView::setSpaceHeld(bool held)
{
    m_spaceHeld = held;
    if (m_panning)
        return;
    if (held)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    // Space pans only when no text item (a rename in place) wants it.
    if (event->key() == Qt::Key_Space && !(scene() && scene()->focusItem())) {
        if (!event->isAutoRepeat())
            setSpaceHeld(true);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && m_spaceHeld) {
        if (!event->isAutoRepeat())
            setSpaceHeld(false);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::focusOutEvent(QFocusEvent *event)
{
    if (m_spaceHeld)
        setSpaceHeld(false);   // the release will go to another widget
    QGraphicsView::focusOutEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    const bool spacePan = m_spaceHeld && event->button() == Qt::LeftButton;
    if (event->button() == Qt::MiddleButton || spacePan) {
        m_panButton = event->button();
        startPanning(event->position().toPoint());
        m_followsFit = false;
        m_glide.stop();
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint position = event->position().toPoint();
        const QPoint delta = position - m_lastPanPosition;
        m_lastPanPosition = position;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == m_panButton) {
        m_panning = false;
        m_panButton = Qt::NoButton;
        setSpaceHeld(m_spaceHeld);   // back to the open hand, or the arrow
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_followsFit)
        fitToWindow();
}

void CanvasView::changeEvent(QEvent *event)
{
    // The cached grid was drawn in the old palette's colours.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        resetCachedContent();
    QGraphicsView::changeEvent(event);
}

} // namespace infralab
