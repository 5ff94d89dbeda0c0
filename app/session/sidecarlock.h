// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <chrono>

namespace provena {

/**
 * The advisory lock every Provena writer holds while it replaces an article's sidecar: a
 * QLockFile named SIDECAR.lock beside it (docs/sidecar-format.md). The CLI holds it from before
 * it reads the sidecar until after it saved (so two CLI runs never lose each other's update);
 * DocumentIO::writeSidecar takes it for its check and write when the caller does not hold it.
 *
 * A lock left behind by a process that died (same host, pid not running, or after a reboot) is
 * taken over at once, and an empty one (its writer died while creating it) after
 * kEmptyLockGrace; one older than kStaleAfter is taken over whoever holds it, since no save
 * holds it that long. It is advisory: a program that ignores it is caught by the fingerprint
 * check of DocumentIO::writeSidecar instead.
 */
class SidecarLock
{
    Q_DECLARE_TR_FUNCTIONS(SidecarLock)

public:
    /** How long acquire() waits by default for one other writer to finish. */
    static constexpr std::chrono::milliseconds kDefaultWait {10'000};
    /** A lock file older than this is stale even if its process still runs. */
    static constexpr std::chrono::milliseconds kStaleAfter {120'000};
    /**
     * A lock file with no pid in it (its writer died before filling it in) is taken over once
     * it is this old and no process holds it.
     */
    static constexpr std::chrono::milliseconds kEmptyLockGrace {5'000};

    /** A lock for the sidecar at `sidecarPath`; not taken yet. */
    explicit SidecarLock(const QString &sidecarPath);
    /** Releases the lock if held. */
    ~SidecarLock();
    SidecarLock(const SidecarLock &) = delete;
    SidecarLock &operator=(const SidecarLock &) = delete;

    /**
     * Takes the lock, waiting while other writers hold it: up to `wait` for each of them, the
     * wait starting again when another writer (another pid) takes its turn, so a queue of
     * short saves is waited out and only one that holds on fails it. Fails with an Error naming
     * the holder ("pid N on HOST"), or saying why the lock file cannot be created (an
     * unwritable folder, or something that is not a plain file under the lock's name: the lock
     * file is never followed through a link).
     */
    [[nodiscard]] Status acquire(std::chrono::milliseconds wait = kDefaultWait);
    /** Releases the lock (deletes the lock file); nothing when not held. */
    void release();

    bool isHeld() const { return mLock.isLocked(); }
    /** True when this lock is held and is the one for `sidecarPath`. */
    bool guards(const QString &sidecarPath) const;
    QString sidecarPath() const { return mSidecarPath; }
    QString lockPath() const { return lockPathFor(mSidecarPath); }

    /** "story.md.provena.jsonld" → "story.md.provena.jsonld.lock". */
    static QString lockPathFor(const QString &sidecarPath);

private:
    Status checkLockPath() const;
    bool isAbandonedEmpty() const;
    Error heldByOther() const;

    QString mSidecarPath;
    QLockFile mLock;
};

} // namespace provena
