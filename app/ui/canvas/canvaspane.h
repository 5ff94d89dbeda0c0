// SPDX-License-Identifier: MIT
#pragma once

#include "media/imageloadingservice.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace provena {

class ArticleDocument;
class ImageScene;
class ImageStrip;
class ImageView;
class MissingImageWidget;
class XmpImportBar;
struct Error;

/**
 * The photo side of the workspace: the thumbnail strip over the canvas, and the states the
 * canvas can be in — no image, loading (decoded by the ImageLoadingService on its "canvas"
 * channel, so the newest choice wins), the image with its regions, or a placeholder for a missing
 * or unreadable file.
 *
 * A photo much larger than the canvas is shown first from the thumbnail a camera embeds in its
 * EXIF data, when it has one, then from a reduced decode (JPEG DCT scaling,
 * the smallest reduction that still has a pixel per screen pixel at fit), scaled to the full
 * image's size so that regions and tools work on it at once; the full image is decoded next, in
 * the background, and replaces the preview's pixels in place (zoom and regions stay).
 */
class CanvasPane : public QWidget
{
    Q_OBJECT

public:
    explicit CanvasPane(QWidget *parent = nullptr);
    ~CanvasPane() override;

    /** Shows the document's first image (or nothing for null). Call before it is destroyed. */
    void setDocument(ArticleDocument *document);
    /** The article's images changed (a local file was attached): refreshes the strip. */
    void refreshImages();
    /** Shows image `index` of the article (ignored when out of range). */
    void showImage(int index);
    int currentImage() const { return mImageIndex; }
    /**
     * The decoded current image at full resolution; null while loading (also while its preview
     * is shown) or when it is not available.
     */
    QImage image() const { return mImage; }
    /**
     * True while the current image is decoded in the background: "Loading…" is shown, or its
     * preview is while the full image decodes.
     */
    bool isImageLoading() const { return mLoadingIndex >= 0; }
    /** True while a reduced preview of the current image is on the canvas. */
    bool isShowingPreview() const;

    ImageScene *scene() const { return mScene; }
    ImageView *view() const { return mView; }
    ImageStrip *strip() const { return mStrip; }
    /** The offer to import the regions in the shown image's XMP metadata. */
    XmpImportBar *xmpImportBar() const { return mXmpImport; }
    /** The placeholder shown for an image without a local file (it shows fetch progress too). */
    MissingImageWidget *missingImage() const { return mMissing; }
    /**
     * Decodes for the canvas and the strip. The pane makes one of its own; the window replaces
     * it with the one it shares with the text view (setImageService()) before any document.
     */
    ImageLoadingService *imageService() const { return mImages; }
    /** Uses `service` (not owned; must outlive the pane's use of it) from now on. */
    void setImageService(ImageLoadingService *service);

Q_SIGNALS:
    /** Image `index` was chosen; it may still be loading. */
    void currentImageChanged(int index);
    /** Image `index` is on screen (ok) or its placeholder is (missing or unreadable file). */
    void imageShown(int index, bool ok);
    /** The analyst asked to attach a local file for image `index`. */
    void attachRequested(int index);
    /** The analyst asked to fetch image `index` from its URL, or to stop that. */
    void fetchRequested(int index);
    void fetchCancelRequested(int index);
    /** A short text about the current image for the status bar ("1200 × 900 px", …). */
    void imageStatusChanged(const QString &text);

private:
    enum class Page { Canvas, Missing, Empty, Loading };

    void setPage(Page page);
    void loadImage(int index);
    void showLoadedImage(int index, const QImage &image, const QString &problem);
    void showPreview(int index, const QImage &preview);
    void requestFullImage(const QString &path);
    /** The longer side a preview needs to have a pixel per screen pixel at fit. */
    int previewSideFor(const QSize &imageSize) const;
    void cancelLoad();
    void onImageLoaded(quint64 ticket, const QString &path, const QImage &image);
    void onImageFailed(quint64 ticket, const QString &path, const Error &error);

    ArticleDocument *mDocument = nullptr;
    int mImageIndex = -1;
    int mLoadingIndex = -1;
    QImage mImage;
    ImageScene *mScene;
    ImageView *mView;
    ImageStrip *mStrip;
    MissingImageWidget *mMissing;
    XmpImportBar *mXmpImport;
    QStackedWidget *mStack;
    QLabel *mLoading;
    QPointer<ImageLoadingService> mImages;
    quint64 mTicket = 0; ///< the canvas's pending full-size request, 0 when none
    quint64 mPreviewTicket = 0; ///< the canvas's pending preview request, 0 when none
    quint64 mThumbnailTicket = 0; ///< the pending EXIF thumbnail request, 0 when none
    QSize mFullSize; ///< the loading image's displayed size from its header
};

} // namespace provena
