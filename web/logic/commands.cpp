// Command queue and its application through History (see commands.h).
#include "logic/commands.h"

#include <utility>

namespace sc::web {

std::vector<Command> CommandQueue::take() { return std::exchange(m_commands, {}); }

ApplyResult applyCommands(History& history, CommandQueue& queue) {
    ApplyResult result;
    std::vector<Command> commands = queue.take();
    for (std::size_t i = 0; i < commands.size(); ++i) {
        Command& command = commands[i];
        sc::WorkflowEdit edit =
            command.edit ? command.edit(history.head()) : sc::refusedEdit(history.head(), "nothing to apply");
        if (!edit.ok) {
            result.refused = true;
            result.refusedLabel = std::move(command.label);
            result.error = std::move(edit.error);
            result.dropped = static_cast<int>(commands.size() - i - 1);
            break;
        }
        history.commit(std::move(edit.document), std::move(command.label));
        ++result.applied;
    }
    return result;
}

}  // namespace sc::web
