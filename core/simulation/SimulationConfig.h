#pragma once

#include <cstdint>

namespace infralab {

// Shares of the requests by type (static, read, write). Any non-negative
// weights: they are normalised, so {3, 6, 1} and {0.3, 0.6, 0.1} agree.
struct RequestMix
{
    double staticShare = 0.3;
    double readShare = 0.6;
    double writeShare = 0.1;

    friend bool operator==(const RequestMix &, const RequestMix &) = default;
};

// Shares of what the attack generator sends: what the internet really sends
// to any public address, all day long.
struct AttackMix
{
    double portScan = 0.4;     // SYNs to random ports, looking for anything open
    double sshBruteForce = 0.3; // password guesses on port 22
    double mySqlProbe = 0.2;   // logins tried on port 3306
    double httpFlood = 0.1;    // page requests by a botnet, through the front door

    friend bool operator==(const AttackMix &, const AttackMix &) = default;
};

// Everything a simulation run starts from besides the design. The rates and
// mixes can change while it runs (Simulation's setters).
struct SimulationConfig
{
    double requestRate = 100.0;   // legitimate requests per second (Poisson arrivals)
    double attackRate = 0.0;      // attack packets per second
    std::uint64_t seed = 1;
    RequestMix mix;
    AttackMix attackMix;

    // A request that waits longer than this in one queue fails, as a proxy
    // answers 504 Gateway Timeout; it also keeps memory bounded in overload.
    double queueTimeout = 10.0;
    // One way, per link crossed; the browser is farther away (the internet).
    double hopLatency = 0.0002;
    double internetLatency = 0.015;
    // How the application notices a dead database (and promotes a replica).
    double databaseCheckInterval = 2.0;
    int databaseCheckFall = 3;
    // Checks that must pass again before a recovered node takes traffic.
    int checkRise = 2;
    // Distinct browsers (for the source-hash algorithm) and flooding bots.
    int clients = 10000;
    int bots = 50;
    // Seconds of per-second samples kept for a chart; older ones are dropped.
    int historySeconds = 600;

    friend bool operator==(const SimulationConfig &, const SimulationConfig &) = default;
};

} // namespace infralab
