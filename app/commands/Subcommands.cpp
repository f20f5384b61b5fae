#include "Subcommands.h"

#include "AnalyzeCommand.h"
#include "PresetsCommand.h"
#include "ValidateCommand.h"
#include "WalkthroughCommand.h"

namespace infralab {

const std::vector<std::unique_ptr<Subcommand>> &subcommands()
{
    static const std::vector<std::unique_ptr<Subcommand>> list = [] {
        std::vector<std::unique_ptr<Subcommand>> commands;
        commands.push_back(std::make_unique<PresetsCommand>());
        commands.push_back(std::make_unique<ValidateCommand>());
        commands.push_back(std::make_unique<WalkthroughCommand>());
        commands.push_back(std::make_unique<AnalyzeCommand>());
        return commands;
    }();
    return list;
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
