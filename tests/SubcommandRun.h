#pragma once

#include "commands/Subcommand.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

// What a headless subcommand printed and returned.
struct SubcommandRun
{
    int exitCode = -1;   // -1: the arguments did not parse
    QString out;
    QString err;
};

// Runs `Command` in-process on `arguments` (those after "infralab NAME"),
// parsed as the real command line parses them.
template <class Command>
SubcommandRun runSubcommand(const QStringList &arguments)
{
    const Command command;
    QCommandLineParser parser;
    command.addOptions(parser);
    SubcommandRun result;
    if (!parser.parse(QStringList{QStringLiteral("infralab")} + arguments))
        return result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = command.run(parser, parser.positionalArguments(), out, err);
    out.flush();
    err.flush();
    return result;
}
