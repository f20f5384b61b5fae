#pragma once

#include <QList>
#include <QRectF>
#include <QString>

class QUndoCommand;

namespace infralab {

class TopologyModel;

// A component where a move or a drop leaves it: `box` in scene units, `host`
// the server that runs it afterwards (empty for none).
struct PlacedComponent
{
    QString id;
    QString host;
    QRectF box;

    friend bool operator==(const PlacedComponent &, const PlacedComponent &) = default;
};

// A server frame drawn at a size the user chose still has to hold what it
// runs: a component moved or dropped into it must not overlap its edge or
// spill out. For each such frame too small for what is placed in it, adds a
// ResizeFrameCommand under `parent` that grows it (never shrinks it), so the
// move or drop and the growth undo as one step. Frames that fit their
// components by themselves need nothing. Returns how many frames grow.
int growFramesToHold(TopologyModel *model, const QList<PlacedComponent> &placed, QUndoCommand *parent);

// `frame` grown to hold `box` with the frame's padding (title bar above).
QRectF frameHolding(const QRectF &frame, const QRectF &box);

} // namespace infralab
