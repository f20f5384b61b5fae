#pragma once

#include "Subcommand.h"

namespace infralab {

// `infralab presets`: NAME<TAB>title, one built-in design a line.
class PresetsCommand : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)   // lupdate does not look up the base class

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
            QTextStream &err) const override;
};

} // namespace infralab
