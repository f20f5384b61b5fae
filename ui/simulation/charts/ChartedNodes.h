#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace infralab {

class Simulation;

// One line of a chart: a node, named and coloured for its legend. `related`
// are the ids whose selection on the canvas highlights it (itself, its
// server, what runs on it).
struct ChartLine
{
    QString id;
    QString name;
    QColor colour;
    qsizetype sampleIndex = -1;   // into SecondSample::nodes (file order)
    QStringList related;

    friend bool operator==(const ChartLine &, const ChartLine &) = default;
};

// A node the monitoring does not see, and why, for the "no data" note.
struct SilentNode
{
    QString id;
    QString name;
    QString reason;

    friend bool operator==(const SilentNode &, const SilentNode &) = default;
};

// What each chart of a simulation draws. CPU and QPS are what the
// monitoring service receives, so they hold only monitored servers and web
// servers (Simulation::isMonitored); the others are silent. Drops come from
// each firewall's own log, which needs no agent: every firewall is drawn.
struct ChartedNodes
{
    QList<ChartLine> cpu;     // servers: their machine's CPU
    QList<ChartLine> qps;     // web servers: what the QPS alerts watch
    QList<ChartLine> drops;   // firewalls
    QList<SilentNode> silent;

    static ChartedNodes of(const Simulation &simulation);

    friend bool operator==(const ChartedNodes &, const ChartedNodes &) = default;
};

// Stable per position, distinct for the first ten, readable on light and
// dark backgrounds.
QColor chartColour(qsizetype position);

} // namespace infralab
