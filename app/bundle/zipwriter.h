// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace provena {

/**
 * Writes a zip file with libarchive, entry by entry, streaming: a file entry is read in blocks
 * and hashed (SHA-256) while it is written, so memory does not grow with the file.
 *
 * Deterministic: every entry gets the same modification time (setModificationTime()), mode
 * 0644 (folders are implied by the names, not written), no owner, no extra fields beyond what
 * libarchive always writes; the caller decides the order (BagWriter sorts). JPEG, PNG, GIF,
 * WebP and zip payloads are stored (they do not compress), everything else is deflated
 * (compressionFor()).
 *
 * The zip goes to a temporary file beside `path` (QSaveFile): commit() renames it into place,
 * cancel() or destroying the writer without commit() removes it, so a cancelled or failed
 * export leaves no partial file. `path` itself is never written through a symbolic link.
 * Not thread-safe: one thread writes (hashing may still run on another, see addFile()).
 */
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    enum class Compression { Store, Deflate };

    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    /** Store for .jpg .jpeg .png .gif .webp .zip .gz (case-insensitive), Deflate otherwise. */
    static Compression compressionFor(const QString &entryName);

    /**
     * The time every entry carries (default 1980-01-01 00:00 UTC). The extended timestamp holds
     * it as UTC; libarchive writes the DOS date fields in the process's local time zone, so
     * byte-identical output needs the same time zone (docs/bundles.md).
     */
    void setModificationTime(const QDateTime &utc);

    /** Starts the zip at `path` (a temporary file beside it until commit()). */
    [[nodiscard]] Status open(const QString &path);

    /**
     * What addFile()/addData() report back: the SHA-256 (lower-case hex) and size of the bytes
     * written for the entry.
     */
    struct EntryDigest
    {
        QString sha256;
        qint64 size = 0;
    };

    /**
     * Adds the regular file `sourcePath` as `entryName` ('/'-separated, relative), byte for byte.
     * `expectedSize` >= 0: the file must still have that size (it was counted for Payload-Oxum
     * before writing): a file that changed is an Error naming it. `cancelled`, when set, is
     * polled between blocks; `progress` gets the bytes of this entry written so far.
     */
    [[nodiscard]] Result<EntryDigest> addFile(const QString &entryName, const QString &sourcePath,
                                              qint64 expectedSize = -1,
                                              const std::atomic_bool *cancelled = nullptr,
                                              const std::function<void(qint64)> &progress = {});
    /** Adds `data` as `entryName`. */
    [[nodiscard]] Result<EntryDigest> addData(const QString &entryName, const QByteArray &data);

    /** Finishes the zip and renames it to `path`. */
    [[nodiscard]] Status commit();
    /** Drops everything written; `path` is left as it was. */
    void cancel();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/** The version of the libarchive library loaded at run time ("3.6.2"), for Help › About. */
QString libarchiveVersion();

} // namespace provena
