// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace provena::cli {

/**
 * What every subcommand gets: its own arguments (argv[0] is "provena-cli SUBCOMMAND") and
 * the two streams. Commands print machine output to `out` and people's messages to `err`.
 */
struct CommandContext
{
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
    /** --allow-outside was given (CliSupport::parseOrExit sets it for commands on an ARTICLE). */
    bool allowImagesOutsideFolder = false;
};

/** One subcommand: name, one-line summary, entry point returning an ExitCode. */
struct Command
{
    QString name;
    QString summary;
    int (*run)(CommandContext &context);
};

/** Every subcommand, in the order `provena-cli --help` lists them. Defined in commands.cpp. */
const QList<Command> &allCommands();

} // namespace provena::cli
