// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QByteArray>
#include <QString>

namespace provena {

struct SaveOptions
{
    /** Keep the previous content as `path + backupSuffix` before replacing it. */
    bool keepBackup = false;
    QString backupSuffix = QStringLiteral("~");
};

/**
 * Writes `data` to `path` atomically (QSaveFile: a temporary file in the same folder, flushed,
 * then renamed over the target), so readers only ever see the old or the new complete file.
 */
Status saveAtomically(const QString &path, const QByteArray &data, const SaveOptions &options = {});

} // namespace provena
