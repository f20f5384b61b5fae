#include "IconCache.h"

#include <QFile>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

// Steps about 1.5x apart: downscaling by less than that with smooth
// filtering stays sharp.
constexpr std::array kBuckets{16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768};

QString iconPath(const QString &iconName)
{
    return u":/icons/"_s + iconName + u".svg"_s;
}

bool isVectorOutput(const QPainter *painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    return engine && (engine->type() == QPaintEngine::SVG || engine->type() == QPaintEngine::Pdf);
}

} // namespace

IconCache::IconCache() = default;
IconCache::~IconCache() = default;

void IconCache::paint(QPainter *painter, const QString &iconName, const QRectF &target)
{
    if (isVectorOutput(painter)) {
        if (QSvgRenderer *svg = renderer(iconName))
            svg->render(painter, target);
        return;
    }
    // Never upscaled (blurry), nor rendered from SVG on every paint.
    const qreal zoom = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const qreal dpr = painter->device()->devicePixelRatio();
    const QPixmap icon = pixmap(iconName, target.width() * zoom * dpr, dpr);
    if (!icon.isNull())
        painter->drawPixmap(target, icon, QRectF(icon.rect()));
}

QSvgRenderer *IconCache::renderer(const QString &iconName)
{
    auto found = m_renderers.find(iconName);
    if (found == m_renderers.end()) {
        auto svg = std::make_shared<QSvgRenderer>();
        const QString path = iconPath(iconName);
        if (!QFile::exists(path) || !svg->load(path))
            svg.reset();
        found = m_renderers.insert(iconName, svg);
    }
    return found->get();
}

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
    const QString path = iconPath(iconName);
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
