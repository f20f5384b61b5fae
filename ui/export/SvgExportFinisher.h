#pragma once

#include <QByteArray>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace infralab {

// Finishes what QSvgGenerator writes, with a real XML reader and writer (so
// every label stays escaped): the size in pixels and a viewBox fitted to the
// drawing, our own <title> and <desc> instead of Qt's defaults, and a
// <metadata> element carrying the design so the file reopens as one.
class SvgExportFinisher
{
public:
    struct Fields
    {
        QString title;
        QString description;
        QByteArray designJson; // UTF-8
        QSizeF size; // width and height attributes, pixels
        QRectF viewBox; // user units the drawing was painted in
    };

    // Nothing when `generated` is not well-formed XML.
    static QByteArray finish(const QByteArray &generated, const Fields &fields);
};

} // namespace infralab
