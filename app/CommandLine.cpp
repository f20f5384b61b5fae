#include "CommandLine.h"

#include "io/LoadResult.h"
#include "presets/Presets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 2;

const QStringList kSubcommands{u"presets"_s, u"validate"_s};

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QString overview()
{
    return tr("See how a web request travels through real infrastructure.\n"
              "\n"
              "Usage:\n"
              "  infralab [FILE]          open FILE (or the default design) in the window\n"
              "  infralab presets         list the built-in designs: NAME<TAB>title\n"
              "  infralab validate SRC    check a design and print one summary line\n"
              "\n"
              "SRC is a file path or preset:NAME. Exit status: 0 on success, 2 on bad input.");
}

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(overview());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, tr("A subcommand (presets, validate) or a FILE to open."),
                                 u"[command|FILE]"_s);
}

int listPresets(QTextStream &out)
{
    for (const PresetInfo &preset : builtinPresets())
        out << preset.name << '\t' << preset.title << '\n';
    return kExitOk;
}

int validate(const QString &source, QTextStream &out, QTextStream &err)
{
    const LoadResult result = loadSource(source);
    if (!result.ok()) {
        err << result.error->toString() << '\n';
        return kExitBadInput;
    }
    const Topology &topology = result.topology;
    const qsizetype nodeCount = topology.nodes().size();
    const qsizetype linkCount = topology.links().size();
    const QString nodes = nodeCount == 1 ? tr("1 node") : tr("%1 nodes").arg(nodeCount);
    const QString links = linkCount == 1 ? tr("1 link") : tr("%1 links").arg(linkCount);
    out << tr("%1: \"%2\", %3, %4").arg(source, topology.name, nodes, links) << '\n';
    return kExitOk;
}

} // namespace

bool CommandLine::isHeadless(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        if (argument == u"-h" || argument == u"--help" || argument == u"-v" || argument == u"--version"
            || argument == u"--help-all")
            return true;
        if (!argument.startsWith(u'-'))
            return kSubcommands.contains(argument);
    }
    return false;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    setUpParser(parser);
    if (!parser.parse(arguments)) {
        err << "infralab: " << parser.errorText() << '\n';
        return kExitBadInput;
    }
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s)) {
        out << parser.helpText();
        return kExitOk;
    }
    if (parser.isSet(u"version"_s)) {
        out << "infralab " << QStringLiteral(INFRALAB_VERSION) << '\n';
        return kExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == u"presets" && positional.size() == 1)
        return listPresets(out);
    if (command == u"validate" && positional.size() == 2)
        return validate(positional[1], out, err);
    err << "infralab: " << tr("usage: infralab %1").arg(command == u"validate" ? u"validate SRC"_s : command)
        << '\n';
    return kExitBadInput;
}

CommandLine::GuiOptions CommandLine::parseGui(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    GuiOptions options;
    if (!parser.parse(arguments)) {
        options.usageError = parser.errorText();
        return options;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        options.usageError = tr("open one file at a time");
    options.source = positional.value(0, u"preset:"_s + defaultPresetName());
    return options;
}

} // namespace infralab
