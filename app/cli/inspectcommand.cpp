// SPDX-License-Identifier: MIT
#include "cli/command.h"
#include "cli/exitcodes.h"

namespace provena::cli {

int runInspect(CommandContext &context)
{
    context.err << "inspect: not implemented yet\n";
    return ExitInputError;
}

} // namespace provena::cli
