#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "i18n/Language.h"

#include <optional>

class QTextStream;

namespace infralab {

// The headless side of `infralab`: subcommands that need no display.
// Exit codes: 0 success, 2 bad input or usage (DESIGN.md).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // True when argv names a headless subcommand or --help/--version, so
    // main() can skip creating a QApplication (no DISPLAY needed).
    static bool isHeadless(const QStringList &arguments);

    // True when that headless command draws (export): it needs a
    // QApplication, on the offscreen platform when none is chosen.
    static bool needsGui(const QStringList &arguments);

    // The language of a headless run: the locale's (LANG, LC_ALL,
    // LANGUAGE), as shell tools do, but English for --json, whose texts
    // scripts compare.
    static Language language(const QStringList &arguments);

    // Runs a headless invocation; needs a QCoreApplication (or a
    // QApplication when needsGui()).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    // For the GUI: the FILE argument, if any, or the error to print.
    struct GuiOptions
    {
        QString source;   // a path, or preset:NAME (the default preset when none)
        std::optional<QString> usageError;
    };
    static GuiOptions parseGui(const QStringList &arguments);
};

} // namespace infralab
