// SPDX-License-Identifier: MIT
#include "bundle/zipwriter.h"

#include "core/io/fileaccess.h"
#include "core/io/sha256.h"

#include <QFileInfo>
#include <QSaveFile>

#include <archive.h>
#include <archive_entry.h>

#include <future>

namespace provena {

namespace {

constexpr qint64 kBlockBytes = qint64(1) << 20;

struct EntryDeleter
{
    void operator()(archive_entry *entry) const { archive_entry_free(entry); }
};
using EntryPtr = std::unique_ptr<archive_entry, EntryDeleter>;

} // namespace

struct ZipWriter::Private
{
    QString path;
    std::unique_ptr<QSaveFile> file;
    archive *writer = nullptr;
    qint64 mtime = QDateTime(QDate(1980, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    bool failed = false;
    bool discarding = false; // cancel(): libarchive's final writes go nowhere

    static la_ssize_t write(archive *, void *clientData, const void *buffer, size_t length)
    {
        auto *self = static_cast<Private *>(clientData);
        if (self->discarding)
            return la_ssize_t(length);
        const qint64 written = self->file->write(static_cast<const char *>(buffer), qint64(length));
        return written == qint64(length) ? la_ssize_t(length) : -1;
    }

    Error fail(const QString &message, const QString &detail = {})
    {
        failed = true;
        return Error {message, detail, path};
    }

    QString libraryError() const
    {
        const char *text = writer ? archive_error_string(writer) : nullptr;
        QString detail = text ? QString::fromUtf8(text) : QString();
        if (file && file->error() != QFileDevice::NoError)
            detail += (detail.isEmpty() ? QString() : QStringLiteral("; ")) + file->errorString();
        return detail;
    }

    void release()
    {
        if (writer) {
            discarding = true;
            archive_write_free(writer);
            writer = nullptr;
        }
        if (file) {
            file->cancelWriting();
            file.reset(); // QSaveFile removes its temporary file
        }
    }

    Result<EntryPtr> startEntry(const QString &entryName, qint64 size)
    {
        // Applies to the entries that follow, so it is set before every header. (The generic
        // "zip:compression" option is only accepted before the first entry.)
        const int set = compressionFor(entryName) == Compression::Store
            ? archive_write_zip_set_compression_store(writer)
            : archive_write_zip_set_compression_deflate(writer);
        if (set != ARCHIVE_OK)
            return fail(tr("Could not set the compression for “%1” in “%2”.")
                            .arg(entryName, QFileInfo(path).fileName()),
                        libraryError());
        EntryPtr entry(archive_entry_new());
        archive_entry_set_pathname_utf8(entry.get(), entryName.toUtf8().constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), size);
        archive_entry_set_mtime(entry.get(), mtime, 0);
        archive_entry_set_uid(entry.get(), 0);
        archive_entry_set_gid(entry.get(), 0);
        if (archive_write_header(writer, entry.get()) != ARCHIVE_OK)
            return fail(
                tr("Could not add “%1” to “%2”.").arg(entryName, QFileInfo(path).fileName()),
                libraryError());
        return entry;
    }

    Status writeBlock(const QString &entryName, const char *data, qint64 size)
    {
        while (size > 0) {
            const la_ssize_t written = archive_write_data(writer, data, size_t(size));
            if (written <= 0)
                return fail(tr("Could not write “%1” into “%2”. Check the free disk space.")
                                .arg(entryName, QFileInfo(path).fileName()),
                            libraryError());
            data += written;
            size -= written;
        }
        return Status::success();
    }

    Status finishEntry(const QString &entryName)
    {
        if (archive_write_finish_entry(writer) != ARCHIVE_OK)
            return fail(
                tr("Could not finish “%1” in “%2”.").arg(entryName, QFileInfo(path).fileName()),
                libraryError());
        return Status::success();
    }
};

ZipWriter::ZipWriter()
    : d(std::make_unique<Private>())
{
}

ZipWriter::~ZipWriter()
{
    d->release();
}

ZipWriter::Compression ZipWriter::compressionFor(const QString &entryName)
{
    static const QStringList stored = {
        QStringLiteral(".jpg"), QStringLiteral(".jpeg"), QStringLiteral(".png"),
        QStringLiteral(".gif"), QStringLiteral(".webp"), QStringLiteral(".zip"),
        QStringLiteral(".gz"),
    };
    for (const QString &suffix : stored) {
        if (entryName.endsWith(suffix, Qt::CaseInsensitive))
            return Compression::Store;
    }
    return Compression::Deflate;
}

void ZipWriter::setModificationTime(const QDateTime &utc)
{
    d->mtime = utc.toSecsSinceEpoch();
}

Status ZipWriter::open(const QString &path)
{
    d->release();
    d->path = path;
    d->failed = false;
    d->discarding = false;
    const QFileInfo info(path);
    if (info.isSymLink())
        return d->fail(tr("Could not write “%1”: it is a symbolic link (to “%2”), and Provena "
                          "never writes through links. Choose another file name.")
                           .arg(path, FileAccess::linkTarget(path)));
    if (info.exists() && !info.isFile())
        return d->fail(tr("Could not write “%1”: it is %2, not a file. Choose another file name.")
                           .arg(path, FileAccess::describe(FileAccess::kindOf(path))));
    d->file = std::make_unique<QSaveFile>(path);
    if (!d->file->open(QIODevice::WriteOnly))
        return d->fail(
            tr("Could not create “%1”. Check that the folder exists and is writable.").arg(path),
            d->file->errorString());
    d->writer = archive_write_new();
    // No padding after the end of the zip, and names always flagged UTF-8 whatever the locale.
    if (!d->writer || archive_write_set_format_zip(d->writer) != ARCHIVE_OK
        || archive_write_set_bytes_in_last_block(d->writer, 1) != ARCHIVE_OK
        || archive_write_set_options(d->writer, "zip:hdrcharset=UTF-8") != ARCHIVE_OK
        || archive_write_open2(d->writer, d.get(), nullptr, &Private::write, nullptr, nullptr)
            != ARCHIVE_OK) {
        const Error error
            = d->fail(tr("Could not start the zip “%1”.").arg(path), d->libraryError());
        d->release();
        return error;
    }
    return Status::success();
}

Result<ZipWriter::EntryDigest> ZipWriter::addFile(const QString &entryName,
                                                  const QString &sourcePath, qint64 expectedSize,
                                                  const std::atomic_bool *cancelled,
                                                  const std::function<void(qint64)> &progress)
{
    if (!d->writer || d->failed)
        return Error {tr("The zip “%1” is not open for writing.").arg(d->path), {}, d->path};
    auto source = FileAccess::openRegularFile(sourcePath);
    if (!source)
        return d->fail(source.error().message, source.error().detail);
    QFile &file = *source.value();
    const qint64 size = file.size();
    if (expectedSize >= 0 && size != expectedSize)
        return d->fail(tr("“%1” changed while the bundle was written (%2 bytes, expected %3). "
                          "Export again.")
                           .arg(sourcePath)
                           .arg(size)
                           .arg(expectedSize));
    auto entry = d->startEntry(entryName, size);
    if (!entry)
        return entry.error();

    Sha256 hash;
    QByteArray block(kBlockBytes, Qt::Uninitialized);
    qint64 done = 0;
    while (true) {
        if (cancelled && cancelled->load())
            return d->fail(tr("Writing “%1” was cancelled.").arg(d->path));
        const qint64 read = file.read(block.data(), kBlockBytes);
        if (read < 0)
            return d->fail(tr("Could not read “%1”.").arg(sourcePath), file.errorString());
        if (read == 0)
            break;
        // A file that grew would be cut by libarchive at the announced size: refuse it instead.
        if (done + read > size)
            return d->fail(
                tr("“%1” grew while the bundle was written. Export again.").arg(sourcePath));
        // SHA-256 on a second core while libarchive checksums, compresses and writes the same
        // (read-only) block: the two take about as long as each other.
        auto hashing = std::async(std::launch::async, [&hash, &block, read] {
            hash.addData(QByteArrayView(block.constData(), read));
        });
        const Status written = d->writeBlock(entryName, block.constData(), read);
        hashing.wait();
        if (!written)
            return written.error();
        done += read;
        if (progress)
            progress(done);
    }
    if (done != size)
        return d->fail(tr("“%1” shrank while the bundle was written (%2 of %3 bytes). Export "
                          "again.")
                           .arg(sourcePath)
                           .arg(done)
                           .arg(size));
    if (auto finished = d->finishEntry(entryName); !finished)
        return finished.error();
    return EntryDigest {QString::fromLatin1(hash.result().toHex()), done};
}

Result<ZipWriter::EntryDigest> ZipWriter::addData(const QString &entryName, const QByteArray &data)
{
    if (!d->writer || d->failed)
        return Error {tr("The zip “%1” is not open for writing.").arg(d->path), {}, d->path};
    auto entry = d->startEntry(entryName, data.size());
    if (!entry)
        return entry.error();
    if (auto written = d->writeBlock(entryName, data.constData(), data.size()); !written)
        return written.error();
    if (auto finished = d->finishEntry(entryName); !finished)
        return finished.error();
    return EntryDigest {QString::fromLatin1(Sha256::hash(data).toHex()), data.size()};
}

Status ZipWriter::commit()
{
    if (!d->writer || d->failed) {
        d->release();
        return Error {
            tr("The zip “%1” was not written: an earlier step failed.").arg(d->path), {}, d->path};
    }
    // close() writes the central directory; only then is the zip complete.
    if (archive_write_close(d->writer) != ARCHIVE_OK) {
        const Error error
            = d->fail(tr("Could not finish the zip “%1”. Check the free disk space.").arg(d->path),
                      d->libraryError());
        d->release();
        return error;
    }
    archive_write_free(d->writer);
    d->writer = nullptr;
    if (!d->file->commit()) {
        const Error error
            = d->fail(tr("Could not save “%1”.").arg(d->path), d->file->errorString());
        d->file.reset();
        return error;
    }
    d->file.reset();
    return Status::success();
}

void ZipWriter::cancel()
{
    d->release();
}

QString libarchiveVersion()
{
    // "libarchive 3.6.2", from the loaded library (ARCHIVE_VERSION_STRING is the header's).
    QString version = QString::fromLatin1(archive_version_string());
    const QString prefix = QStringLiteral("libarchive ");
    if (version.startsWith(prefix))
        version.remove(0, prefix.size());
    return version;
}

} // namespace provena
