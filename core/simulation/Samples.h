#pragma once

#include "model/NodeKind.h"

#include <QList>
#include <QString>

#include <array>

namespace infralab {

// One node over one simulated second: a row of `simulate --csv`.
struct NodeSample
{
    QString node;
    NodeKind kind = NodeKind::Client;
    double cpu = 0;      // percent of its machine (its server's, or its own), 0 to 100
    int qps = 0;         // requests (or packets, for a firewall) that reached it
    int drops = 0;       // packets its rules dropped (firewalls)
    int errors = 0;      // requests that failed here
    int attacks = 0;     // attack packets no firewall stopped
    bool reported = false; // a monitoring agent delivered its numbers this second

    friend bool operator==(const NodeSample &, const NodeSample &) = default;
};

// Drops of one firewall rule; `rule` is 0-based, -1 for the default policy.
struct RuleDrops
{
    QString firewall;
    int rule = -1;
    qint64 drops = 0;

    friend bool operator==(const RuleDrops &, const RuleDrops &) = default;
};

// Everything measured in one second [t, t + 1) of simulated time.
struct SecondSample
{
    int t = 0;
    QList<NodeSample> nodes;          // every node, in file order
    QList<RuleDrops> ruleDrops;       // rules that dropped something this second
    int sent = 0;                     // legitimate requests sent by browsers
    int served = 0;
    int failed = 0;
    std::array<int, 3> failedByType{};   // by RequestType: static, read, write
    double p50Ms = 0;                 // latency of the requests served this second
    double p95Ms = 0;

    friend bool operator==(const SecondSample &, const SecondSample &) = default;
};

struct NodeTotals
{
    QString node;
    NodeKind kind = NodeKind::Client;
    double cpuMean = 0;
    double cpuPeak = 0;
    qint64 requests = 0;
    qint64 drops = 0;
    qint64 errors = 0;
    qint64 attacks = 0;

    friend bool operator==(const NodeTotals &, const NodeTotals &) = default;
};

// The whole run so far.
struct SimulationTotals
{
    int seconds = 0;
    qint64 sent = 0;
    qint64 served = 0;
    qint64 failed = 0;
    std::array<qint64, 3> sentByType{};
    std::array<qint64, 3> failedByType{};
    qint64 attacks = 0;          // attack packets and flood requests sent
    qint64 attacksBlocked = 0;   // dropped by a firewall
    double p50Ms = 0;
    double p95Ms = 0;
    double p99Ms = 0;
    QList<NodeTotals> nodes;
    QList<RuleDrops> ruleDrops;   // every rule that dropped something

    friend bool operator==(const SimulationTotals &, const SimulationTotals &) = default;
};

} // namespace infralab
