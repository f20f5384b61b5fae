#include "ChartWindow.h"

#include <algorithm>
#include <cmath>

namespace infralab {

namespace {

double valueOf(const NodeSample &sample, ChartMeasure measure)
{
    switch (measure) {
    case ChartMeasure::Cpu:
        return sample.cpu;
    case ChartMeasure::Qps:
        return sample.qps;
    case ChartMeasure::Drops:
        return sample.drops;
    }
    return 0;
}

} // namespace

ChartWindow ChartWindow::of(const std::deque<SecondSample> &history, const QList<ChartLine> &lines,
                            ChartMeasure measure, double now, int seconds)
{
    ChartWindow window;
    // The window slides once it is full; until then it starts at zero, so
    // the first minute fills it from the left.
    window.to = std::max(now, double(seconds));
    window.from = window.to - seconds;
    window.points.resize(lines.size());
    window.reporting.fill(measure == ChartMeasure::Drops, lines.size());

    // Only the window's tail of the history: its cost does not grow with the run.
    auto first = history.end();
    while (first != history.begin() && (first - 1)->t + 1 >= window.from)
        --first;
    const auto count = qsizetype(history.end() - first);
    for (QList<QPointF> &line : window.points)
        line.reserve(count);

    const bool needsReport = measure != ChartMeasure::Drops;
    for (auto it = first; it != history.end(); ++it) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const qsizetype index = lines[i].sampleIndex;
            if (index < 0 || index >= it->nodes.size())
                continue;
            const NodeSample &sample = it->nodes[index];
            if (needsReport) {
                window.reporting[i] = sample.reported;
                if (!sample.reported)
                    continue;
            }
            const double value = valueOf(sample, measure);
            window.points[i].append(QPointF(it->t + 1, value));
            window.peak = std::max(window.peak, value);
        }
    }
    return window;
}

AxisScale niceScale(double peak)
{
    const double needed = peak * 1.05;
    AxisScale best;   // 0 to 5 in steps of 1: an idle chart still reads
    if (needed <= best.maximum)
        return best;
    best.maximum = 0;
    const double decade = std::pow(10.0, std::floor(std::log10(needed / 5)));
    for (const double scale : {decade, decade * 10}) {
        for (const double step : {1.0, 2.0, 5.0}) {
            for (int intervals = 3; intervals <= 5; ++intervals) {
                const double maximum = step * scale * intervals;
                if (maximum >= needed && (best.maximum == 0 || maximum < best.maximum))
                    best = {maximum, intervals};
            }
        }
    }
    return best;
}

} // namespace infralab
