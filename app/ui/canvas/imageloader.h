// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QString>

#include <optional>

template<typename T> class QFutureWatcher;

namespace provena {

/**
 * Decodes images on a worker thread (ImageDecoder via QtConcurrent) for the canvas.
 *
 * The newest request wins: when a request is made while an earlier one is still decoding, the
 * earlier result is never reported (it still goes into the cache, so the work is not lost).
 * Decoded images are kept in a small cache keyed by absolute path, modification time and file
 * size, with a budget in bytes, so going back to an image of the article is immediate and a file
 * changed on disk is decoded again.
 *
 * Only QImage crosses threads; QPixmaps are made by the canvas on the GUI thread.
 */
class ImageLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kDefaultBudgetBytes = 384LL * 1024 * 1024;

    explicit ImageLoader(QObject *parent = nullptr);
    /** Waits for decodes still running, so no worker outlives the loader's owner. */
    ~ImageLoader() override;

    /** The decoded image when it is in the cache (and the file has not changed since). */
    std::optional<QImage> cached(const QString &path);
    /**
     * Starts decoding `path` on a worker thread and returns the request's ticket. Exactly one of
     * loaded() or failed() follows for it, from the event loop, unless a newer request (or
     * cancel()) supersedes it first.
     */
    quint64 request(const QString &path);
    /** Supersedes the pending request: its result will not be reported. */
    void cancel();
    /** True while the newest request is still decoding. */
    bool isLoading() const { return mPending != 0; }
    /** True while any decode runs, including superseded ones. */
    bool isBusy() const { return !mRunning.isEmpty(); }

    void setBudgetBytes(qint64 bytes);
    qint64 budgetBytes() const { return mCache.maxCost(); }
    qint64 cachedBytes() const { return mCache.totalCost(); }
    qsizetype cachedCount() const { return mCache.count(); }

Q_SIGNALS:
    void loaded(quint64 ticket, const QString &path, const QImage &image);
    void failed(quint64 ticket, const QString &path, const provena::Error &error);

private:
    static QString cacheKey(const QString &path);
    void insert(const QString &key, const QImage &image);

    QCache<QString, QImage> mCache;
    QList<QFutureWatcher<Result<QImage>> *> mRunning;
    quint64 mTicket = 0;
    quint64 mPending = 0; ///< ticket of the request still decoding, 0 when none
};

} // namespace provena
