#pragma once

namespace infralab {

// QUndoCommand::id() values of the commands that merge with their
// successor. One list, so two commands never share an id by accident.
enum class CommandId {
    NudgeNodes = 1,
};

} // namespace infralab
