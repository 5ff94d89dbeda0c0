// SPDX-License-Identifier: MIT
#include "session/recoverymanager.h"

#include "core/document/articledocument.h"
#include "core/io/fileaccess.h"
#include "core/io/savefile.h"
#include "formats/sidecarreader.h"
#include "formats/sidecarwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace provena {

RecoveryManager::RecoveryManager(QObject *parent)
    : QObject(parent)
{
    connect(&mTimer, &QTimer::timeout, this, &RecoveryManager::writeInBackground);
}

RecoveryManager::~RecoveryManager()
{
    mWriting.waitForFinished();
}

QString RecoveryManager::recoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/recovery");
}

QString RecoveryManager::recoveryPathFor(const QString &articlePath)
{
    const QFileInfo info(articlePath);
    const QString key = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray hash
        = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return recoveryDirectory() + u'/' + QString::fromLatin1(hash)
        + QStringLiteral(".provena.jsonld");
}

bool RecoveryManager::hasRecovery(const QString &articlePath)
{
    return QFileInfo::exists(recoveryPathFor(articlePath));
}

Result<QByteArray> RecoveryManager::readRecovery(const QString &articlePath)
{
    // A recovery file is a sidecar, so it has the sidecar's limit.
    return FileAccess::readRegularFile(
        recoveryPathFor(articlePath), SidecarReader::kMaxFileSize,
        tr("The recovery file for “%1”").arg(QFileInfo(articlePath).fileName()));
}

int RecoveryManager::configuredIntervalSeconds()
{
    bool ok = false;
    const int seconds = QSettings().value(QLatin1String(kIntervalSettingsKey)).toInt(&ok);
    return ok ? qBound(0, seconds, kMaxIntervalSeconds) : kDefaultIntervalSeconds;
}

void RecoveryManager::setConfiguredIntervalSeconds(int seconds)
{
    QSettings().setValue(QLatin1String(kIntervalSettingsKey),
                         qBound(0, seconds, kMaxIntervalSeconds));
}

void RecoveryManager::setIntervalSeconds(int seconds)
{
    mIntervalSeconds = qMax(0, seconds);
    if (mIntervalSeconds == 0)
        mTimer.stop();
    else {
        mTimer.setInterval(mIntervalSeconds * 1000);
        if (!mArticlePath.isEmpty())
            mTimer.start();
    }
}

void RecoveryManager::start(const QString &articlePath, Producer producer,
                            std::function<bool()> isModified)
{
    waitForWrite();
    mArticlePath = articlePath;
    mProducer = std::move(producer);
    mIsModified = std::move(isModified);
    if (mIntervalSeconds > 0) {
        mTimer.setInterval(mIntervalSeconds * 1000);
        mTimer.start();
    }
}

void RecoveryManager::stop()
{
    mTimer.stop();
    waitForWrite();
    mArticlePath.clear();
    mProducer = nullptr;
    mIsModified = nullptr;
}

Status RecoveryManager::writeSnapshot(const ArticleDocument &snapshot, const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error {tr("Could not create the recovery folder."), {}, recoveryDirectory()};
    return saveAtomically(path, SidecarWriter::write(snapshot));
}

Status RecoveryManager::writeNow()
{
    waitForWrite();
    if (mArticlePath.isEmpty() || !mProducer)
        return Status::success();
    if (mIsModified && !mIsModified()) {
        // Back to the saved state (e.g. by undo): an old copy would only offer stale work.
        discard();
        return Status::success();
    }
    const QString path = recoveryPathFor(mArticlePath);
    const Status status = writeSnapshot(*mProducer(), path);
    if (status)
        Q_EMIT written(path);
    return status;
}

void RecoveryManager::writeInBackground()
{
    if (mArticlePath.isEmpty() || !mProducer || mWriting.isRunning())
        return;
    if (mIsModified && !mIsModified()) {
        discard();
        return;
    }
    mWritingSnapshot = mProducer();
    mWritingPath = recoveryPathFor(mArticlePath);
    const ArticleDocument *snapshot = mWritingSnapshot.get();
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        finishBackgroundWrite();
    });
    // writeSnapshot returns errors as a Status; nothing it calls throws.
    mWriting
        = QtConcurrent::run(&RecoveryManager::writeSnapshot, std::cref(*snapshot), mWritingPath);
    watcher->setFuture(mWriting);
}

void RecoveryManager::finishBackgroundWrite()
{
    if (!mWritingSnapshot)
        return; // already reported by waitForWrite()
    mWritingSnapshot.reset();
    const Status status = mWriting.result();
    if (!status) {
        Q_EMIT failed(status.error());
        return;
    }
    // Saved or discarded while the copy was being written: it must not outlive the work.
    if (mArticlePath.isEmpty() || (mIsModified && !mIsModified()))
        QFile::remove(mWritingPath);
    else
        Q_EMIT written(mWritingPath);
}

void RecoveryManager::waitForWrite()
{
    if (!mWriting.isValid())
        return;
    mWriting.waitForFinished();
    finishBackgroundWrite();
}

void RecoveryManager::discard()
{
    waitForWrite();
    if (!mArticlePath.isEmpty())
        QFile::remove(recoveryPathFor(mArticlePath));
}

} // namespace provena
