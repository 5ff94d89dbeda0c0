// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

template<typename T> class QFutureWatcher;

namespace provena {

/**
 * The one place the GUI decodes image files: the canvas, the thumbnail strip and the article
 * text view's thumbnails all ask it (one instance per window, shared).
 *
 * A request names a file and a size: ImageLoadingService::kFullSize for the image as it is, or
 * a longer side in pixels for a reduced copy (ImageDecoder::preview). Decoding runs on the
 * service's own QThreadPool (two threads, so a two-core machine keeps a core for the GUI) with
 * ImageDecoder, which keeps OpenCV behind it. Channel requests (requestLatest(), the canvas) run
 * before plain ones (thumbnails), so the image the analyst chose is not queued behind a strip of
 * thumbnails; and a plain request made while a channel decode runs or waits is held back until
 * none does, so thumbnails never take a core from the photo the analyst is waiting for (a
 * channel request for the same file and size starts it at once).
 *
 * Every request gets a ticket, and exactly one of loaded() or failed() follows for it, always
 * from the event loop on the service's (GUI) thread — also for cache hits — unless it is
 * cancelled or superseded first:
 *  - cancel(ticket) and cancelAll() drop requests; a decode nobody waits for any more is not
 *    started at all;
 *  - requestLatest() supersedes the previous request on the same channel: the newest one wins
 *    and the older ticket never delivers. The superseded decode still finishes and goes into the
 *    cache, so an analyst going back to that image gets it at once;
 *  - plain request()s are all served.
 * Two requests for the same file and size share one decode.
 *
 * Decoded images are kept in an LRU cache keyed by absolute path, modification time, file size
 * and requested size, with a budget in bytes, so a thumbnail decoded for the strip is reused by
 * the text view when it asks for the same size, and a file changed on disk is decoded again.
 * Failures are not cached. Only QImage crosses threads; make QPixmaps on the GUI thread.
 *
 * Not thread-safe: call it from the thread it lives in.
 */
class ImageLoadingService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageLoadingService)

public:
    /** Names one request; never 0. */
    using Ticket = quint64;

    /** As maxSide: the full image (ImageDecoder::decode). */
    static constexpr int kFullSize = 0;
    /**
     * As maxSide: the thumbnail embedded in the image's EXIF data, read by the embedded-thumbnail
     * source and made a frame by ImageDecoder::embeddedThumbnail (oriented, at its own small
     * size); for a progressive JPEG without one, its first scans at 1/8
     * (DecodeOptions::firstScansOnly); failed() when the file has neither or no source is set.
     */
    static constexpr int kEmbeddedThumbnail = -1;
    /**
     * Reads the EXIF thumbnail's bytes of an image file (an image file in memory), or an Error
     * naming it. Called on the service's worker threads, so it must be reentrant.
     */
    using EmbeddedThumbnailSource = std::function<Result<QByteArray>(const QString &path)>;
    static constexpr qint64 kDefaultBudgetBytes = 384LL * 1024 * 1024;
    static constexpr int kDefaultThreads = 2;

    explicit ImageLoadingService(QObject *parent = nullptr);
    /** Drops queued decodes and waits for those running, so no worker outlives the service. */
    ~ImageLoadingService() override;

    /**
     * Decodes `path` (full size when maxSide is kFullSize, else its longer side at most
     * maxSide pixels). The result comes as loaded() or failed() with the returned ticket.
     */
    Ticket request(const QString &path, int maxSide = kFullSize);
    /**
     * As request(), and supersedes the pending request of `channel` (a name such as
     * "canvas"): that one will never deliver.
     */
    Ticket requestLatest(const QString &channel, const QString &path, int maxSide = kFullSize);

    /** Drops the request: its ticket will not deliver. Unknown or finished tickets are ignored. */
    void cancel(Ticket ticket);
    /**
     * Supersedes the pending request of `channel`, if any, as a newer request would: it never
     * delivers, but its decode still finishes into the cache.
     */
    void cancelChannel(const QString &channel);
    /** Drops every pending request. */
    void cancelAll();

    /** True until the ticket's result is delivered or it is cancelled or superseded. */
    bool isPending(Ticket ticket) const { return mTickets.contains(ticket); }
    /** Requests that will still deliver. */
    qsizetype pendingCount() const { return mTickets.size(); }
    /** True while any decode runs or waits, including ones nobody waits for any more. */
    bool isBusy() const { return !mJobs.isEmpty() || !mDropped.isEmpty(); }

    /**
     * The decoded image when it is in the cache and the file has not changed since; marks it as
     * recently used. For showing something at once without a round trip through the event loop.
     */
    std::optional<QImage> cached(const QString &path, int maxSide = kFullSize);

    /**
     * Where kEmbeddedThumbnail requests get the thumbnail's bytes (the window sets
     * ExifThumbnailReader::read: app/media does not read metadata itself). Requests started
     * afterwards use it; without one they fail at once and the canvas goes on to the preview.
     */
    void setEmbeddedThumbnailSource(EmbeddedThumbnailSource source)
    {
        mThumbnailSource = std::move(source);
    }

    void setBudgetBytes(qint64 bytes);
    qint64 budgetBytes() const { return mCache.maxCost(); }
    qint64 cachedBytes() const { return mCache.totalCost(); }
    qsizetype cachedCount() const { return mCache.count(); }

    /** Decodes run so far (cache hits and shared decodes do not count). For tests and logs. */
    int decodeCount() const { return mDecodes.load(); }

Q_SIGNALS:
    void loaded(quint64 ticket, const QString &path, const QImage &image);
    /** The error names the file (Error::path) and says what went wrong. */
    void failed(quint64 ticket, const QString &path, const provena::Error &error);

private:
    struct Job
    {
        QFutureWatcher<Result<QImage>> *watcher = nullptr;
        QString path;
        QList<Ticket> waiters;
        /** Set by the worker when it begins: a job that has begun is not cancelled. */
        std::shared_ptr<std::atomic<bool>> begun;
        int maxSide = kFullSize;
        int priority = 0;
        bool held = false; ///< a plain request waiting for the channels to be idle
    };

    static QString cacheKey(const QString &path, int maxSide);
    Ticket submit(const QString &path, int maxSide, int priority);
    void startJob(Job &job, int priority);
    bool channelBusy() const;
    void startHeldIfIdle();
    void finishJob(const QString &key, QFutureWatcher<Result<QImage>> *watcher);
    void dropWaiter(Ticket ticket, bool stopUnneededDecode);

    QThreadPool mPool;
    QCache<QString, QImage> mCache;
    QHash<QString, Job> mJobs; ///< decodes running or queued, by cache key
    QList<QFutureWatcher<Result<QImage>> *> mDropped; ///< cancelled before they started
    QHash<Ticket, QString> mTickets; ///< pending ticket → its job's key (empty: cache hit)
    QHash<QString, Ticket> mChannels; ///< channel → its pending ticket
    Ticket mLastTicket = 0;
    std::atomic<int> mDecodes = 0;
    EmbeddedThumbnailSource mThumbnailSource;
};

} // namespace provena
