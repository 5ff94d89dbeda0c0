// SPDX-License-Identifier: MIT
#pragma once
// Runs the built provena-cli (PROVENA_CLI, set by tests/cli/CMakeLists.txt) for the CLI tests.

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace clitest {

struct Run
{
    int exitCode = -1; ///< -1 when it crashed or did not finish in time
    QByteArray out;
    QByteArray err;
};

inline Run runCli(const QStringList &arguments, int timeoutMs = 240000)
{
    QProcess process;
    process.start(QStringLiteral(PROVENA_CLI), arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace clitest
