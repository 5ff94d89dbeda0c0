// SPDX-License-Identifier: MIT
// Crafts zips for the bundle tests with libarchive, including ones no honest tool would write
// (links, devices, "..", duplicate names). Test-only: links libarchive directly.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <archive.h>
#include <archive_entry.h>

namespace hostilezip {

struct Entry
{
    enum class Type { File, Directory, Symlink, Hardlink };
    QByteArray name; ///< raw bytes, as they go into the zip
    Type type = Type::File;
    QByteArray data;
    qint64 zeroBytes = 0; ///< instead of data: this many zero bytes, streamed
    QByteArray linkTarget;
    bool deflate = true;
    /** When non-zero, the central directory's Unix mode is patched to this after writing. */
    unsigned patchedMode = 0;
    /** When >= 0, the uncompressed size the headers claim is patched to this (a lying header). */
    qint64 claimedSize = -1;
};

inline Entry file(const QByteArray &name, const QByteArray &data, bool deflate = true)
{
    Entry entry;
    entry.name = name;
    entry.data = data;
    entry.deflate = deflate;
    return entry;
}

inline Entry zeros(const QByteArray &name, qint64 bytes, bool deflate)
{
    Entry entry;
    entry.name = name;
    entry.zeroBytes = bytes;
    entry.deflate = deflate;
    return entry;
}

inline Entry directory(const QByteArray &name)
{
    Entry entry;
    entry.name = name;
    entry.type = Entry::Type::Directory;
    return entry;
}

inline Entry link(const QByteArray &name, const QByteArray &target, bool hard)
{
    Entry entry;
    entry.name = name;
    entry.type = hard ? Entry::Type::Hardlink : Entry::Type::Symlink;
    entry.linkTarget = target;
    return entry;
}

/** A file entry whose mode in the central directory says `mode` (S_IFCHR|0644, …). */
inline Entry special(const QByteArray &name, unsigned mode)
{
    Entry entry = file(name, QByteArray(), false);
    entry.patchedMode = mode;
    return entry;
}

// Sets the external attributes of `name`'s central directory record (zip's only place for the
// Unix mode); libarchive's writer refuses device entries, so they are made this way.
inline bool patchCentralRecord(QByteArray &zip, const QByteArray &name, unsigned mode,
                               qint64 claimedSize)
{
    qsizetype at = 0;
    while ((at = zip.indexOf(QByteArrayLiteral("PK\x01\x02"), at)) >= 0) {
        const auto u16 = [&](qsizetype offset) {
            return unsigned(uchar(zip.at(at + offset)))
                | unsigned(uchar(zip.at(at + offset + 1))) << 8;
        };
        const unsigned nameLength = u16(28);
        if (zip.mid(at + 46, nameLength) == name) {
            const unsigned attributes = mode << 16;
            for (int i = 0; i < 4 && mode != 0; ++i)
                zip[at + 38 + i] = char((attributes >> (8 * i)) & 0xff);
            for (int i = 0; i < 4 && claimedSize >= 0; ++i)
                zip[at + 24 + i] = char((claimedSize >> (8 * i)) & 0xff);
            return true;
        }
        at += 4;
    }
    return false;
}

/** Writes `entries` in order to `path`; false with `error` set on failure. */
inline bool write(const QString &path, const QList<Entry> &entries, QString *error = nullptr)
{
    archive *writer = archive_write_new();
    archive_write_set_format_zip(writer);
    archive_write_set_bytes_in_last_block(writer, 1);
    const QByteArray encoded = QFile::encodeName(path);
    bool ok = archive_write_open_filename(writer, encoded.constData()) == ARCHIVE_OK;
    const QByteArray zeroBlock(64 * 1024, '\0');
    for (const Entry &spec : entries) {
        if (!ok)
            break;
        if (spec.deflate)
            archive_write_zip_set_compression_deflate(writer);
        else
            archive_write_zip_set_compression_store(writer);
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, spec.name.constData());
        archive_entry_set_mtime(entry, 315532800, 0);
        const qint64 size = spec.zeroBytes > 0 ? spec.zeroBytes : spec.data.size();
        switch (spec.type) {
        case Entry::Type::File:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_perm(entry, 0644);
            archive_entry_set_size(entry, size);
            break;
        case Entry::Type::Directory:
            archive_entry_set_filetype(entry, AE_IFDIR);
            archive_entry_set_perm(entry, 0755);
            archive_entry_set_size(entry, 0);
            break;
        case Entry::Type::Symlink:
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_perm(entry, 0777);
            archive_entry_set_symlink(entry, spec.linkTarget.constData());
            break;
        case Entry::Type::Hardlink:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_perm(entry, 0644);
            archive_entry_set_size(entry, 0);
            archive_entry_set_hardlink(entry, spec.linkTarget.constData());
            break;
        }
        // ARCHIVE_WARN: a name libarchive could not convert, written as given (what we want).
        ok = archive_write_header(writer, entry) >= ARCHIVE_WARN;
        if (ok && spec.type == Entry::Type::File) {
            if (spec.zeroBytes > 0) {
                for (qint64 left = spec.zeroBytes; ok && left > 0;) {
                    const qint64 chunk = qMin<qint64>(left, zeroBlock.size());
                    ok = archive_write_data(writer, zeroBlock.constData(), size_t(chunk)) == chunk;
                    left -= chunk;
                }
            } else if (!spec.data.isEmpty()) {
                ok = archive_write_data(writer, spec.data.constData(), size_t(spec.data.size()))
                    == spec.data.size();
            }
        }
        archive_entry_free(entry);
    }
    if (archive_write_close(writer) != ARCHIVE_OK)
        ok = false;
    if (!ok && error) {
        const char *text = archive_error_string(writer);
        *error = text ? QString::fromUtf8(text) : QStringLiteral("libarchive failed");
    }
    archive_write_free(writer);
    if (!ok)
        return false;

    bool patched = false;
    QByteArray bytes;
    for (const Entry &spec : entries) {
        if (spec.patchedMode == 0 && spec.claimedSize < 0)
            continue;
        if (!patched) {
            QFile in(path);
            if (!in.open(QIODevice::ReadOnly))
                return false;
            bytes = in.readAll();
            patched = true;
        }
        if (!patchCentralRecord(bytes, spec.name, spec.patchedMode, spec.claimedSize)) {
            if (error)
                *error = QStringLiteral("no central directory record for ")
                    + QString::fromUtf8(spec.name);
            return false;
        }
    }
    if (patched) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || out.write(bytes) != bytes.size())
            return false;
    }
    return true;
}

/** Every path under `dir` (hidden ones too), relative and sorted: to show nothing changed. */
inline QStringList listTree(const QString &dir)
{
    QStringList paths;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << QDir(dir).relativeFilePath(it.next());
    paths.sort();
    return paths;
}

} // namespace hostilezip

Q_DECLARE_METATYPE(hostilezip::Entry)
