// SPDX-License-Identifier: MIT
#include "bundle/safeextractor.h"

#include "bundle/zipentrycheck_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace provena {

namespace {

/** Closes a file descriptor on every path out. */
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd)
        : mFd(fd)
    {
    }
    ~FileDescriptor()
    {
        if (mFd >= 0)
            ::close(mFd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return mFd; }
    int release() { return std::exchange(mFd, -1); }

private:
    int mFd;
};

bool writeFully(int fd, const char *data, size_t size, off_t offset)
{
    while (size > 0) {
        const ssize_t written = ::pwrite(fd, data, size, offset);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        size -= size_t(written);
        offset += written;
    }
    return true;
}

} // namespace

Result<ExtractReport> SafeExtractor::extract(const QString &zipPath, const QString &destDir,
                                             const ExtractLimits &limits,
                                             const std::atomic_bool *cancelled)
{
    const QString zipName = QFileInfo(zipPath).fileName();
    auto refuse = [&](const QString &entry, const QString &reason) {
        return Error {tr("Refused “%1”: the entry “%2” is unsafe: %3. Nothing was extracted into "
                         "“%4”.")
                          .arg(zipName, entry, reason, destDir),
                      reason, zipPath};
    };
    const QFileInfo destInfo(destDir);
    if (!destInfo.isDir())
        return Error {
            tr("Could not extract “%1”: “%2” is not a folder.").arg(zipName, destDir), {}, zipPath};

    QString openError;
    zipcheck::ArchiveReadPtr reader = zipcheck::openZip(zipPath, &openError);
    if (!reader)
        return Error {tr("Could not open “%1” as a zip file. Nothing was extracted.").arg(zipName),
                      openError, zipPath};

    // Everything lands in a hidden folder first; it is removed unless the whole zip extracted.
    QTemporaryDir staging(QDir(destDir).filePath(QStringLiteral(".provena-extract-XXXXXX")));
    if (!staging.isValid())
        return Error {tr("Could not extract “%1”: no folder could be made in “%2”. Check that it "
                         "is writable.")
                          .arg(zipName, destDir),
                      staging.errorString(), zipPath};
    const QDir stagingDir(staging.path());

    zipcheck::NameRegistry names;
    zipcheck::ExpansionMeter meter(reader.get(), limits);
    QString topFolder;
    ExtractReport report;
    int entries = 0;
    archive_entry *entry = nullptr;
    while (true) {
        if (cancelled && cancelled->load())
            return Error {
                tr("Extracting “%1” was cancelled; nothing was kept.").arg(zipName), {}, zipPath};
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return Error {
                tr("Could not read “%1”: the zip is damaged. Nothing was extracted.").arg(zipName),
                QString::fromUtf8(archive_error_string(reader.get())), zipPath};
        QString name;
        const bool validUtf8 = zipcheck::entryName(entry, ++entries, &name);
        if (entries > limits.maxEntries)
            return refuse(name, zipcheck::tooManyEntries(limits.maxEntries));
        if (const QString unsafe = zipcheck::unsafeReason(entry, name, validUtf8);
            !unsafe.isEmpty())
            return refuse(name, unsafe);
        const bool isDirectory = archive_entry_filetype(entry) == AE_IFDIR;
        const QStringList parts = zipcheck::nameParts(name);
        if (const QString collision = names.add(parts, isDirectory); !collision.isEmpty())
            return refuse(name, collision);
        if (parts.size() == 1 && !isDirectory)
            return refuse(name,
                          tr("it lies outside the bundle's folder (a bundle holds exactly "
                             "one top-level folder)"));
        if (topFolder.isEmpty())
            topFolder = parts.first();
        else if (parts.first() != topFolder)
            return refuse(name,
                          tr("it is in a second top-level folder besides “%1”").arg(topFolder));
        if (parts.first().startsWith(QLatin1String(".provena-extract-")))
            return refuse(name, tr("its folder name is reserved"));

        const QString relative = parts.join(QLatin1Char('/'));
        if (isDirectory) {
            if (!stagingDir.mkpath(relative))
                return refuse(name, tr("the folder could not be created"));
            continue;
        }
        const qsizetype slash = relative.lastIndexOf(QLatin1Char('/'));
        if (!stagingDir.mkpath(relative.left(slash)))
            return refuse(name, tr("its folder could not be created"));
        const QByteArray target = QFile::encodeName(stagingDir.filePath(relative));
        // O_EXCL|O_NOFOLLOW: never reuse or follow anything already at that name.
        FileDescriptor fd(
            ::open(target.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
        if (fd.get() < 0)
            return Error {tr("Could not create “%1” while extracting “%2”. Nothing was kept.")
                              .arg(name, zipName),
                          QString::fromLocal8Bit(std::strerror(errno)), zipPath};

        meter.startEntry();
        const void *buffer = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        while (true) {
            if (cancelled && cancelled->load())
                return Error {tr("Extracting “%1” was cancelled; nothing was kept.").arg(zipName),
                              {},
                              zipPath};
            const int read = archive_read_data_block(reader.get(), &buffer, &size, &offset);
            if (read == ARCHIVE_EOF)
                break;
            if (read < ARCHIVE_WARN)
                return Error {tr("Could not extract the entry “%1” of “%2”: it is damaged. "
                                 "Nothing was kept.")
                                  .arg(name, zipName),
                              QString::fromUtf8(archive_error_string(reader.get())), zipPath};
            // Counted before writing, from the bytes libarchive produced, not the header's size.
            if (const QString over = meter.addBlock(offset + qint64(size)); !over.isEmpty())
                return refuse(name, over);
            if (!writeFully(fd.get(), static_cast<const char *>(buffer), size, off_t(offset)))
                return Error {tr("Could not write “%1” while extracting “%2”. Check the free disk "
                                 "space. Nothing was kept.")
                                  .arg(name, zipName),
                              QString::fromLocal8Bit(std::strerror(errno)), zipPath};
        }
        if (::ftruncate(fd.get(), off_t(meter.entryBytes())) != 0 || ::close(fd.release()) != 0)
            return Error {tr("Could not write “%1” while extracting “%2”. Nothing was kept.")
                              .arg(name, zipName),
                          QString::fromLocal8Bit(std::strerror(errno)), zipPath};
        report.files.append(parts.mid(1).join(QLatin1Char('/')));
    }
    if (topFolder.isEmpty())
        return Error {tr("Refused “%1”: it holds no folder (a bundle holds exactly one top-level "
                         "folder). Nothing was extracted.")
                          .arg(zipName),
                      {},
                      zipPath};

    const QString finalPath = QDir(destDir).filePath(topFolder);
    const QByteArray from = QFile::encodeName(stagingDir.filePath(topFolder));
    const QByteArray to = QFile::encodeName(finalPath);
    // RENAME_NOREPLACE: an existing file, folder or link of that name is never replaced, even
    // one that appeared while extracting.
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) != 0) {
        const int error = errno;
        if (error == EEXIST)
            return Error {
                tr("Could not extract “%1”: “%2” already exists in “%3”. Remove or rename "
                   "it, or choose another folder.")
                    .arg(zipName, topFolder, destDir),
                {},
                zipPath};
        return Error {tr("Could not extract “%1” into “%2”.").arg(zipName, destDir),
                      QString::fromLocal8Bit(std::strerror(error)), zipPath};
    }
    report.rootDir = finalPath;
    report.files.sort();
    report.bytes = meter.totalBytes();
    return report;
}

} // namespace provena
