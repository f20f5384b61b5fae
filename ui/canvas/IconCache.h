#pragma once

#include <QHash>
#include <QPixmap>
#include <QString>

namespace infralab {

// Node icons rendered from SVG once per (icon, pixel size bucket, device pixel
// ratio) and reused: re-rendering SVG on every paint makes zooming stutter.
class IconCache
{
public:
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
    QHash<QString, QPixmap> m_pixmaps;
    qsizetype m_renders = 0;
};

} // namespace infralab
