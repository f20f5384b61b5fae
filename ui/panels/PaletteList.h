#pragma once

#include <QListWidget>

namespace infralab {

// The palette's list of component kinds. Dragging an entry carries the
// kind under our own MIME type (kindMimeType()), never plain text.
class PaletteList : public QListWidget
{
    Q_OBJECT

public:
    static constexpr int KindRole = Qt::UserRole;   // the kind's JSON name

    explicit PaletteList(QWidget *parent = nullptr);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
};

} // namespace infralab
