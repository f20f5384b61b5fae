#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include "model/Topology.h"

#include <optional>

namespace infralab {

inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 2;

// One headless subcommand of `infralab`: its usage, its options, its work.
// Each lives in its own file and is listed once, in Subcommands.cpp.
class Subcommand
{
    // One context for the whole command line: its help reads as one text.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    virtual ~Subcommand() = default;

    virtual QString name() const = 0;
    virtual QString synopsis() const = 0;   // "validate SRC" (after "infralab ")
    virtual QString summary() const = 0;    // one line for --help
    // Drawing the canvas needs a QApplication (fonts, palette, painting);
    // main() then makes one on the offscreen platform: still no display.
    virtual bool needsGui() const { return false; }
    virtual void addOptions(QCommandLineParser &parser) const { Q_UNUSED(parser); }
    // `arguments` are the positional arguments after the subcommand's name.
    virtual int run(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                    QTextStream &err) const = 0;

protected:
    // SRC as a design; on bad input, its one error line goes to `err`.
    static std::optional<Topology> loadDesign(const QString &source, QTextStream &err);

    // "infralab: usage: infralab validate SRC" and the usage exit code.
    int usageError(QTextStream &err) const
    {
        err << "infralab: " << tr("usage: infralab %1").arg(synopsis())
            << '\n';
        return kExitBadInput;
    }
};

} // namespace infralab
