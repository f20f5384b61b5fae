#pragma once

#include "Subcommand.h"

namespace infralab {

// `infralab export SRC OUT.png|OUT.svg|OUT.pdf [--scale F] [--margin N]
// [--transparent]`: the whole diagram drawn as in the window, headless. The
// PNG and SVG carry the design, so they work as SRC again.
class ExportCommand : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)   // lupdate does not look up the base class

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    bool needsGui() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
        QTextStream &err) const override;
};

} // namespace infralab
