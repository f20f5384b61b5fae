#include "PaletteDock.h"

#include "PaletteList.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace infralab {

PaletteDock::PaletteDock(QWidget *parent)
    : QDockWidget(tr("Components"), parent)
    , m_list(new PaletteList(this))
{
    setObjectName(u"paletteDock"_s);
    m_list->setObjectName(u"paletteList"_s);
    m_list->setIconSize(QSize(32, 32));
    m_list->setSpacing(2);
    m_list->setUniformItemSizes(true);
    for (const NodeKind kind : allNodeKinds()) {
        // QIcon renders the SVG at the size and scale asked, so the icons
        // stay crisp at 200%.
        auto *item = new QListWidgetItem(QIcon(u":/icons/"_s + QString::fromLatin1(kindInfo(kind).iconName) + u".svg"_s),
                                         kindLabel(kind), m_list);
        item->setData(PaletteList::KindRole, jsonName(kind));
        item->setToolTip(tr("<b>%1</b><br>%2<br><i>Drag onto the canvas to add one.</i>")
                             .arg(kindLabel(kind).toHtmlEscaped(), kindTooltip(kind).toHtmlEscaped()));
        item->setStatusTip(kindTooltip(kind));
    }
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const auto kind = nodeKindFromJson(item->data(PaletteList::KindRole).toString()))
            emit kindActivated(*kind);
    });
    setWidget(m_list);
}

int PaletteDock::rowOf(NodeKind kind) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(PaletteList::KindRole).toString() == jsonName(kind))
            return row;
    }
    return -1;
}

} // namespace infralab
