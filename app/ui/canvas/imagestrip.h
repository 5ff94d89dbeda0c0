// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QImage>
#include <QList>
#include <QListWidget>
#include <QThreadPool>

template<typename T> class QFutureWatcher;

namespace provena {

struct Article;

/**
 * Thumbnails of the article's images in article order; shown when there are several.
 *
 * Thumbnails are decoded on worker threads (ImageDecoder::preview via QtConcurrent, in a small
 * pool of the strip's own so the canvas's full decode is not queued behind them); only QImage
 * crosses threads and the icons are made on the GUI thread. Until a thumbnail is ready its tile
 * shows a placeholder; a file that cannot be decoded gets an error tile whose tooltip names the
 * file and the reason. Results for an article that was replaced or closed meanwhile are dropped
 * (each setArticle() starts a new generation).
 *
 * ImageLoader is not reused: it reports only the newest request and caches full-size images,
 * whereas the strip wants every one of its reduced previews.
 */
class ImageStrip : public QListWidget
{
    Q_OBJECT

public:
    static constexpr int kThumbnailSize = 56;

    /** What a tile shows; stored in each item under kStateRole. */
    enum class TileState { NotLocal, Pending, Ready, Failed };
    static constexpr int kStateRole = Qt::UserRole + 1;

    explicit ImageStrip(QWidget *parent = nullptr);
    /** Drops pending thumbnails and waits for those already decoding. */
    ~ImageStrip() override;

    /** One entry per image; images without a local file get a "not local" tile. */
    void setArticle(const Article &article);
    void setCurrentImage(int index);

    /** Thumbnails of the current article still decoding. */
    int pendingCount() const { return mPending; }
    /** True while any thumbnail decode runs, including ones of a replaced article. */
    bool isBusy() const { return !mRunning.isEmpty(); }
    TileState tileState(int index) const;

Q_SIGNALS:
    void imageChosen(int index);
    /** The last pending thumbnail of the current article is in place (or failed). */
    void thumbnailsReady();

private:
    void startPreview(int index, const QString &path);
    void finishPreview(int index, const QString &path, const Result<QImage> &result);
    void setTile(QListWidgetItem *item, TileState state, const QImage &image = {},
                 const QString &problem = {});

    QThreadPool mPool;
    QList<QFutureWatcher<Result<QImage>> *> mRunning;
    quint64 mGeneration = 0;
    int mPending = 0;
};

} // namespace provena
