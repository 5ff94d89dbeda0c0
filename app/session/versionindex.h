// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>
#include <QtGlobal>

#include <functional>

namespace provena {

/** What the index knows of one image file under the folder. */
struct VersionIndexEntry
{
    QString relativePath; ///< from the folder, with '/' separators
    qint64 fileSize = 0; ///< with modifiedMs, the key: a file that changes either is hashed again
    qint64 modifiedMs = 0; ///< last modification, milliseconds since the epoch (UTC)
    QByteArray sha256; ///< hex
    quint64 dHash = 0; ///< PerceptualHash::ofImage
    quint64 dHashMirrored = 0; ///< PerceptualHash::ofImageMirrored
    QSize size; ///< displayed size
    /** Why the file could not be hashed (not an image, corrupt); empty when it was. */
    QString error;
};

/** What VersionIndex::update() did. */
struct VersionIndexUpdate
{
    int reused = 0; ///< entries whose size and time had not changed
    int hashed = 0; ///< new or changed files hashed in this run
    int dropped = 0; ///< entries of files that are gone
    /** The cached index could not be read (corrupt, other schema) and was rebuilt. */
    bool rebuilt = false;
    QString rebuildReason;
    /** Writing the index failed (read-only folder): the search still works, uncached. */
    QString saveWarning;
};

/**
 * The perceptual-hash index of a folder of images (an analyst's archive), cached in
 * FOLDER/.provena/versions-index.json (schema provena-versions-index/1, docs/imaging.md).
 *
 * update() walks the folder recursively (not into `.provena`, not through links) for image
 * files by extension, keeps the entries whose relative path, size and modification time are
 * unchanged, hashes only new or changed files (SHA-256, dHash and mirrored dHash of a decode
 * reduced to 256 pixels), drops the entries of files that are gone and writes the index
 * atomically. An index that cannot be read is rebuilt, never trusted. Blocking: run it off the
 * GUI thread. Not thread-safe; one instance per search.
 */
class VersionIndex
{
    Q_DECLARE_TR_FUNCTIONS(VersionIndex)

public:
    /** Largest index file read (64 MiB: a million entries are about 250 MB, far beyond this). */
    static constexpr qint64 kMaxIndexBytes = qint64(64) * 1024 * 1024;

    /** FOLDER/.provena/versions-index.json */
    static QString indexPath(const QString &folder);
    /** True for the extensions the scan takes for images (jpg, jpeg, png, webp, tif …). */
    static bool looksLikeImage(const QString &fileName);

    /**
     * Called after each file hashed: (done, of how many need hashing). Return false to stop;
     * update() then saves what it has and returns an Error saying it was cancelled.
     */
    using Progress = std::function<bool(int done, int total)>;

    /**
     * Brings the index of `folder` up to date (see the class comment). Error when the folder
     * cannot be read or when cancelled.
     */
    [[nodiscard]] Result<VersionIndexUpdate> update(const QString &folder,
                                                    const Progress &progress = {});

    /** The entries after update(), sorted by relative path. */
    const QList<VersionIndexEntry> &entries() const { return mEntries; }

private:
    QList<VersionIndexEntry> mEntries;
};

} // namespace provena
