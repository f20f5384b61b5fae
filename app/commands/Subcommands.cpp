#include "Subcommands.h"

#include "AnalyzeCommand.h"
#include "ExportCommand.h"
#include "PresetsCommand.h"
#include "SimulateCommand.h"
#include "ValidateCommand.h"
#include "WalkthroughCommand.h"

#include "presets/Presets.h"

namespace infralab {

const std::vector<std::unique_ptr<Subcommand>> &subcommands()
{
    static const std::vector<std::unique_ptr<Subcommand>> list = [] {
        std::vector<std::unique_ptr<Subcommand>> commands;
        commands.push_back(std::make_unique<PresetsCommand>());
        commands.push_back(std::make_unique<ValidateCommand>());
        commands.push_back(std::make_unique<WalkthroughCommand>());
        commands.push_back(std::make_unique<AnalyzeCommand>());
        commands.push_back(std::make_unique<SimulateCommand>());
        commands.push_back(std::make_unique<ExportCommand>());
        return commands;
    }();
    return list;
}

std::optional<Topology> Subcommand::loadDesign(const QString &source, QTextStream &err)
{
    LoadResult result = loadSource(source);
    if (!result.ok()) {
        err << result.error->toString() << '\n';
        return std::nullopt;
    }
    return std::move(result.topology);
}

const Subcommand *findSubcommand(const QString &name)
{
    for (const auto &command : subcommands()) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

} // namespace infralab
