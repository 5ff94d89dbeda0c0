// SPDX-License-Identifier: MIT
// Test helper: exiftool (libimage-exiftool-perl, installed by packaging/install-deps.sh) as the
// independent reader and writer of XMP sidecars. A missing exiftool is a failure, never a skip.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace provena::testing {

struct ExiftoolResult
{
    QJsonObject tags; ///< the one file's tags ("XMP-dc:Creator" …) when reading
    QString error; ///< empty on success
};

/** Runs exiftool with `arguments`; `config` (a -config file) goes first when given. */
inline ExiftoolResult runExiftool(const QStringList &arguments, const QString &config = {},
                                  QByteArray *output = nullptr)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("exiftool"));
    if (program.isEmpty())
        return {{},
                QStringLiteral("exiftool is not installed; install libimage-exiftool-perl "
                               "(packaging/install-deps.sh). This test fails rather than skips.")};
    QStringList all;
    if (!config.isEmpty())
        all << QStringLiteral("-config") << config;
    all << arguments;
    QProcess process;
    process.start(program, all);
    if (!process.waitForFinished(60000))
        return {{}, QStringLiteral("exiftool did not finish: ") + process.errorString()};
    const QByteArray out = process.readAllStandardOutput();
    if (output)
        *output = out;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {{},
                QStringLiteral("exiftool failed (%1): %2")
                    .arg(process.exitCode())
                    .arg(QString::fromUtf8(process.readAllStandardError()))};
    return {};
}

/** `exiftool -j -struct -G1 -n FILE`: the file's tags with raw (not print-converted) values. */
inline ExiftoolResult readWithExiftool(const QString &path, const QString &config = {})
{
    QByteArray out;
    ExiftoolResult result = runExiftool({QStringLiteral("-j"), QStringLiteral("-struct"),
                                         QStringLiteral("-G1"), QStringLiteral("-n"), path},
                                        config, &out);
    if (!result.error.isEmpty())
        return result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    if (!document.isArray() || document.array().size() != 1)
        return {{}, QStringLiteral("exiftool -j gave no single object: ") + error.errorString()};
    result.tags = document.array().first().toObject();
    return result;
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace provena::testing
