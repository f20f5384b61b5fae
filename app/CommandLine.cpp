#include "CommandLine.h"

#include "commands/Subcommands.h"
#include "presets/Presets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

// Qt 6.4's own French catalogue (qtbase_fr) lacks these lines of
// QCommandLineParser's help; ours supplies them, under Qt's context.
[[maybe_unused]] constexpr const char *kParserTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
};

QString overview()
{
    QString text = CommandLine::tr("See how a web request travels through real infrastructure.") + u"\n\n"_s + CommandLine::tr("Usage:")
        + u'\n';
    const auto line = [&](const QString &usage, const QString &summary) {
        constexpr qsizetype kColumn = 28;
        text += u"  infralab "_s + usage;
        // A long synopsis gets its summary on the next line, in the same column.
        text += usage.size() > kColumn ? u'\n' + QString(kColumn + 12, u' ') : QString(kColumn - usage.size() + 1, u' ');
        text += summary + u'\n';
    };
    line(u"[FILE]"_s, CommandLine::tr("open FILE (or the default design) in the window"));
    for (const auto &command : subcommands())
        line(command->synopsis(), command->summary());
    line(u"COMMAND --help"_s, CommandLine::tr("the options of one command"));
    return text + u'\n'
        + CommandLine::tr("SRC is a file path or preset:NAME. Exit status: 0 on success, 2 on bad input or usage.");
}

// The first argument that is not an option: a subcommand's name or a FILE.
QString firstPositional(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        if (!argument.startsWith(u'-'))
            return argument;
    }
    return {};
}

void setUpParser(QCommandLineParser &parser, const Subcommand *command)
{
    parser.setApplicationDescription(overview());
    parser.addHelpOption();
    parser.addVersionOption();
    if (command) {
        parser.addPositionalArgument(command->name(), command->summary(), command->synopsis());
        command->addOptions(parser);
    } else {
        parser.addPositionalArgument(u"FILE"_s, CommandLine::tr("A design to open in the window, or a command above."),
                                     u"[FILE | COMMAND]"_s);
    }
}

} // namespace

bool CommandLine::isHeadless(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        if (argument == u"-h" || argument == u"--help" || argument == u"-v" || argument == u"--version"
            || argument == u"--help-all")
            return true;
    }
    return findSubcommand(firstPositional(arguments)) != nullptr;
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    const Subcommand *command = findSubcommand(firstPositional(arguments));
    return command && command->needsGui();
}

Language CommandLine::language(const QStringList &arguments)
{
    return arguments.contains(u"--json"_s) ? Language::English : Language::System;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const Subcommand *command = findSubcommand(firstPositional(arguments));
    QCommandLineParser parser;
    setUpParser(parser, command);
    if (!parser.parse(arguments)) {
        err << "infralab: " << parser.errorText() << '\n';
        return kExitBadInput;
    }
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s)) {
        out << parser.helpText();
        return kExitOk;
    }
    if (parser.isSet(u"version"_s)) {
        out << "infralab " << QCoreApplication::applicationVersion() << '\n';
        return kExitOk;
    }
    if (!command) {
        err << "infralab: " << CommandLine::tr("unknown command; see infralab --help") << '\n';
        return kExitBadInput;
    }
    return command->run(parser, parser.positionalArguments().mid(1), out, err);
}

CommandLine::GuiOptions CommandLine::parseGui(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, nullptr);
    GuiOptions options;
    if (!parser.parse(arguments)) {
        options.usageError = parser.errorText();
        return options;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        options.usageError = CommandLine::tr("open one file at a time");
    options.source = positional.value(0, u"preset:"_s + defaultPresetName());
    return options;
}

} // namespace infralab
