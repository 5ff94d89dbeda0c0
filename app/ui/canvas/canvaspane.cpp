// SPDX-License-Identifier: MIT
#include "ui/canvas/canvaspane.h"

#include "core/document/articledocument.h"
#include "ui/canvas/imageloader.h"
#include "ui/canvas/imagescene.h"
#include "ui/canvas/imagestrip.h"
#include "ui/canvas/imageview.h"
#include "ui/canvas/missingimagewidget.h"
#include "ui/tools/abstracttool.h"

#include <QFileInfo>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace provena {

CanvasPane::CanvasPane(QWidget *parent)
    : QWidget(parent)
    , mScene(new ImageScene(this))
    , mView(new ImageView(mScene))
    , mStrip(new ImageStrip)
    , mMissing(new MissingImageWidget)
    , mStack(new QStackedWidget)
    , mLoading(new QLabel)
    , mLoader(new ImageLoader(this))
{
    setObjectName(QStringLiteral("canvasPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(mStrip);
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
    connect(
        mLoader, &ImageLoader::loaded, this,
        [this](quint64, const QString &path, const QImage &image) { onImageLoaded(path, image); });
    connect(
        mLoader, &ImageLoader::failed, this,
        [this](quint64, const QString &path, const Error &error) { onImageFailed(path, error); });
}

CanvasPane::~CanvasPane()
{
    // Tools may have drafts on the scene; the scene holds a pointer into the document.
    mView->setTool(nullptr);
    mScene->setDocument(nullptr);
}

void CanvasPane::setPage(Page page)
{
    mStack->setCurrentIndex(int(page));
}

void CanvasPane::setDocument(ArticleDocument *document)
{
    mLoader->cancel();
    mLoadingIndex = -1;
    mImageIndex = -1;
    mImage = QImage();
    mScene->setDocument(document);
    mDocument = document;
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
    // Whatever is still decoding is for an image the analyst has left.
    mLoader->cancel();
    mLoadingIndex = -1;
    if (ref.localPath.isEmpty()) {
        showLoadedImage(index, QImage(), QString());
        return;
    }
    if (std::optional<QImage> cached = mLoader->cached(ref.localPath)) {
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
    mLoader->request(ref.localPath);
}

void CanvasPane::onImageLoaded(const QString &path, const QImage &image)
{
    const int index = mLoadingIndex;
    if (!mDocument || index < 0 || index >= mDocument->article().images.size()
        || mDocument->article().images.at(index).localPath != path)
        return;
    mLoadingIndex = -1;
    showLoadedImage(index, image, QString());
}

void CanvasPane::onImageFailed(const QString &path, const Error &error)
{
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
    Q_EMIT imageShown(index, !image.isNull());
}

} // namespace provena
