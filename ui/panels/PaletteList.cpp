#include "PaletteList.h"

#include "canvas/EditorMime.h"

#include <QMimeData>

namespace infralab {

PaletteList::PaletteList(QWidget *parent)
    : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setSelectionMode(SingleSelection);
}

QStringList PaletteList::mimeTypes() const
{
    return {kindMimeType()};
}

QMimeData *PaletteList::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(kindMimeType(), items.first()->data(KindRole).toString().toUtf8());
    return mime;
}

} // namespace infralab
