#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <optional>

class QWidget;

namespace infralab {

// The live charts as one picture for a report (issue 7): each chart as the
// dock draws it, under its title, one above the other, at a scale that
// keeps text sharp in print.
class ChartsImage
{
    Q_DECLARE_TR_FUNCTIONS(ChartsImage)

public:
    struct Part
    {
        QString title;
        QWidget *chart = nullptr;
    };

    static QImage render(const QList<Part> &parts, qreal scale);
    // Writes a PNG atomically; the error, one line, when it could not.
    static std::optional<QString> save(const QImage &image, const QString &path);
};

} // namespace infralab
