// SPDX-License-Identifier: MIT
#include "session/sidecarlock.h"

#include "core/io/fileaccess.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

namespace provena {

namespace {

// Polling pauses. QLockFile::tryLock(timeout) doubles its pause up to 6.4 s, so with many
// writers queued a waiter sleeps through most of its wait and gives up although the lock was
// free most of the time; short pauses with jitter share it out fairly.
constexpr int kFirstPauseMs = 5;
constexpr int kLongestPauseMs = 50;

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

SidecarLock::SidecarLock(const QString &sidecarPath)
    : mSidecarPath(sidecarPath)
    , mLock(lockPathFor(sidecarPath))
{
    mLock.setStaleLockTime(kStaleAfter);
}

SidecarLock::~SidecarLock()
{
    release();
}

QString SidecarLock::lockPathFor(const QString &sidecarPath)
{
    return sidecarPath + QStringLiteral(".lock");
}

bool SidecarLock::guards(const QString &sidecarPath) const
{
    return isHeld()
        && QFileInfo(sidecarPath).absoluteFilePath() == QFileInfo(mSidecarPath).absoluteFilePath();
}

void SidecarLock::release()
{
    mLock.unlock();
}

Status SidecarLock::checkLockPath() const
{
    // QLockFile reads an existing lock file to judge whether it is stale: a link to a FIFO
    // would block it, a link elsewhere would make it read (and delete) what it points to.
    const QString path = lockPath();
    const QString target = FileAccess::linkTarget(path);
    const FileAccess::Kind kind = FileAccess::kindOf(path);
    if (target.isEmpty()
        && (kind == FileAccess::Kind::Missing || kind == FileAccess::Kind::Regular))
        return Status::success();
    const QString what
        = target.isEmpty() ? FileAccess::describe(kind) : tr("a symbolic link to “%1”").arg(target);
    return Error {tr("Provena cannot lock “%1” for saving: its lock file “%2” is %3. Remove it "
                     "and save again.")
                      .arg(fileName(mSidecarPath), fileName(path), what),
                  {},
                  path};
}

Status SidecarLock::acquire(std::chrono::milliseconds wait)
{
    if (isHeld())
        return Status::success();
    if (const Status usable = checkLockPath(); !usable)
        return usable;
    QDeadlineTimer deadline(wait);
    qint64 holder = 0;
    int pause = kFirstPauseMs;
    for (;;) {
        // tryLock(0) also takes over a stale lock (dead process, reboot, older than kStaleAfter).
        if (mLock.tryLock(0))
            return Status::success();
        if (mLock.error() == QLockFile::PermissionError)
            return Error {tr("Provena cannot create the lock file “%1” beside the sidecar: the "
                             "folder is not writable. Make it writable, or save the article "
                             "elsewhere (Save As).")
                              .arg(fileName(lockPath())),
                          {},
                          lockPath()};
        if (mLock.error() != QLockFile::LockFailedError)
            return Error {tr("Provena cannot create the lock file “%1” beside the sidecar. Check "
                             "the folder, then save again.")
                              .arg(fileName(lockPath())),
                          {},
                          lockPath()};
        // A queue of writers that moves is not a stuck one: the wait starts again whenever
        // another writer has taken its turn, so fifty waiters do not give up while each holds
        // the lock for a moment.
        if (qint64 pid = 0; mLock.getLockInfo(&pid, nullptr, nullptr)) {
            if (pid != holder) {
                holder = pid;
                deadline.setRemainingTime(wait);
            }
        } else if (isAbandonedEmpty() && mLock.removeStaleLockFile()) {
            continue;
        }
        const qint64 remaining = deadline.remainingTime();
        if (remaining <= 0)
            return heldByOther();
        const int jitter = int(QRandomGenerator::global()->bounded(pause));
        QThread::msleep(ulong(qMin<qint64>(pause + jitter, remaining)));
        pause = qMin(pause * 2, kLongestPauseMs);
    }
}

bool SidecarLock::isAbandonedEmpty() const
{
    // A writer killed between creating the lock file and writing its pid into it leaves a file
    // QLockFile cannot judge, so it would wait for it to age (kStaleAfter). A live writer fills
    // it in within microseconds; removeStaleLockFile() then still refuses while any process
    // holds the file's flock, as a live QLockFile does.
    const QDateTime modified = QFileInfo(lockPath()).lastModified();
    return modified.isValid()
        && modified.msecsTo(QDateTime::currentDateTime()) > kEmptyLockGrace.count();
}

Error SidecarLock::heldByOther() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!mLock.getLockInfo(&pid, &host, &application))
        return Error {tr("“%1” is being saved by another program. Try again in a moment.")
                          .arg(fileName(mSidecarPath)),
                      {},
                      lockPath()};
    return Error {tr("“%1” is being saved by another Provena (pid %2 on %3). Try again when it "
                     "has finished; if no Provena is running there, delete “%4”.")
                      .arg(fileName(mSidecarPath))
                      .arg(pid)
                      .arg(host, fileName(lockPath())),
                  QStringLiteral("lock held by %1").arg(application), lockPath()};
}

} // namespace provena
