#pragma once

#include "model/NodeKind.h"

#include <QDockWidget>

namespace infralab {

class PaletteList;

// Every kind of component, with its icon and what it is for: drag one onto
// the canvas to add it there, or press Enter (double-click) to add it in the
// middle of the view.
class PaletteDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PaletteDock(QWidget *parent = nullptr);

    PaletteList *list() const { return m_list; }
    // The row showing `kind`.
    int rowOf(NodeKind kind) const;

signals:
    void kindActivated(NodeKind kind);

private:
    PaletteList *m_list;
};

} // namespace infralab
