#pragma once

#include "Subcommand.h"

namespace infralab {

// `infralab analyze SRC [--json]`: the design critique, one finding a line
// and a count, or DESIGN.md's {"findings":[…]} document.
class AnalyzeCommand : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)   // lupdate does not look up the base class

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
            QTextStream &err) const override;
};

} // namespace infralab
