// SPDX-License-Identifier: MIT
#include "media/imageloadingservice.h"

#include "media/imagedecoder.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/qtconcurrenttask.h>

namespace provena {

namespace {

/** Channel requests (what the analyst is looking at) run before thumbnails. */
constexpr int kChannelPriority = 1;
constexpr int kPlainPriority = 0;

qint64 imageBytes(const QImage &image)
{
    return qMax<qint64>(1, image.sizeInBytes());
}

/**
 * The first frame from the EXIF thumbnail: its bytes from `source`, the frame from the header.
 * A file without one that is a progressive JPEG gives its first scans instead (the coarse frame
 * a browser shows first), which cost a small part of even a 1/8 decode of such a file.
 */
Result<QImage> embeddedThumbnail(const ImageLoadingService::EmbeddedThumbnailSource &source,
                                 const QString &path)
{
    if (!source) {
        return Error {ImageLoadingService::tr("No embedded thumbnail is read for “%1”.")
                          .arg(QFileInfo(path).fileName()),
                      QStringLiteral("no embedded thumbnail source is set"), path};
    }
    const Result<QByteArray> bytes = source(path);
    if (!bytes) {
        DecodeOptions firstScans;
        firstScans.firstScansOnly = true;
        if (Result<QImage> coarse = ImageDecoder::decode(path, firstScans))
            return coarse;
        return bytes.error();
    }
    const Result<ImageInfo> info = ImageDecoder::probe(path);
    if (!info)
        return info.error();
    return ImageDecoder::embeddedThumbnail(bytes.value(), info.value());
}

} // namespace

ImageLoadingService::ImageLoadingService(QObject *parent)
    : QObject(parent)
{
    mPool.setObjectName(QStringLiteral("ImageLoadingService"));
    mPool.setMaxThreadCount(kDefaultThreads);
    mCache.setMaxCost(kDefaultBudgetBytes);
}

ImageLoadingService::~ImageLoadingService()
{
    for (auto it = mJobs.cbegin(); it != mJobs.cend(); ++it) {
        it->watcher->disconnect(this);
        it->watcher->cancel(); // not started yet: never decodes
    }
    for (QFutureWatcher<Result<QImage>> *watcher : std::as_const(mDropped))
        watcher->disconnect(this);
    // The workers capture mDecodes by pointer: none may run once the service is gone.
    mPool.waitForDone();
}

QString ImageLoadingService::cacheKey(const QString &path, int maxSide)
{
    const QFileInfo info(path);
    // A missing file gets a key of its own that no later decode of the real file can match.
    return QStringLiteral("%1\n%2\n%3\n%4")
        .arg(maxSide)
        .arg(info.absoluteFilePath())
        .arg(info.exists() ? info.lastModified().toMSecsSinceEpoch() : -1)
        .arg(info.exists() ? info.size() : -1);
}

std::optional<QImage> ImageLoadingService::cached(const QString &path, int maxSide)
{
    if (path.isEmpty())
        return std::nullopt;
    if (const QImage *image = mCache.object(cacheKey(path, maxSide)))
        return *image;
    return std::nullopt;
}

ImageLoadingService::Ticket ImageLoadingService::request(const QString &path, int maxSide)
{
    return submit(path, maxSide, kPlainPriority);
}

ImageLoadingService::Ticket ImageLoadingService::requestLatest(const QString &channel,
                                                               const QString &path, int maxSide)
{
    // The superseded decode keeps running: its result is cached for when the analyst comes back.
    if (const auto previous = mChannels.constFind(channel); previous != mChannels.cend())
        dropWaiter(*previous, false);
    const Ticket ticket = submit(path, maxSide, kChannelPriority);
    mChannels.insert(channel, ticket);
    return ticket;
}

ImageLoadingService::Ticket ImageLoadingService::submit(const QString &path, int maxSide,
                                                        int priority)
{
    const Ticket ticket = ++mLastTicket;
    const QString key = cacheKey(path, maxSide);

    if (const QImage *image = mCache.object(key)) {
        mTickets.insert(ticket, QString());
        // Delivered from the event loop like a decode, so callers see one order of events.
        QMetaObject::invokeMethod(
            this,
            [this, ticket, path, image = *image] {
                if (mTickets.remove(ticket))
                    Q_EMIT loaded(ticket, path, image);
            },
            Qt::QueuedConnection);
        return ticket;
    }

    mTickets.insert(ticket, key);
    if (auto job = mJobs.find(key); job != mJobs.end()) {
        job->waiters.append(ticket); // the same file and size is already decoding
        if (job->held && priority == kChannelPriority)
            startJob(*job, priority); // now the analyst waits for it
        return ticket;
    }

    auto *watcher = new QFutureWatcher<Result<QImage>>(this);
    auto begun = std::make_shared<std::atomic<bool>>(false);
    Job &job = *mJobs.insert(key, Job {watcher, path, {ticket}, begun, maxSide, priority, false});
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, key, watcher] { finishJob(key, watcher); });
    if (priority == kPlainPriority && channelBusy())
        job.held = true; // started by startHeldIfIdle()
    else
        startJob(job, priority);
    return ticket;
}

void ImageLoadingService::startJob(Job &job, int priority)
{
    job.held = false;
    job.priority = priority;
    std::atomic<int> *decodes = &mDecodes;
    // ImageDecoder never throws; errors come back in the Result.
    job.watcher->setFuture(
        QtConcurrent::task([path = job.path, maxSide = job.maxSide, decodes, begun = job.begun,
                            source = mThumbnailSource]() -> Result<QImage> {
            begun->store(true);
            decodes->fetch_add(1);
            if (maxSide == kEmbeddedThumbnail)
                return embeddedThumbnail(source, path);
            return maxSide > 0 ? ImageDecoder::preview(path, maxSide) : ImageDecoder::decode(path);
        })
            .onThreadPool(mPool)
            .withPriority(priority)
            .spawn());
}

bool ImageLoadingService::channelBusy() const
{
    for (const Job &job : mJobs) {
        if (!job.held && job.priority == kChannelPriority)
            return true;
    }
    return false;
}

void ImageLoadingService::startHeldIfIdle()
{
    if (channelBusy())
        return;
    for (Job &job : mJobs) {
        if (job.held)
            startJob(job, kPlainPriority);
    }
}

void ImageLoadingService::finishJob(const QString &key, QFutureWatcher<Result<QImage>> *watcher)
{
    watcher->deleteLater();
    if (mDropped.removeOne(watcher))
        return; // cancelled before it started: nothing was decoded
    const auto job = mJobs.constFind(key);
    if (job == mJobs.cend() || job->watcher != watcher)
        return;
    const QString path = job->path;
    const QList<Ticket> waiters = job->waiters;
    mJobs.erase(job);
    if (watcher->isCanceled()) {
        startHeldIfIdle();
        return;
    }

    Result<QImage> result = watcher->result();
    if (result) {
        // QCache deletes what does not fit the budget, least recently used first.
        mCache.insert(key, new QImage(result.value()), imageBytes(result.value()));
    } else {
        Error error = result.error();
        if (error.path.isEmpty())
            error.path = path;
        result = Result<QImage>(std::move(error));
    }
    for (const Ticket ticket : waiters) {
        // A slot connected to an earlier delivery may have cancelled this one.
        if (!mTickets.remove(ticket))
            continue;
        for (auto it = mChannels.begin(); it != mChannels.end(); ++it) {
            if (*it == ticket) {
                mChannels.erase(it);
                break;
            }
        }
        if (result)
            Q_EMIT loaded(ticket, path, result.value());
        else
            Q_EMIT failed(ticket, path, result.error());
    }
    // After the deliveries: a slot may have asked for the next channel image (the full one
    // after its preview), which the held thumbnails then wait for too.
    startHeldIfIdle();
}

void ImageLoadingService::dropWaiter(Ticket ticket, bool stopUnneededDecode)
{
    const auto it = mTickets.constFind(ticket);
    if (it == mTickets.cend())
        return;
    const QString key = *it;
    mTickets.erase(it);
    for (auto channel = mChannels.begin(); channel != mChannels.end(); ++channel) {
        if (*channel == ticket) {
            mChannels.erase(channel);
            break;
        }
    }
    const auto job = mJobs.find(key);
    if (key.isEmpty() || job == mJobs.end())
        return;
    job->waiters.removeOne(ticket);
    if (job->held && job->waiters.isEmpty()) {
        // Never started: nothing runs, nothing to wait for.
        delete job->watcher;
        mJobs.erase(job);
        return;
    }
    if (!stopUnneededDecode || !job->waiters.isEmpty() || job->begun->load())
        return;
    // Nobody waits for it and it has not begun: it never runs (should it begin meanwhile, its
    // result is dropped, which wastes a decode but shows nothing stale). It leaves mJobs at once so
    // a new request for the same image starts a decode of its own.
    job->watcher->cancel();
    mDropped.append(job->watcher);
    mJobs.erase(job);
    startHeldIfIdle();
}

void ImageLoadingService::cancel(Ticket ticket)
{
    dropWaiter(ticket, true);
}

void ImageLoadingService::cancelChannel(const QString &channel)
{
    if (const auto it = mChannels.constFind(channel); it != mChannels.cend())
        dropWaiter(*it, false);
}

void ImageLoadingService::cancelAll()
{
    const QList<Ticket> tickets = mTickets.keys();
    for (const Ticket ticket : tickets)
        dropWaiter(ticket, true);
}

void ImageLoadingService::setBudgetBytes(qint64 bytes)
{
    mCache.setMaxCost(qMax<qint64>(0, bytes));
}

} // namespace provena
