// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>

namespace provena {

/** How much a bundle may expand to (zip bombs are refused while streaming, not after). */
struct ExtractLimits
{
    qint64 maxTotalBytes = qint64(8) << 30; ///< all entries together, as extracted
    qint64 maxEntryBytes = qint64(2) << 30; ///< one entry
    int maxEntries = 100000;
    /** Extracted / compressed, for entries that expand past `ratioFloorBytes`. */
    double maxRatio = 200.0;
    qint64 ratioFloorBytes = qint64(1) << 20;
};

/** What SafeExtractor::extract() put where. */
struct ExtractReport
{
    QString rootDir; ///< DIR/<top-level folder of the zip>
    QStringList files; ///< relative to rootDir, '/'-separated, sorted
    qint64 bytes = 0;
};

/**
 * Extracts a zip (libarchive) into a folder, refusing anything that could write outside it or
 * exhaust the disk: absolute paths, ".." components, backslashes and drive letters, symbolic
 * and hard links, device files, FIFOs and sockets, names that are not valid UTF-8 or contain
 * control characters, duplicate names and names that differ only by case (or Unicode
 * normalisation), more than one top-level folder, and entries that expand beyond
 * ExtractLimits — counting the bytes as they stream, whatever the header claims.
 *
 * Everything is written into a fresh hidden folder inside `destDir` and renamed to its final
 * name only when the whole zip extracted; a refused or cancelled zip leaves nothing behind,
 * and an existing folder of the same name is never overwritten (an Error says so). Nothing is
 * ever written outside `destDir`; files are created with O_NOFOLLOW|O_EXCL semantics.
 */
class SafeExtractor
{
    Q_DECLARE_TR_FUNCTIONS(SafeExtractor)

public:
    [[nodiscard]] static Result<ExtractReport> extract(const QString &zipPath,
                                                       const QString &destDir,
                                                       const ExtractLimits &limits = {},
                                                       const std::atomic_bool *cancelled = nullptr);
};

} // namespace provena
