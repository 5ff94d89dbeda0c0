// SPDX-License-Identifier: MIT
#pragma once

// Runs the built provena-cli (PROVENA_CLI, set by the test's CMakeLists.txt) as an analyst would,
// for the tests that drive it: tests/cli, tests/reliability.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace provena::test {

/** What one run of provena-cli did. */
struct CliRun
{
    int code = -1; ///< the exit code; -1 when it did not finish in time (a hang) or crashed
    QString out;
    QString err;

    /** "exit N", stdout and stderr, for failure messages. */
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(code).arg(out, err);
    }
};

/** An empty XDG_CONFIG_HOME for every run, so the developer's own labels and agencies do not
 *  change what the tests see. */
inline QString cliConfigHome()
{
    static QTemporaryDir dir;
    return dir.path();
}

/** Runs provena-cli with `args`, writing `input` to its standard input; waits up to a minute. */
inline CliRun runCli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), cliConfigHome());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PROVENA_CLI), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace provena::test
