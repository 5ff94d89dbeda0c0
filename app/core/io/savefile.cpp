// SPDX-License-Identifier: MIT
#include "core/io/savefile.h"

#include "core/io/fileaccess.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <memory>

#include <sys/stat.h>
#include <unistd.h>

namespace provena {

namespace {
/** The translation context of saveAtomically()'s messages. */
class SaveFile
{
    Q_DECLARE_TR_FUNCTIONS(SaveFile)
};

QString displayName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

/** What is at `path` itself: lstat, so a link is seen as a link and not followed. */
struct Entry
{
    bool exists = false;
    struct stat st = {};

    bool isLink() const { return exists && S_ISLNK(st.st_mode); }
    bool isRegular() const { return exists && S_ISREG(st.st_mode); }
    bool isDirectory() const { return exists && S_ISDIR(st.st_mode); }
};

Entry entryAt(const QString &path)
{
    Entry entry;
    entry.exists = ::lstat(QFile::encodeName(path).constData(), &entry.st) == 0;
    return entry;
}

Error linkRefused(const QString &path)
{
    // QSaveFile resolves links and would replace the file the link leads to: another article's
    // sidecar, or a file created wherever a dangling link points.
    return Error {SaveFile::tr("“%1” is a symbolic link to “%2”: Provena does not save through "
                               "links, because that would change “%2” instead. Replace the link "
                               "with a copy of the file, or remove it, then save again.")
                      .arg(displayName(path), FileAccess::linkTarget(path)),
                  {},
                  path};
}

Error notAFile(const QString &path, const QString &kind)
{
    return Error {SaveFile::tr("“%1” is %2, not a file: Provena saves only over regular files. "
                               "Rename or remove it, then save again.")
                      .arg(displayName(path), kind),
                  {},
                  path};
}

/** Refuses a target that is a link or anything but a regular file (or nothing yet). */
Status checkTarget(const QString &path, const Entry &entry)
{
    if (entry.isLink())
        return linkRefused(path);
    if (entry.exists && !entry.isRegular())
        return notAFile(path, FileAccess::describe(FileAccess::kindOf(path)));
    return Status::success();
}

/** Opens `file`; refuses if `path` became a link meanwhile (QSaveFile resolved it on open). */
Status openForWriting(QSaveFile &file, const QString &path)
{
    if (const Status target = checkTarget(path, entryAt(path)); !target)
        return target;
    if (!file.open(QIODevice::WriteOnly))
        return Error {SaveFile::tr("Could not open “%1” for writing. Check that its folder exists "
                                   "and that you may write there.")
                          .arg(displayName(path)),
                      file.errorString(), path};
    if (entryAt(path).isLink()) {
        file.cancelWriting();
        return linkRefused(path);
    }
    return Status::success();
}

enum class Owner { Keep, Mine };

/**
 * Gives the open temporary file the permission bits of `like` and, with Owner::Keep, its owner
 * (as root only: others cannot give files away), so that a save never widens or narrows who
 * may read the file. QSaveFile creates its temporary file with the umask's default.
 */
Status keepOwnerAndMode(QSaveFile &file, const struct stat &like, const QString &path,
                        Owner owner = Owner::Keep)
{
    const int fd = file.handle();
    if (fd < 0)
        return Status::success(); // not a file descriptor (never on Unix); nothing to keep
    if (owner == Owner::Keep && ::geteuid() == 0
        && (like.st_uid != ::geteuid() || like.st_gid != ::getegid())
        && ::fchown(fd, like.st_uid, like.st_gid) != 0) {
        const int err = errno;
        return Error {SaveFile::tr("Could not give the saved “%1” its previous owner.")
                          .arg(displayName(path)),
                      errnoText(err), path};
    }
    if (::fchmod(fd, like.st_mode & 07777) != 0) {
        const int err = errno;
        return Error {SaveFile::tr("Could not give the saved “%1” its previous permissions.")
                          .arg(displayName(path)),
                      errnoText(err), path};
    }
    return Status::success();
}

Status commit(QSaveFile &file, const QString &path)
{
    if (!file.commit())
        return Error {SaveFile::tr("Could not finish saving “%1”. Check that the disk is not full "
                                   "and save again.")
                          .arg(displayName(path)),
                      file.errorString(), path};
    return Status::success();
}

/** Copies the current `path` (a regular file, `current`) to a fresh `backupPath`. */
Status writeBackup(const QString &path, const struct stat &current, const QString &backupPath)
{
    const Entry backupEntry = entryAt(backupPath);
    if (backupEntry.isDirectory())
        return Error {SaveFile::tr("“%1” is a folder, so Provena cannot keep the previous version "
                                   "of “%2” there. Rename or remove the folder, then save again.")
                          .arg(displayName(backupPath), displayName(path)),
                      {},
                      backupPath};
    // The backup is made afresh: whatever is in its place goes first, so that a link (or FIFO,
    // device, socket) there is replaced and never written through, and an old read-only backup
    // cannot stop the save. Until the save renames its new file over `path`, `path` still holds
    // the content the backup is for.
    if (backupEntry.exists && ::unlink(QFile::encodeName(backupPath).constData()) != 0) {
        const int err = errno;
        return Error {SaveFile::tr("Could not replace the old backup copy “%1”. Remove it, then "
                                   "save again.")
                          .arg(displayName(backupPath)),
                      errnoText(err), backupPath};
    }

    Result<std::unique_ptr<QFile>> opened = FileAccess::openRegularFile(path);
    if (!opened)
        return opened.error();
    QFile &source = *opened.value();
    // The backup is itself written atomically so a crash never leaves a torn "~" file.
    QSaveFile backup(backupPath);
    if (const Status open = openForWriting(backup, backupPath); !open)
        return open;
    if (const Status kept = keepOwnerAndMode(backup, current, backupPath); !kept)
        return kept;
    // Streamed: the backup costs no memory whatever the size of the file.
    constexpr qint64 kChunk = qint64(1) << 20;
    QByteArray chunk(qsizetype(kChunk), Qt::Uninitialized);
    for (;;) {
        const qint64 got = source.read(chunk.data(), kChunk);
        if (got < 0)
            return Error {SaveFile::tr("Could not read “%1” to keep a backup copy of it.")
                              .arg(displayName(path)),
                          source.errorString(), path};
        if (got == 0)
            break;
        if (backup.write(chunk.constData(), got) != got)
            return Error {SaveFile::tr("Could not write the backup copy “%1”. Check that the "
                                       "disk is not full.")
                              .arg(displayName(backupPath)),
                          backup.errorString(), backupPath};
    }
    return commit(backup, backupPath);
}

} // namespace

Status saveAtomically(const QString &path, const QByteArray &data, const SaveOptions &options)
{
    const Entry entry = entryAt(path);
    if (const Status target = checkTarget(path, entry); !target)
        return target;
    if (options.keepBackup && entry.exists) {
        if (const Status backup = writeBackup(path, entry.st, path + options.backupSuffix); !backup)
            return backup;
    }

    QSaveFile file(path);
    if (const Status open = openForWriting(file, path); !open)
        return open;
    if (entry.exists) {
        if (const Status kept = keepOwnerAndMode(file, entry.st, path); !kept)
            return kept;
    } else if (!options.permissionsFrom.isEmpty()) {
        // A copy belongs to whoever makes it; only who may read it is carried over.
        struct stat like = {};
        if (::stat(QFile::encodeName(options.permissionsFrom).constData(), &like) == 0) {
            if (const Status kept = keepOwnerAndMode(file, like, path, Owner::Mine); !kept)
                return kept;
        }
    }
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error {SaveFile::tr("Could not write “%1”. Check that the disk is not full and "
                                   "save again.")
                          .arg(displayName(path)),
                      why, path};
    }
    return commit(file, path);
}

} // namespace provena
