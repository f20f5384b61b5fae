#include "UndoHistoryDock.h"

#include <QUndoView>

using namespace Qt::StringLiterals;

namespace infralab {

UndoHistoryDock::UndoHistoryDock(QUndoStack *stack, QWidget *parent)
    : QDockWidget(tr("Undo History"), parent)
    , m_view(new QUndoView(stack, this))
{
    setObjectName(u"undoHistoryDock"_s);
    m_view->setObjectName(u"undoHistoryView"_s);
    m_view->setEmptyLabel(tr("<design as opened>"));
    setWidget(m_view);
}

} // namespace infralab
