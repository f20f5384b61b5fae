#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace infralab {

// Writes a QImage as PNG with text chunks. Qt's own writer lets libpng try
// every row filter and compresses hard: a 1000-node diagram took several
// seconds. Diagrams are mostly flat colour, where unfiltered rows at
// zlib's fastest level are as small give or take a few hundred KB, and
// four times faster to write.
class PngEncoder
{
public:
    struct Text
    {
        QString keyword;   // Latin-1, 1–79 characters (the PNG rule)
        QString text;
        bool compressed = false;
    };

    // Empty when the image is null. Opaque formats are written as RGB,
    // anything with alpha as straight (not premultiplied) RGBA.
    static QByteArray encode(const QImage &image, const QList<Text> &texts);
};

} // namespace infralab
