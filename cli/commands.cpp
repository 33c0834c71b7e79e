// The list of commands. Each command lives in its own cmd_<name>.cpp.
#include "cli.h"
#include "commands.h"

namespace sc::cli {

const std::vector<Command>& allCommands() {
    static const std::vector<Command> commands = {
        validateCommand(), formatCommand(),   scoreCommand(), importCommand(),    mergeCommand(),
        diffCommand(),     partnersCommand(), auditCommand(), auditCopyCommand(), csvPreviewCommand(),
        exportCommand(),   reportCommand(),   linkCommand(),  generateCommand(),
    };
    return commands;
}

}  // namespace sc::cli
