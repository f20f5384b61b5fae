#pragma once

#include "Subcommand.h"

namespace infralab {

class Simulation;

// `infralab simulate SRC --duration S [--rps N] [--attack-rps N] [--seed N]
// [--fail NODE@T[-T2]]... [--csv FILE] [--json]`: runs the traffic
// simulation headless. The CSV has one row per node per simulated second
// and is written whole or not at all; stdout gets a readable summary, or
// the totals and events as JSON.
class SimulateCommand : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)   // lupdate does not look up the base class

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
            QTextStream &err) const override;

    // A node stopped at `from` and started again at `to` (never when negative).
    struct Failure
    {
        QString node;
        double from = 0;
        double to = -1;

        friend bool operator==(const Failure &, const Failure &) = default;
    };
    // NODE@T or NODE@T-T2, seconds; nullopt when it is not that shape.
    static std::optional<Failure> parseFailure(const QString &text);

private:
    static QString summaryText(const Simulation &simulation, const QString &source);
};

} // namespace infralab
