// SPDX-License-Identifier: MIT
// Private to app/bundle: what SafeExtractor and BagVerifier both decide about a zip entry.
#pragma once

#include "bundle/safeextractor.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace provena::zipcheck {

/** Frees a libarchive reader (also when it never opened). */
struct ArchiveReadDeleter
{
    void operator()(archive *reader) const { archive_read_free(reader); }
};
using ArchiveReadPtr = std::unique_ptr<archive, ArchiveReadDeleter>;

/**
 * A reader for zips only (never tar, 7z, …), seeking: it reads the central directory, which is
 * what unzip and Python's zipfile see too, so every reader agrees on names and types.
 * Empty with `error` set when the file cannot be opened or is not a zip.
 */
ArchiveReadPtr openZip(const QString &zipPath, QString *error);

/**
 * The entry's name as UTF-8 text; false when the bytes are not UTF-8, and then `name` is what
 * could be decoded (with U+FFFD) or, when libarchive gives nothing, "#N" (`index`, 1-based), so
 * that messages can still point at the entry.
 */
bool entryName(archive_entry *entry, int index, QString *name);

/** Why an entry may not be extracted (absolute, "..", links, devices, …): translated, or empty. */
QString unsafeReason(archive_entry *entry, const QString &name, bool validUtf8);

/** The name split at '/', without a trailing empty part for folders ("a/b/" → a, b). */
QStringList nameParts(const QString &name);

/**
 * Remembers names to refuse duplicates and names that differ only by case or Unicode
 * normalisation (they would land on one file on macOS and Windows), and a file and a folder of
 * one name.
 */
class NameRegistry
{
    Q_DECLARE_TR_FUNCTIONS(SafeExtractor)

public:
    /** Adds `parts` (and its parent folders); a translated reason when it collides, else empty. */
    QString add(const QStringList &parts, bool isDirectory);

private:
    enum class Kind { File, Directory };
    struct Seen
    {
        QString name;
        Kind kind;
    };
    QHash<QString, Seen> mSeen; // folded key → first name and kind
};

/**
 * Counts what one entry really expands to while it streams (bytes delivered by libarchive, not
 * its header) against ExtractLimits, and the compressed bytes libarchive consumed for it.
 */
class ExpansionMeter
{
    Q_DECLARE_TR_FUNCTIONS(SafeExtractor)

public:
    ExpansionMeter(archive *reader, const ExtractLimits &limits);

    /** Call after each header: starts counting a new entry. */
    void startEntry();
    /** `end` is the offset just past the block delivered; a translated reason when over a limit. */
    QString addBlock(qint64 end);

    qint64 entryBytes() const { return mEntryBytes; }
    qint64 totalBytes() const { return mTotalBytes; }

private:
    archive *mReader;
    ExtractLimits mLimits;
    qint64 mEntryBytes = 0;
    qint64 mTotalBytes = 0;
    qint64 mTotalBefore = 0;
    qint64 mConsumedAtStart = 0;
};

/** Whole-archive limits message for too many entries. */
QString tooManyEntries(int maxEntries);

} // namespace provena::zipcheck
