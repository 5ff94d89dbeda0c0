// SPDX-License-Identifier: MIT
#include "core/io/fileaccess.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace provena::FileAccess {

namespace {

// Messages under the "FileAccess" context; lupdate reads the context from the macro.
struct FileAccessText
{
    Q_DECLARE_TR_FUNCTIONS(FileAccess)
};

Kind kindOfMode(mode_t mode)
{
    if (S_ISREG(mode))
        return Kind::Regular;
    if (S_ISDIR(mode))
        return Kind::Directory;
    if (S_ISFIFO(mode))
        return Kind::Fifo;
    if (S_ISCHR(mode))
        return Kind::CharDevice;
    if (S_ISBLK(mode))
        return Kind::BlockDevice;
    if (S_ISSOCK(mode))
        return Kind::Socket;
    return Kind::Other;
}

QString displayName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

/** How a message starts: "The sidecar “a.md.provena.jsonld”", or just the quoted name. */
QString subjectOf(const QString &path, const QString &what)
{
    return what.isEmpty() ? FileAccessText::tr("“%1”").arg(displayName(path))
                          : FileAccessText::tr("%1 “%2”").arg(what, displayName(path));
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

/** `statErrno` is why stat() failed, for a Missing `kind`. */
Error notRegular(const QString &path, Kind kind, const QString &what, int statErrno = ENOENT)
{
    const QString target = linkTarget(path);
    const QString subject = subjectOf(path, what);
    if (kind == Kind::Missing) {
        const QString detail = errnoText(statErrno);
        // Not there at all, or there but out of reach: a folder on the way that may not be
        // entered, or links that lead in a circle (the detail says which).
        if (statErrno == EACCES)
            return Error {FileAccessText::tr("%1 cannot be reached. Check that you may open the "
                                             "folders on its path.")
                              .arg(subject),
                          detail, path};
        if (statErrno != ENOENT && statErrno != ENOTDIR)
            return Error {FileAccessText::tr("%1 cannot be reached.").arg(subject), detail, path};
        if (!target.isEmpty())
            return Error {FileAccessText::tr("%1 is a link to “%2”, which does not exist.")
                              .arg(subject, target),
                          detail, path};
        return Error {FileAccessText::tr("%1 does not exist.").arg(subject), detail, path};
    }
    const QString link
        = target.isEmpty() ? QString() : FileAccessText::tr(" (it links to “%1”)").arg(target);
    return Error {FileAccessText::tr("%1 is %2%3: Provena reads only regular files. Open the "
                                     "file itself, or save its content as a regular file first.")
                      .arg(subject, describe(kind), link),
                  {},
                  path};
}

} // namespace

Kind kindOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Kind::Missing;
    return kindOfMode(st.st_mode);
}

QString linkTarget(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    struct stat st = {};
    if (::lstat(encoded.constData(), &st) != 0 || !S_ISLNK(st.st_mode))
        return {};
    QByteArray buffer(4096, Qt::Uninitialized);
    const ssize_t n = ::readlink(encoded.constData(), buffer.data(), size_t(buffer.size()));
    if (n <= 0)
        return {};
    buffer.truncate(n);
    return QFile::decodeName(buffer);
}

QString describe(Kind kind)
{
    switch (kind) {
    case Kind::Missing:
        return FileAccessText::tr("missing");
    case Kind::Regular:
        return FileAccessText::tr("a regular file");
    case Kind::Directory:
        return FileAccessText::tr("a folder");
    case Kind::Fifo:
        return FileAccessText::tr("a named pipe (FIFO)");
    case Kind::CharDevice:
        return FileAccessText::tr("a character device");
    case Kind::BlockDevice:
        return FileAccessText::tr("a block device");
    case Kind::Socket:
        return FileAccessText::tr("a socket");
    case Kind::Other:
        break;
    }
    return FileAccessText::tr("not a regular file");
}

Status checkRegularFile(const QString &path, const QString &what)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        const int err = errno;
        return notRegular(path, Kind::Missing, what, err);
    }
    if (const Kind kind = kindOfMode(st.st_mode); kind != Kind::Regular)
        return notRegular(path, kind, what);
    return Status::success();
}

Result<std::unique_ptr<QFile>> openRegularFile(const QString &path, const QString &what)
{
    // Classify first for a precise message (open() on a socket fails with a vaguer ENXIO).
    if (const Status regular = checkRegularFile(path, what); !regular)
        return regular.error();
    // O_NONBLOCK: if the path became a FIFO since the check, open() must not wait for a writer.
    const int fd
        = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int err = errno;
        return Error {FileAccessText::tr("%1 could not be opened. Check that you may read it.")
                          .arg(subjectOf(path, what)),
                      errnoText(err), path};
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const Kind kind = kindOfMode(st.st_mode);
        ::close(fd);
        return notRegular(path, kind, what);
    }
    // Regular files ignore O_NONBLOCK, but clear it so nothing downstream sees EAGAIN.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    auto file = std::make_unique<QFile>(path);
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error {FileAccessText::tr("Could not open “%1”.").arg(displayName(path)),
                      file->errorString(), path};
    }
    return file;
}

Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, const QString &what)
{
    Result<std::unique_ptr<QFile>> opened = openRegularFile(path, what);
    if (!opened)
        return opened.error();
    QFile &file = *opened.value();
    // Read in chunks up to one byte past the limit: the only way to know a file is too large
    // without trusting its reported size. The reported size only sizes the first allocation.
    constexpr qint64 kChunk = qint64(1) << 20;
    QByteArray data;
    data.reserve(qsizetype(qBound<qint64>(0, file.size(), maxBytes) + 1));
    QByteArray chunk(qsizetype(kChunk), Qt::Uninitialized);
    while (data.size() <= maxBytes) {
        const qint64 want = qMin(kChunk, maxBytes + 1 - data.size());
        const qint64 got = file.read(chunk.data(), want);
        if (got < 0)
            return Error {FileAccessText::tr("Could not read “%1”.").arg(displayName(path)),
                          file.errorString(), path};
        if (got == 0)
            break;
        data.append(chunk.constData(), qsizetype(got));
    }
    if (data.size() > maxBytes) {
        return Error {FileAccessText::tr("%1 is larger than %2, the most Provena reads of it.")
                          .arg(subjectOf(path, what), QLocale().formattedDataSize(maxBytes)),
                      QStringLiteral("more than %1 bytes").arg(maxBytes), path};
    }
    return data;
}

} // namespace provena::FileAccess
