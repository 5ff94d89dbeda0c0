// SPDX-License-Identifier: MIT
#pragma once

namespace provena::cli {

/** provena-cli's exit codes; documented in docs/cli.md. */
enum ExitCode : int {
    ExitSuccess = 0, ///< the command did what was asked
    ExitFindings = 1, ///< the command ran but found problems (e.g. orphaned anchors on validate)
    ExitInputError = 2, ///< a file could not be read, decoded or parsed, or could not be written
    ExitUsageError = 64, ///< bad command line (sysexits EX_USAGE)
};

} // namespace provena::cli
