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
    /**
     * For a file that does not exist yet: give it the permission bits of this file (the one it
     * is a copy of) instead of the default the umask leaves. Empty: the default.
     */
    QString permissionsFrom;
};

/**
 * Writes `data` to `path` atomically (QSaveFile: a temporary file in the same folder, flushed,
 * then renamed over the target), so readers only ever see the old or the new complete file.
 *
 * Never writes through a symbolic link (docs/file-policy.md): a `path` that is a link, dangling
 * or not, is refused with a message naming where it points, and so is a `path` that is a folder,
 * FIFO, device or socket. The backup is created fresh: a link (or FIFO, device, socket) at the
 * backup's name is removed and replaced by a regular file, never written through; a folder there
 * is refused. The new file keeps the old one's permission bits (and, when run as root, its
 * owner); the backup gets the same.
 */
Status saveAtomically(const QString &path, const QByteArray &data, const SaveOptions &options = {});

} // namespace provena
