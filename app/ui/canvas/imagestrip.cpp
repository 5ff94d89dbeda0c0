// SPDX-License-Identifier: MIT
#include "ui/canvas/imagestrip.h"

#include "core/model/article.h"
#include "media/imageloadingservice.h"
#include "ui/docks/provenancebadge.h"

#include <QFileInfo>
#include <QPainter>
#include <QStyle>
#include <QUrl>

namespace provena {

namespace {

constexpr int kNameRole = Qt::UserRole + 2;
constexpr int kCaptionRole = Qt::UserRole + 3;
constexpr int kThumbnailRole = Qt::UserRole + 4; ///< the tile without its badge
constexpr int kStatusRole = Qt::UserRole + 5;
constexpr int kBadgeSide = 18;

QPixmap textTile(int side, const QColor &background, const QString &text)
{
    QPixmap tile(side, side);
    tile.fill(background);
    QPainter p(&tile);
    p.setPen(Qt::white);
    p.drawText(tile.rect(), Qt::AlignCenter | Qt::TextWordWrap, text);
    return tile;
}

} // namespace

ImageStrip::ImageStrip(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("imageStrip"));
    setAccessibleName(tr("Images of the article"));
    setViewMode(IconMode);
    setFlow(LeftToRight);
    setWrapping(false);
    setMovement(Static);
    setIconSize(QSize(kThumbnailSize, kThumbnailSize));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFixedHeight(kThumbnailSize + 34);
    setSpacing(4);
    setUniformItemSizes(true);
    setImageService(new ImageLoadingService(this));
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT imageChosen(row);
    });
}

ImageStrip::~ImageStrip()
{
    cancelPreviews();
}

void ImageStrip::setImageService(ImageLoadingService *service)
{
    if (!service || service == mImages)
        return;
    const QList<Request> pending = mRequests.values();
    cancelPreviews();
    if (mImages) {
        disconnect(mImages, nullptr, this, nullptr);
        if (mImages->parent() == this)
            delete mImages.data();
    }
    mImages = service;
    connect(service, &ImageLoadingService::loaded, this, &ImageStrip::onLoaded);
    connect(service, &ImageLoadingService::failed, this, &ImageStrip::onFailed);
    for (const Request &request : pending)
        startPreview(request.index, request.path);
}

bool ImageStrip::isBusy() const
{
    return mImages && mImages->isBusy();
}

void ImageStrip::cancelPreviews()
{
    // Those not started yet are not decoded at all.
    if (mImages) {
        for (auto it = mRequests.cbegin(); it != mRequests.cend(); ++it)
            mImages->cancel(it.key());
    }
    mRequests.clear();
}

void ImageStrip::setArticle(const Article &article)
{
    const QSignalBlocker blocker(this);
    // Thumbnails still coming for the previous article are dropped.
    cancelPreviews();
    clear();
    for (int i = 0; i < article.images.size(); ++i) {
        const ImageRef &ref = article.images.at(i);
        const QString name = ref.localPath.isEmpty() ? QUrl(ref.url).fileName()
                                                     : QFileInfo(ref.localPath).fileName();
        auto *item = new QListWidgetItem(QString::number(i + 1), this);
        item->setData(kNameRole, name);
        item->setData(kCaptionRole, ref.caption);
        if (ref.localPath.isEmpty()) {
            setTile(item, TileState::NotLocal);
        } else {
            setTile(item, TileState::Pending);
            startPreview(i, ref.localPath);
        }
    }
    setVisible(article.images.size() > 1);
}

void ImageStrip::startPreview(int index, const QString &path)
{
    mRequests.insert(mImages->request(path, kThumbnailSize), Request {index, path});
}

void ImageStrip::onLoaded(quint64 ticket, const QString &, const QImage &image)
{
    finishPreview(ticket, TileState::Ready, image, QString());
}

void ImageStrip::onFailed(quint64 ticket, const QString &path, const Error &error)
{
    finishPreview(ticket, TileState::Failed, QImage(),
                  error.message.isEmpty()
                      ? tr("“%1” could not be read.").arg(QFileInfo(path).fileName())
                      : error.message);
}

void ImageStrip::finishPreview(quint64 ticket, TileState state, const QImage &image,
                               const QString &problem)
{
    const auto request = mRequests.constFind(ticket);
    if (request == mRequests.cend())
        return; // the canvas's, the text view's, or for an article no longer shown
    const int index = request->index;
    mRequests.erase(request);
    if (QListWidgetItem *tile = item(index))
        setTile(tile, state, image, problem);
    if (mRequests.isEmpty())
        Q_EMIT thumbnailsReady();
}

void ImageStrip::setTile(QListWidgetItem *item, TileState state, const QImage &image,
                         const QString &problem)
{
    QPixmap thumb;
    QString status;
    switch (state) {
    case TileState::NotLocal:
        thumb = textTile(kThumbnailSize, QColor(0x55, 0x55, 0x55), tr("not\nlocal"));
        break;
    case TileState::Pending:
        thumb = textTile(kThumbnailSize, QColor(0x88, 0x88, 0x88), QStringLiteral("…"));
        status = tr("loading");
        break;
    case TileState::Failed:
        thumb = textTile(kThumbnailSize, QColor(0xa0, 0x30, 0x30), tr("cannot\nread"));
        status = problem;
        break;
    case TileState::Ready: {
        thumb = QPixmap(kThumbnailSize, kThumbnailSize);
        thumb.fill(Qt::transparent);
        QPainter p(&thumb);
        p.drawImage((thumb.width() - image.width()) / 2, (thumb.height() - image.height()) / 2,
                    image);
        break;
    }
    }
    item->setData(kStateRole, int(state));
    item->setData(kThumbnailRole, thumb);
    item->setData(kStatusRole, status);
    updateTile(row(item));
}

void ImageStrip::updateTile(int index)
{
    QListWidgetItem *tile = item(index);
    if (!tile)
        return;
    const QString name = tile->data(kNameRole).toString();
    const QString number = tile->text();
    const QString status = tile->data(kStatusRole).toString();
    auto thumb = tile->data(kThumbnailRole).value<QPixmap>();
    QString tip = QStringLiteral("%1\n%2").arg(name, tile->data(kCaptionRole).toString());
    if (!status.isEmpty())
        tip += QStringLiteral("\n") + status;
    QString accessible = status.isEmpty() ? tr("Image %1: %2").arg(number, name)
                                          : tr("Image %1: %2 (%3)").arg(number, name, status);
    const Verdict verdict = mVerdicts.value(index);
    if (ProvenanceBadge::isShown(verdict)) {
        // In the top right corner, where the thumbnail is least often busy.
        QPainter p(&thumb);
        p.drawPixmap(thumb.width() - kBadgeSide, 0,
                     ProvenanceBadge::pixmap(verdict.value, kBadgeSide));
        p.end();
        tip += QStringLiteral("\n") + tr("Verdict: %1").arg(ProvenanceBadge::toolTip(verdict));
        accessible += tr(", verdict %1").arg(Verdict::valueTitle(verdict.value));
    }
    tile->setIcon(QIcon(thumb));
    tile->setToolTip(tip);
    tile->setData(Qt::AccessibleTextRole, accessible);
}

void ImageStrip::setVerdicts(const QList<Verdict> &verdicts)
{
    if (verdicts == mVerdicts)
        return;
    mVerdicts = verdicts;
    for (int i = 0; i < count(); ++i)
        updateTile(i);
}

QString ImageStrip::badgeMark(int index) const
{
    const Verdict verdict = mVerdicts.value(index);
    return item(index) && ProvenanceBadge::isShown(verdict) ? ProvenanceBadge::mark(verdict.value)
                                                            : QString();
}

ImageStrip::TileState ImageStrip::tileState(int index) const
{
    const QListWidgetItem *tile = item(index);
    return tile ? TileState(tile->data(kStateRole).toInt()) : TileState::NotLocal;
}

void ImageStrip::setCurrentImage(int index)
{
    const QSignalBlocker blocker(this);
    setCurrentRow(index);
}

} // namespace provena
