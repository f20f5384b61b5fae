#include "ValidateCommand.h"

#include "presets/Presets.h"

using namespace Qt::StringLiterals;

namespace infralab {

QString ValidateCommand::name() const
{
    return u"validate"_s;
}

QString ValidateCommand::synopsis() const
{
    return u"validate SRC"_s;
}

QString ValidateCommand::summary() const
{
    return tr("check a design and print one summary line");
}

int ValidateCommand::run(const QCommandLineParser &, const QStringList &arguments, QTextStream &out,
                         QTextStream &err) const
{
    if (arguments.size() != 1)
        return usageError(err);
    const QString &source = arguments.first();
    const std::optional<Topology> design = loadDesign(source, err);
    if (!design)
        return kExitBadInput;
    const qsizetype nodeCount = design->nodes().size();
    const qsizetype linkCount = design->links().size();
    const QString nodes = tr("%n node(s)", nullptr, int(nodeCount));
    const QString links = tr("%n link(s)", nullptr, int(linkCount));
    out << tr("%1: \"%2\", %3, %4").arg(source, design->name, nodes, links) << '\n';
    return kExitOk;
}

} // namespace infralab
