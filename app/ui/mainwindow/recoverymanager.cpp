// SPDX-License-Identifier: MIT
#include "ui/mainwindow/recoverymanager.h"

#include "core/io/savefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace provena {

RecoveryManager::RecoveryManager(QObject *parent)
    : QObject(parent)
{
    connect(&mTimer, &QTimer::timeout, this, [this] {
        const Status status = writeNow();
        if (!status)
            Q_EMIT failed(status.error());
    });
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
    const QString path = recoveryPathFor(articlePath);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            tr("Could not read the recovery file for “%1”.").arg(QFileInfo(articlePath).fileName()),
            file.errorString(), path};
    return file.readAll();
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
    mArticlePath.clear();
    mProducer = nullptr;
    mIsModified = nullptr;
}

Status RecoveryManager::writeNow()
{
    if (mArticlePath.isEmpty() || !mProducer)
        return Status::success();
    if (mIsModified && !mIsModified()) {
        // Back to the saved state (e.g. by undo): an old copy would only offer stale work.
        discard();
        return Status::success();
    }
    const QString path = recoveryPathFor(mArticlePath);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error {tr("Could not create the recovery folder."), {}, recoveryDirectory()};
    const Status status = saveAtomically(path, mProducer());
    if (status)
        Q_EMIT written(path);
    return status;
}

void RecoveryManager::discard()
{
    if (!mArticlePath.isEmpty())
        QFile::remove(recoveryPathFor(mArticlePath));
}

} // namespace provena
