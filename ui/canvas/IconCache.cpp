#include "IconCache.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

// Steps about 1.5x apart: downscaling by less than that with smooth
// filtering stays sharp.
constexpr std::array kBuckets{16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768};

} // namespace

int IconCache::bucketFor(qreal devicePixels)
{
    for (const int bucket : kBuckets) {
        if (devicePixels <= bucket)
            return bucket;
    }
    return kBuckets.back();
}

QPixmap IconCache::pixmap(const QString &iconName, qreal devicePixels, qreal devicePixelRatio)
{
    const int bucket = bucketFor(devicePixels);
    const QString key = u"%1@%2x%3"_s.arg(iconName).arg(bucket).arg(devicePixelRatio);
    const auto cached = m_pixmaps.constFind(key);
    if (cached != m_pixmaps.constEnd())
        return *cached;

    QPixmap rendered;
    const QString path = u":/icons/"_s + iconName + u".svg"_s;
    QSvgRenderer renderer;
    if (QFile::exists(path) && renderer.load(path)) {
        rendered = QPixmap(bucket, bucket);
        rendered.fill(Qt::transparent);
        QPainter painter(&rendered);
        renderer.render(&painter);
        painter.end();
        rendered.setDevicePixelRatio(devicePixelRatio);
        ++m_renders;
    }
    m_pixmaps.insert(key, rendered);
    return rendered;
}

} // namespace infralab
