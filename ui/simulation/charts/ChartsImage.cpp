#include "ChartsImage.h"

#include <QFontMetrics>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

constexpr int kPadding = 12;

QFont titleFont(const QWidget *chart)
{
    QFont font = chart->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    return font;
}

} // namespace

QImage ChartsImage::render(const QList<Part> &parts, qreal scale)
{
    int width = 0;
    int height = kPadding;
    for (const Part &part : parts) {
        width = std::max(width, part.chart->width());
        height += QFontMetrics(titleFont(part.chart)).height() + part.chart->height() + kPadding;
    }
    if (parts.isEmpty() || width <= 0)
        return {};
    width += 2 * kPadding;
    // Device pixels at `scale`, laid out in widget pixels: the charts draw
    // themselves again at that resolution rather than being stretched.
    QImage image(QSize(width, height) * scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(parts.first().chart->palette().color(QPalette::Window));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    int y = kPadding;
    for (const Part &part : parts) {
        const QFont font = titleFont(part.chart);
        const int titleHeight = QFontMetrics(font).height();
        painter.setFont(font);
        painter.setPen(part.chart->palette().color(QPalette::WindowText));
        painter.drawText(QRect(kPadding, y, width - 2 * kPadding, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         part.title);
        y += titleHeight;
        part.chart->render(&painter, QPoint(kPadding, y), QRegion(), QWidget::DrawChildren);
        y += part.chart->height() + kPadding;
    }
    return image;
}

std::optional<QString> ChartsImage::save(const QImage &image, const QString &path)
{
    if (image.isNull())
        return tr("there is no chart to save");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot be written: %1").arg(file.errorString());
    QImageWriter writer(&file, "png");
    writer.setText(u"Software"_s, u"Infralab"_s);
    if (!writer.write(image)) {
        file.cancelWriting();
        return tr("cannot be written: %1").arg(writer.errorString());
    }
    if (!file.commit())
        return tr("cannot be written: %1").arg(file.errorString());
    return std::nullopt;
}

} // namespace infralab
