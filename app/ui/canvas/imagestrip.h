// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/provenance.h"
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

    /**
     * Each image's verdict, by image index, drawn as a badge in the corner of its tile
     * (ProvenanceBadge); images without a decided verdict get none. Kept across setArticle(), so
     * the window sets it once per change of the record.
     */
    void setVerdicts(const QList<Verdict> &verdicts);
    /** The badge's mark on tile `index` ("✓" …), empty when it has none. */
    QString badgeMark(int index) const;

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
    /** Puts the tile's thumbnail, badge, tooltip and accessible text together. */
    void updateTile(int index);

    QPointer<ImageLoadingService> mImages;
    QHash<quint64, Request> mRequests; ///< pending thumbnails of the current article, by ticket
    QList<Verdict> mVerdicts;
};

} // namespace provena
