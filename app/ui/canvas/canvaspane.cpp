// SPDX-License-Identifier: MIT
#include "ui/canvas/canvaspane.h"

#include "core/document/articledocument.h"
#include "media/imageloadingservice.h"
#include "ui/canvas/imagescene.h"
#include "ui/canvas/imagestrip.h"
#include "ui/canvas/imageview.h"
#include "ui/canvas/missingimagewidget.h"
#include "ui/canvas/xmpimportbar.h"
#include "ui/tools/abstracttool.h"

#include <QFileInfo>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace provena {

namespace {

/** The service's channel for the canvas: only the image chosen last is shown. */
QString canvasChannel()
{
    return QStringLiteral("canvas");
}

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
    mTicket = 0;
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
    // Nothing of the previous image stays on screen while this one decodes.
    mImage = QImage();
    mScene->setImage(index, QImage());
    mLoadingIndex = index;
    mLoading->setText(tr("Loading “%1”…").arg(QFileInfo(ref.localPath).fileName()));
    setPage(Page::Loading);
    Q_EMIT imageStatusChanged(tr("Image %1: loading…").arg(index + 1));
    // Supersedes the request for an image the analyst has left.
    mTicket = mImages->requestLatest(canvasChannel(), ref.localPath);
}

void CanvasPane::onImageLoaded(quint64 ticket, const QString &path, const QImage &image)
{
    if (ticket != mTicket)
        return; // the strip's or the text view's
    mTicket = 0;
    const int index = mLoadingIndex;
    if (!mDocument || index < 0 || index >= mDocument->article().images.size()
        || mDocument->article().images.at(index).localPath != path)
        return;
    mLoadingIndex = -1;
    showLoadedImage(index, image, QString());
}

void CanvasPane::onImageFailed(quint64 ticket, const QString &path, const Error &error)
{
    if (ticket != mTicket)
        return;
    mTicket = 0;
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
