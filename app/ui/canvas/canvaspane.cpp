// SPDX-License-Identifier: MIT
#include "ui/canvas/canvaspane.h"

#include "core/document/articledocument.h"
#include "media/imagedecoder.h"
#include "media/imageloadingservice.h"
#include "ui/canvas/imageitem.h"
#include "ui/canvas/imagescene.h"
#include "ui/canvas/imagestrip.h"
#include "ui/canvas/imageview.h"
#include "ui/canvas/missingimagewidget.h"
#include "ui/canvas/xmpimportbar.h"
#include "ui/tools/abstracttool.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace provena {

namespace {

// When the canvas asks for and gets an image (epoch ms, to line up with provena.startup).
Q_LOGGING_CATEGORY(lcCanvas, "provena.canvas", QtWarningMsg)

/** The service's channel for the canvas: only the image chosen last is shown. */
QString canvasChannel()
{
    return QStringLiteral("canvas");
}

/** Previews have a channel of their own: a full decode must not supersede its preview. */
QString canvasPreviewChannel()
{
    return QStringLiteral("canvas-preview");
}

/** The EXIF thumbnail, for the very first frame while the preview decodes. */
QString canvasThumbnailChannel()
{
    return QStringLiteral("canvas-thumbnail");
}

/** A preview must be at least this much smaller than the image to be worth a decode of its own. */
constexpr int kMinPreviewReduction = 2;

} // namespace

CanvasPane::CanvasPane(QWidget *parent)
    : QWidget(parent)
    , mScene(new ImageScene(this))
    , mView(new ImageView(mScene))
    , mStrip(new ImageStrip)
    , mMissing(new MissingImageWidget)
    , mXmpImport(new XmpImportBar)
    , mStack(new QStackedWidget)
    , mLoading(new QLabel)
{
    setObjectName(QStringLiteral("canvasPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(mStrip);
    layout->addWidget(mXmpImport);
    // In the order of Page.
    mStack->addWidget(mView);
    mStack->addWidget(mMissing);
    auto *empty = new QLabel(tr("No image"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setAccessibleName(tr("No image"));
    mStack->addWidget(empty);
    mLoading->setObjectName(QStringLiteral("imageLoading"));
    mLoading->setAlignment(Qt::AlignCenter);
    mLoading->setAccessibleName(tr("Loading image"));
    mStack->addWidget(mLoading);
    setPage(Page::Empty);
    layout->addWidget(mStack, 1);
    mStrip->hide();

    connect(mStrip, &ImageStrip::imageChosen, this, &CanvasPane::showImage);
    connect(mMissing, &MissingImageWidget::attachRequested, this, &CanvasPane::attachRequested);
    connect(mMissing, &MissingImageWidget::fetchRequested, this, &CanvasPane::fetchRequested);
    connect(mMissing, &MissingImageWidget::fetchCancelRequested, this,
            &CanvasPane::fetchCancelRequested);
    setImageService(new ImageLoadingService(this));
}

CanvasPane::~CanvasPane()
{
    // Tools may have drafts on the scene; the scene holds a pointer into the document.
    mView->setTool(nullptr);
    mScene->setDocument(nullptr);
}

void CanvasPane::setImageService(ImageLoadingService *service)
{
    if (!service || service == mImages)
        return;
    if (mImages) {
        cancelLoad();
        disconnect(mImages, nullptr, this, nullptr);
        if (mImages->parent() == this)
            delete mImages.data();
    }
    mImages = service;
    connect(service, &ImageLoadingService::loaded, this, &CanvasPane::onImageLoaded);
    connect(service, &ImageLoadingService::failed, this, &CanvasPane::onImageFailed);
    mStrip->setImageService(service);
    if (mLoadingIndex >= 0)
        loadImage(mLoadingIndex);
}

void CanvasPane::cancelLoad()
{
    // The decode itself goes on into the cache: the analyst may come back to that image.
    if (mTicket && mImages)
        mImages->cancelChannel(canvasChannel());
    if (mPreviewTicket && mImages)
        mImages->cancelChannel(canvasPreviewChannel());
    if (mThumbnailTicket && mImages)
        mImages->cancelChannel(canvasThumbnailChannel());
    mTicket = 0;
    mPreviewTicket = 0;
    mThumbnailTicket = 0;
}

bool CanvasPane::isShowingPreview() const
{
    return mScene->imageItem()->isPreview();
}

int CanvasPane::previewSideFor(const QSize &imageSize) const
{
    // The window may not be laid out yet when an article is opened at launch: then assume a
    // typical canvas rather than a tiny one, which would give a blurry first frame.
    QSize viewport = mView->viewport()->size();
    if (viewport.width() < 200 || viewport.height() < 200)
        viewport = QSize(1600, 1000);
    const double fit = std::min(double(viewport.width()) / imageSize.width(),
                                double(viewport.height()) / imageSize.height());
    const double ratio = devicePixelRatioF();
    return int(std::ceil(std::max(imageSize.width(), imageSize.height()) * fit * ratio));
}

void CanvasPane::requestFullImage(const QString &path)
{
    // Supersedes the request for an image the analyst has left.
    mTicket = mImages->requestLatest(canvasChannel(), path);
}

void CanvasPane::setPage(Page page)
{
    mStack->setCurrentIndex(int(page));
}

void CanvasPane::setDocument(ArticleDocument *document)
{
    cancelLoad();
    mLoadingIndex = -1;
    mImageIndex = -1;
    mImage = QImage();
    mScene->setDocument(document);
    mXmpImport->setDocument(document);
    mDocument = document;
    mMissing->clearFetches();
    if (document) {
        mStrip->setArticle(document->article());
        showImage(0);
    } else {
        mStrip->setArticle(Article());
        setPage(Page::Empty);
        mScene->setImage(-1, QImage());
        Q_EMIT imageStatusChanged(QString());
    }
}

void CanvasPane::refreshImages()
{
    if (mDocument)
        mStrip->setArticle(mDocument->article());
}

void CanvasPane::showImage(int index)
{
    if (!mDocument || index < 0 || index >= mDocument->article().images.size())
        return;
    if (mView->tool())
        mView->tool()->cancel();
    mImageIndex = index;
    mStrip->setCurrentImage(index);
    loadImage(index);
    Q_EMIT currentImageChanged(index);
}

void CanvasPane::loadImage(int index)
{
    const ImageRef &ref = mDocument->article().images.at(index);
    mLoadingIndex = -1;
    mXmpImport->setImage(index, false); // the previous image's offer goes at once
    if (ref.localPath.isEmpty()) {
        cancelLoad(); // whatever is still decoding is for an image the analyst has left
        // Why it was not read (outside the folder, a folder or FIFO named like an image…), when
        // opening found a reason; else the widget says where Provena looked.
        showLoadedImage(index, QImage(), mDocument->imageRecord(index).problemDetail);
        return;
    }
    if (std::optional<QImage> cached = mImages->cached(ref.localPath)) {
        cancelLoad();
        showLoadedImage(index, *cached, QString());
        return;
    }
    // Nothing of the previous image stays on screen while this one decodes, and no region items
    // are built for a page that shows "Loading…": they are built once, with the first pixels.
    mImage = QImage();
    mScene->setImage(-1, QImage());
    mLoadingIndex = index;
    mLoading->setText(tr("Loading “%1”…").arg(QFileInfo(ref.localPath).fileName()));
    setPage(Page::Loading);
    Q_EMIT imageStatusChanged(tr("Image %1: loading…").arg(index + 1));
    cancelLoad();

    // The header alone (well under a millisecond): the full size, to place a preview. A file
    // that fails here is handed to the full decode, which reports why with the file's name.
    mFullSize = QSize();
    if (const Result<ImageInfo> info = ImageDecoder::probe(ref.localPath);
        info && info.value().hasFastReducedDecode()) {
        const int side = ImageDecoder::reducedSide(info.value(), previewSideFor(info.value().size));
        const int longest = std::max(info.value().size.width(), info.value().size.height());
        if (side * kMinPreviewReduction <= longest) {
            mFullSize = info.value().size;
            if (std::optional<QImage> preview = mImages->cached(ref.localPath, side)) {
                showPreview(index, *preview);
                requestFullImage(ref.localPath);
            } else {
                // The camera's EXIF thumbnail (from the service's thumbnail source: Exiv2 in the
                // window) is the very first frame; the reduced decode replaces it in place.
                mThumbnailTicket = mImages->requestLatest(canvasThumbnailChannel(), ref.localPath,
                                                          ImageLoadingService::kEmbeddedThumbnail);
                mPreviewTicket
                    = mImages->requestLatest(canvasPreviewChannel(), ref.localPath, side);
                qCDebug(lcCanvas) << QDateTime::currentMSecsSinceEpoch() << "preview requested"
                                  << side;
            }
            return;
        }
    }
    requestFullImage(ref.localPath);
}

void CanvasPane::showPreview(int index, const QImage &preview)
{
    mImage = QImage();
    mScene->setImage(index, preview, mFullSize);
    setPage(Page::Canvas);
    mView->zoomToFit();
    Q_EMIT imageStatusChanged(
        tr("%1 × %2 px (loading full resolution…)").arg(mFullSize.width()).arg(mFullSize.height()));
    mXmpImport->setImage(index, true);
    Q_EMIT imageShown(index, true);
}

void CanvasPane::onImageLoaded(quint64 ticket, const QString &path, const QImage &image)
{
    if (ticket == mThumbnailTicket && ticket != 0) {
        mThumbnailTicket = 0;
        // Only while nothing better is on its way or shown.
        const int index = mLoadingIndex;
        if (mPreviewTicket && mDocument && index >= 0 && index < mDocument->article().images.size()
            && mDocument->article().images.at(index).localPath == path) {
            qCDebug(lcCanvas) << QDateTime::currentMSecsSinceEpoch() << "thumbnail arrived";
            showPreview(index, image);
        }
        return;
    }
    if (ticket != mTicket && ticket != mPreviewTicket)
        return; // the strip's or the text view's
    const bool isPreview = ticket == mPreviewTicket;
    (isPreview ? mPreviewTicket : mTicket) = 0;
    const int index = mLoadingIndex;
    if (!mDocument || index < 0 || index >= mDocument->article().images.size()
        || mDocument->article().images.at(index).localPath != path)
        return;
    qCDebug(lcCanvas) << QDateTime::currentMSecsSinceEpoch()
                      << (isPreview ? "preview arrived" : "full image arrived");
    if (isPreview) {
        if (isShowingPreview()) {
            // Over the EXIF thumbnail, in place: no second imageShown, regions and zoom stay.
            mScene->imageItem()->setImage(image, mFullSize);
        } else {
            showPreview(index, image);
        }
        requestFullImage(path);
        return;
    }
    mLoadingIndex = -1;
    if (isShowingPreview() && image.size() == mScene->imageItem()->imageSize()) {
        // In place: the regions, the selection, a tool's draft and the zoom all stay.
        mImage = image;
        mScene->imageItem()->setImage(image);
        Q_EMIT imageStatusChanged(tr("%1 × %2 px").arg(image.width()).arg(image.height()));
        return;
    }
    showLoadedImage(index, image, QString());
}

void CanvasPane::onImageFailed(quint64 ticket, const QString &path, const Error &error)
{
    if (ticket == mThumbnailTicket && ticket != 0) {
        mThumbnailTicket = 0; // most files have none: the preview follows anyway
        return;
    }
    if (ticket != mTicket && ticket != mPreviewTicket)
        return;
    (ticket == mPreviewTicket ? mPreviewTicket : mTicket) = 0;
    const int index = mLoadingIndex;
    if (!mDocument || index < 0 || index >= mDocument->article().images.size()
        || mDocument->article().images.at(index).localPath != path)
        return;
    mLoadingIndex = -1;
    showLoadedImage(index, QImage(),
                    tr("Could not read “%1”: %2 Attach another copy of the image.")
                        .arg(QFileInfo(path).fileName(), error.message));
}

void CanvasPane::showLoadedImage(int index, const QImage &image, const QString &problem)
{
    const ImageRef &ref = mDocument->article().images.at(index);
    mImage = image;
    mScene->setImage(index, image);
    if (image.isNull()) {
        mMissing->setImage(index, ref.url, problem);
        setPage(Page::Missing);
        Q_EMIT imageStatusChanged(tr("Image %1: not available").arg(index + 1));
    } else {
        setPage(Page::Canvas);
        mView->zoomToFit();
        Q_EMIT imageStatusChanged(tr("%1 × %2 px").arg(image.width()).arg(image.height()));
    }
    mXmpImport->setImage(index, !image.isNull());
    Q_EMIT imageShown(index, !image.isNull());
}

} // namespace provena
