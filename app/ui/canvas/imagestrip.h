// SPDX-License-Identifier: MIT
#pragma once

#include "media/imageloadingservice.h"

#include <QHash>
#include <QImage>
#include <QListWidget>
#include <QPointer>

namespace provena {

struct Article;
struct Error;

/**
 * Thumbnails of the article's images in article order; shown when there are several.
 *
 * Thumbnails come from the ImageLoadingService (plain requests of kThumbnailSize, all served,
 * cached there so reopening an article or another view asking for the same size does not decode
 * again); the icons are made on the GUI thread. Until a thumbnail is ready its tile shows a
 * placeholder; a file that cannot be decoded gets an error tile whose tooltip names the file and
 * the reason. Requests for an article that was replaced or closed are cancelled (those not
 * started are never decoded) and their results never reach the tiles.
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
    /** Cancels the thumbnails still pending. */
    ~ImageStrip() override;

    /**
     * Where thumbnails come from (not owned). The strip makes one of its own until this is
     * called; pending thumbnails are asked for again from the new service.
     */
    void setImageService(ImageLoadingService *service);
    ImageLoadingService *imageService() const { return mImages; }

    /** One entry per image; images without a local file get a "not local" tile. */
    void setArticle(const Article &article);
    void setCurrentImage(int index);

    /** Thumbnails of the current article still decoding. */
    int pendingCount() const { return int(mRequests.size()); }
    /** True while the image service decodes anything, including thumbnails no longer wanted. */
    bool isBusy() const;
    TileState tileState(int index) const;

Q_SIGNALS:
    void imageChosen(int index);
    /** The last pending thumbnail of the current article is in place (or failed). */
    void thumbnailsReady();

private:
    struct Request
    {
        int index = -1;
        QString path;
    };

    void startPreview(int index, const QString &path);
    void cancelPreviews();
    void onLoaded(quint64 ticket, const QString &path, const QImage &image);
    void onFailed(quint64 ticket, const QString &path, const Error &error);
    void finishPreview(quint64 ticket, TileState state, const QImage &image,
                       const QString &problem);
    void setTile(QListWidgetItem *item, TileState state, const QImage &image = {},
                 const QString &problem = {});

    QPointer<ImageLoadingService> mImages;
    QHash<quint64, Request> mRequests; ///< pending thumbnails of the current article, by ticket
};

} // namespace provena
