#pragma once

#include <QHash>
#include <QPixmap>
#include <QString>

#include <memory>

class QPainter;
class QSvgRenderer;

namespace infralab {

// Node icons rendered from SVG once per (icon, pixel size bucket, device pixel
// ratio) and reused: re-rendering SVG on every paint makes zooming stutter.
class IconCache
{
public:
    IconCache();
    ~IconCache();

    // Draws the icon into `target` (painter coordinates): from a pixmap
    // sized for the painter's zoom on screen and in PNG exports, as vector
    // paths on SVG and PDF output so exported drawings stay sharp at any
    // zoom.
    void paint(QPainter *painter, const QString &iconName, const QRectF &target);

    // The pixmap for `iconName` (resources/icons/<iconName>.svg) at least
    // `devicePixels` wide (up to the largest bucket, 768), tagged with
    // `devicePixelRatio`. A null pixmap when the icon does not exist.
    QPixmap pixmap(const QString &iconName, qreal devicePixels, qreal devicePixelRatio);

    // The size actually rendered for a request: a few fixed steps, so that a
    // smooth zoom reuses pixmaps instead of filling the cache.
    static int bucketFor(qreal devicePixels);

    qsizetype renderCount() const { return m_renders; }
    qsizetype size() const { return m_pixmaps.size(); }

private:
    QSvgRenderer *renderer(const QString &iconName);

    QHash<QString, QPixmap> m_pixmaps;
    QHash<QString, std::shared_ptr<QSvgRenderer>> m_renderers;   // for vector output
    qsizetype m_renders = 0;
};

} // namespace infralab
