// SPDX-License-Identifier: MIT
// The table of subcommands. Each subcommand lives in its own *command.cpp file.
#include "cli/command.h"

#include <QCoreApplication>

namespace provena::cli {

int runInspect(CommandContext &context);

const QList<Command> &allCommands()
{
    static const QList<Command> commands = {
        {QStringLiteral("inspect"),
         QCoreApplication::translate("cli", "Print what Provena understands of an article file"),
         &runInspect},
    };
    return commands;
}

} // namespace provena::cli
