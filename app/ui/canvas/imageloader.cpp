// SPDX-License-Identifier: MIT
#include "ui/canvas/imageloader.h"

#include "media/imagedecoder.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace provena {

namespace {

qint64 imageBytes(const QImage &image)
{
    return qMax<qint64>(1, image.sizeInBytes());
}

} // namespace

ImageLoader::ImageLoader(QObject *parent)
    : QObject(parent)
{
    mCache.setMaxCost(kDefaultBudgetBytes);
}

ImageLoader::~ImageLoader()
{
    for (QFutureWatcher<Result<QImage>> *watcher : std::as_const(mRunning)) {
        watcher->disconnect(this);
        watcher->waitForFinished();
    }
}

QString ImageLoader::cacheKey(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return QStringLiteral("%1\n%2\n%3")
        .arg(info.absoluteFilePath())
        .arg(info.lastModified().toMSecsSinceEpoch())
        .arg(info.size());
}

void ImageLoader::insert(const QString &key, const QImage &image)
{
    if (key.isEmpty() || image.isNull())
        return;
    // QCache deletes what does not fit the budget.
    mCache.insert(key, new QImage(image), imageBytes(image));
}

std::optional<QImage> ImageLoader::cached(const QString &path)
{
    if (path.isEmpty())
        return std::nullopt;
    if (const QImage *image = mCache.object(cacheKey(path)))
        return *image;
    return std::nullopt;
}

quint64 ImageLoader::request(const QString &path)
{
    const quint64 ticket = ++mTicket;
    mPending = ticket;
    const QString key = cacheKey(path);
    auto *watcher = new QFutureWatcher<Result<QImage>>(this);
    mRunning.append(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket, path, key] {
        mRunning.removeOne(watcher);
        watcher->deleteLater();
        const Result<QImage> result = watcher->result();
        if (result)
            insert(key, result.value());
        if (ticket != mPending)
            return; // superseded: a newer request is what the analyst is waiting for
        mPending = 0;
        if (result)
            Q_EMIT loaded(ticket, path, result.value());
        else
            Q_EMIT failed(ticket, path, result.error());
    });
    // ImageDecoder::decode never throws; errors come back in the Result.
    watcher->setFuture(
        QtConcurrent::run([path]() -> Result<QImage> { return ImageDecoder::decode(path); }));
    return ticket;
}

void ImageLoader::cancel()
{
    mPending = 0;
}

void ImageLoader::setBudgetBytes(qint64 bytes)
{
    mCache.setMaxCost(qMax<qint64>(0, bytes));
}

} // namespace provena
