// SPDX-License-Identifier: MIT
// SidecarLock: the QLockFile every Provena writer holds beside the sidecar while it saves.
#include "session/sidecarlock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/file.h>
#include <sys/stat.h>

using namespace provena;
using namespace std::chrono_literals;

namespace {

/** The pid of a process that has just exited (nobody reuses it within the test). */
qint64 deadPid()
{
    QProcess p;
    qint64 pid = 0;
    QObject::connect(&p, &QProcess::started, [&] { pid = p.processId(); });
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exit 0")});
    if (!p.waitForFinished(10000))
        return 0;
    return pid;
}

} // namespace

class TestSidecarLock : public QObject
{
    Q_OBJECT

public:
    /**
     * Leaves at `lockPath` the lock file a Provena killed while saving leaves behind: QLockFile's
     * own format (taken from a real lock), with the pid of a process that is gone.
     */
    static bool writeStaleLock(const QString &lockPath);

private slots:
    void init();
    void lockFileSitsBesideTheSidecarWhileHeld();
    void heldLockMakesOthersWaitThenNamesTheHolder();
    void waiterGetsTheLockOnceReleased();
    void staleLockFromDeadProcessIsTakenOver();
    void emptyLockLeftByAWriterKilledWhileCreatingItIsTakenOver();
    void lockPathThatIsALinkIsRefused();
    void lockPathThatIsAFifoIsRefusedWithoutBlocking();

private:
    std::unique_ptr<QTemporaryDir> mDir;
    QString mSidecar;
};

bool TestSidecarLock::writeStaleLock(const QString &lockPath)
{
    const QString model = lockPath + QStringLiteral(".model");
    QByteArray content;
    {
        QLockFile real(model);
        if (!real.tryLock(0))
            return false;
        QFile f(model);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        content = f.readAll();
    }
    const qint64 pid = deadPid();
    const qsizetype eol = content.indexOf('\n');
    if (pid <= 0 || eol < 0)
        return false;
    content.replace(0, eol, QByteArray::number(pid));
    QFile out(lockPath);
    return out.open(QIODevice::WriteOnly) && out.write(content) == content.size();
}

void TestSidecarLock::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    mSidecar = mDir->filePath(QStringLiteral("story.md.provena.jsonld"));
}

void TestSidecarLock::lockFileSitsBesideTheSidecarWhileHeld()
{
    SidecarLock lock(mSidecar);
    QCOMPARE(lock.lockPath(), mSidecar + QStringLiteral(".lock"));
    QVERIFY(!lock.isHeld());
    QVERIFY(!QFileInfo::exists(lock.lockPath()));
    const Status taken = lock.acquire();
    QVERIFY2(taken.ok(), qPrintable(taken.error().toString()));
    QVERIFY(lock.isHeld());
    QVERIFY(lock.guards(mSidecar));
    QVERIFY(!lock.guards(mSidecar + QStringLiteral("x")));
    QVERIFY(QFileInfo(lock.lockPath()).isFile());
    lock.release();
    QVERIFY(!lock.isHeld());
    QVERIFY(!QFileInfo::exists(lock.lockPath()));
}

void TestSidecarLock::heldLockMakesOthersWaitThenNamesTheHolder()
{
    SidecarLock holder(mSidecar);
    QVERIFY(holder.acquire().ok());
    SidecarLock other(mSidecar);
    QElapsedTimer timer;
    timer.start();
    const Status refused = other.acquire(300ms);
    const qint64 waited = timer.elapsed();
    QVERIFY(!refused.ok());
    QVERIFY(!other.isHeld());
    QVERIFY2(waited >= 290, qPrintable(QString::number(waited)));
    const QString message = refused.error().message;
    QVERIFY2(message.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())),
             qPrintable(message));
    QVERIFY2(message.contains(QSysInfo::machineHostName()), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("story.md.provena.jsonld.lock")), qPrintable(message));
    QCOMPARE(refused.error().path, holder.lockPath());
    QVERIFY(holder.isHeld()); // the waiter never takes over a live holder's lock
}

void TestSidecarLock::waiterGetsTheLockOnceReleased()
{
    auto holder = std::make_unique<SidecarLock>(mSidecar);
    QVERIFY(holder->acquire().ok());
    std::unique_ptr<QThread> releaser(QThread::create([&holder] {
        QThread::msleep(200);
        holder->release();
    }));
    releaser->start();
    SidecarLock waiter(mSidecar);
    QElapsedTimer timer;
    timer.start();
    const Status taken = waiter.acquire(10s);
    const qint64 waited = timer.elapsed();
    releaser->wait();
    QVERIFY2(taken.ok(), qPrintable(taken.error().toString()));
    QVERIFY2(waited >= 150, qPrintable(QString::number(waited)));
}

void TestSidecarLock::staleLockFromDeadProcessIsTakenOver()
{
    const QString lockPath = SidecarLock::lockPathFor(mSidecar);
    QVERIFY(writeStaleLock(lockPath));
    QVERIFY(QFileInfo::exists(lockPath));
    SidecarLock lock(mSidecar);
    const Status taken = lock.acquire(5s);
    QVERIFY2(taken.ok(), qPrintable(taken.error().toString()));
    QLockFile check(lockPath);
    qint64 pid = 0;
    QVERIFY(check.getLockInfo(&pid, nullptr, nullptr));
    QCOMPARE(pid, QCoreApplication::applicationPid());
}

void TestSidecarLock::emptyLockLeftByAWriterKilledWhileCreatingItIsTakenOver()
{
    const QString lockPath = SidecarLock::lockPathFor(mSidecar);
    QFile empty(lockPath);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    // Fresh, it may still be a live writer's: it is waited for.
    SidecarLock lock(mSidecar);
    QVERIFY(!lock.acquire(200ms).ok());
    QVERIFY(QFileInfo::exists(lockPath));
    // Held open with a flock, as a live QLockFile holds it: never taken over, whatever its age.
    const QDateTime old = QDateTime::currentDateTime().addSecs(-60);
    QVERIFY(empty.setFileTime(old, QFileDevice::FileModificationTime));
    QCOMPARE(::flock(empty.handle(), LOCK_EX | LOCK_NB), 0);
    QVERIFY(!lock.acquire(200ms).ok());
    // Once nobody holds it, an old empty lock file is abandoned.
    empty.close();
    const Status taken = lock.acquire(5s);
    QVERIFY2(taken.ok(), qPrintable(taken.error().toString()));
}

void TestSidecarLock::lockPathThatIsALinkIsRefused()
{
    const QString elsewhere = mDir->filePath(QStringLiteral("elsewhere"));
    QVERIFY(QFile::link(elsewhere, SidecarLock::lockPathFor(mSidecar)));
    SidecarLock lock(mSidecar);
    const Status refused = lock.acquire(100ms);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("symbolic link")),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(elsewhere), qPrintable(refused.error().message));
    QVERIFY(!QFileInfo::exists(elsewhere)); // nothing was created through the link
}

void TestSidecarLock::lockPathThatIsAFifoIsRefusedWithoutBlocking()
{
    const QString lockPath = SidecarLock::lockPathFor(mSidecar);
    QCOMPARE(::mkfifo(QFile::encodeName(lockPath).constData(), 0600), 0);
    SidecarLock lock(mSidecar);
    const Status refused = lock.acquire(100ms);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("FIFO")),
             qPrintable(refused.error().message));
}

QTEST_GUILESS_MAIN(TestSidecarLock)
#include "tst_sidecarlock.moc"
