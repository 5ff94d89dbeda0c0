// SPDX-License-Identifier: MIT
#include "bundle/zipentrycheck_p.h"

#include <QFile>
#include <QStringDecoder>

namespace provena::zipcheck {

namespace {

// libarchive reads the zip in blocks of this size from the file.
constexpr size_t kReadBlock = 64 * 1024;

bool hasControlCharacter(const QString &name)
{
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            return true;
    }
    return false;
}

} // namespace

ArchiveReadPtr openZip(const QString &zipPath, QString *error)
{
    ArchiveReadPtr reader(archive_read_new());
    if (!reader) {
        *error = SafeExtractor::tr("out of memory");
        return {};
    }
    archive_read_support_format_zip_seekable(reader.get());
    const QByteArray encoded = QFile::encodeName(zipPath);
    if (archive_read_open_filename(reader.get(), encoded.constData(), kReadBlock) != ARCHIVE_OK) {
        *error = QString::fromUtf8(archive_error_string(reader.get()));
        if (error->isEmpty())
            *error = SafeExtractor::tr("not a zip file");
        return {};
    }
    return reader;
}

bool entryName(archive_entry *entry, int index, QString *name)
{
    // Names flagged UTF-8 by the writer come back converted; others are raw bytes, which we
    // accept only when they happen to be valid UTF-8 (never guess a legacy code page).
    if (const char *utf8 = archive_entry_pathname_utf8(entry)) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        *name = decoder(QByteArrayView(utf8));
        return !decoder.hasError();
    }
    const char *raw = archive_entry_pathname(entry);
    if (!raw) {
        // libarchive drops a name flagged UTF-8 that is not.
        *name = QStringLiteral("#%1").arg(index);
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *name = decoder(QByteArrayView(raw));
    return !decoder.hasError();
}

QStringList nameParts(const QString &name)
{
    QStringList parts = name.split(QLatin1Char('/'));
    if (parts.size() > 1 && parts.constLast().isEmpty())
        parts.removeLast();
    return parts;
}

QString unsafeReason(archive_entry *entry, const QString &name, bool validUtf8)
{
    if (!validUtf8)
        return SafeExtractor::tr("its name is not valid UTF-8");
    if (name.isEmpty())
        return SafeExtractor::tr("its name is empty");
    if (hasControlCharacter(name))
        return SafeExtractor::tr("its name contains a control character");
    if (name.startsWith(QLatin1Char('/')))
        return SafeExtractor::tr("its path is absolute");
    if (name.contains(QLatin1Char('\\')))
        return SafeExtractor::tr(
            "its path contains a backslash, which Windows reads as a folder separator");
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter())
        return SafeExtractor::tr("its path starts with a drive letter");
    for (const QString &part : nameParts(name)) {
        if (part == QLatin1String(".."))
            return SafeExtractor::tr("its path contains “..”, which would leave the folder");
        if (part.isEmpty() || part == QLatin1String("."))
            return SafeExtractor::tr("its path has an empty or “.” component");
    }
    if (archive_entry_is_encrypted(entry))
        return SafeExtractor::tr("it is encrypted");
    if (const char *target = archive_entry_hardlink(entry))
        return SafeExtractor::tr("it is a hard link (to “%1”)").arg(QString::fromUtf8(target));
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG:
    case AE_IFDIR:
        return {};
    case AE_IFLNK: {
        const char *target = archive_entry_symlink(entry);
        return SafeExtractor::tr("it is a symbolic link (to “%1”)")
            .arg(target ? QString::fromUtf8(target) : QString());
    }
    case AE_IFCHR:
        return SafeExtractor::tr("it is a character device");
    case AE_IFBLK:
        return SafeExtractor::tr("it is a block device");
    case AE_IFIFO:
        return SafeExtractor::tr("it is a named pipe (FIFO)");
    case AE_IFSOCK:
        return SafeExtractor::tr("it is a socket");
    default:
        return SafeExtractor::tr("it is not a regular file or folder");
    }
}

QString NameRegistry::add(const QStringList &parts, bool isDirectory)
{
    QString path;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            path += QLatin1Char('/');
        path += parts.at(i);
        const bool last = i == parts.size() - 1;
        const Kind kind = (last && !isDirectory) ? Kind::File : Kind::Directory;
        // One key for names that a case-insensitive or normalising file system would merge.
        const QString key = path.normalized(QString::NormalizationForm_C).toCaseFolded();
        const auto found = mSeen.constFind(key);
        if (found == mSeen.constEnd()) {
            mSeen.insert(key, Seen {path, kind});
            continue;
        }
        if (found->kind == Kind::File || kind == Kind::File) {
            if (found->name == path && found->kind == Kind::File && kind == Kind::File)
                return SafeExtractor::tr("the name appears twice in the zip");
            if (found->name == path)
                return SafeExtractor::tr("it is both a file and a folder in the zip");
            return SafeExtractor::tr(
                       "its name differs only by case or Unicode normalisation from “%1”")
                .arg(found->name);
        }
        if (found->name != path)
            return SafeExtractor::tr(
                       "its name differs only by case or Unicode normalisation from “%1”")
                .arg(found->name);
        // The same folder again (listed twice, or after files inside it) is harmless.
    }
    return {};
}

ExpansionMeter::ExpansionMeter(archive *reader, const ExtractLimits &limits)
    : mReader(reader)
    , mLimits(limits)
{
}

void ExpansionMeter::startEntry()
{
    mTotalBefore = mTotalBytes;
    mEntryBytes = 0;
    mConsumedAtStart = archive_filter_bytes(mReader, 0);
}

QString ExpansionMeter::addBlock(qint64 end)
{
    // Offsets can jump (sparse entries): what counts is how far the file would reach.
    mEntryBytes = qMax(mEntryBytes, end);
    mTotalBytes = mTotalBefore + mEntryBytes;
    if (mEntryBytes > mLimits.maxEntryBytes)
        return SafeExtractor::tr("it expands to more than %1 bytes, the limit for one entry")
            .arg(mLimits.maxEntryBytes);
    if (mTotalBytes > mLimits.maxTotalBytes)
        return SafeExtractor::tr(
                   "the bundle expands to more than %1 bytes, the limit for all entries")
            .arg(mLimits.maxTotalBytes);
    if (mEntryBytes > mLimits.ratioFloorBytes) {
        // The compressed bytes libarchive actually consumed, not the size the header claims.
        const qint64 consumed
            = qMax<qint64>(1, archive_filter_bytes(mReader, 0) - mConsumedAtStart);
        const double ratio = double(mEntryBytes) / double(consumed);
        if (ratio > mLimits.maxRatio)
            return SafeExtractor::tr(
                       "it expands more than %1 times its compressed size (a zip bomb?)")
                .arg(mLimits.maxRatio);
    }
    return {};
}

QString tooManyEntries(int maxEntries)
{
    return SafeExtractor::tr("the zip has more than %1 entries").arg(maxEntries);
}

} // namespace provena::zipcheck
