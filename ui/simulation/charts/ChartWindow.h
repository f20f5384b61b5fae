#pragma once

#include "ChartedNodes.h"

#include "simulation/Samples.h"

#include <QList>
#include <QPointF>

#include <deque>

namespace infralab {

// What a chart plots of a node's second.
enum class ChartMeasure { Cpu, Qps, Drops };

// The points of each line over the last `seconds` closed seconds: built
// once per tick and handed to the chart whole. A second's point sits at its
// end (t + 1), when its numbers arrive. CPU and QPS need a monitoring
// report for that second, so a stopped server's line stops; drops come from
// the firewall's own log and are always there.
struct ChartWindow
{
    double from = 0;   // the window's left edge, in simulated seconds
    double to = 0;
    QList<QList<QPointF>> points;   // by line, oldest first
    QList<bool> reporting;          // by line: whether its last second reported
    double peak = 0;                // the highest value in the window

    static ChartWindow of(const std::deque<SecondSample> &history, const QList<ChartLine> &lines,
                          ChartMeasure measure, double now, int seconds);
};

// A value axis from zero that holds `peak` with a little headroom, in
// round steps (1, 2 or 5 times a power of ten), 3 to 5 of them.
struct AxisScale
{
    double maximum = 5;
    int intervals = 5;

    friend bool operator==(const AxisScale &, const AxisScale &) = default;
};
AxisScale niceScale(double peak);

} // namespace infralab
