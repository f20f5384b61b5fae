#pragma once

#include "Subcommand.h"

namespace infralab {

// `infralab validate SRC`: loads a design and prints one summary line.
class ValidateCommand : public Subcommand
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
            QTextStream &err) const override;
};

} // namespace infralab
