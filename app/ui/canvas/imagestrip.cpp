// SPDX-License-Identifier: MIT
#include "ui/canvas/imagestrip.h"

#include "core/model/article.h"
#include "media/imagedecoder.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QPainter>
#include <QStyle>
#include <QThread>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace provena {

namespace {

constexpr int kNameRole = Qt::UserRole + 2;
constexpr int kCaptionRole = Qt::UserRole + 3;

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
    // Two threads at most: thumbnails must not hold up the canvas's decode in the global pool.
    mPool.setMaxThreadCount(qBound(1, QThread::idealThreadCount() / 2, 2));
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT imageChosen(row);
    });
}

ImageStrip::~ImageStrip()
{
    for (QFutureWatcher<Result<QImage>> *watcher : std::as_const(mRunning)) {
        watcher->disconnect(this);
        watcher->cancel(); // not started yet: never runs
        watcher->waitForFinished();
    }
}

void ImageStrip::setArticle(const Article &article)
{
    const QSignalBlocker blocker(this);
    // A new generation: thumbnails still coming for the previous article are dropped, and those
    // not started yet are not decoded at all.
    ++mGeneration;
    mPending = 0;
    for (QFutureWatcher<Result<QImage>> *watcher : std::as_const(mRunning))
        watcher->cancel();
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
    ++mPending;
    const quint64 generation = mGeneration;
    auto *watcher = new QFutureWatcher<Result<QImage>>(this);
    mRunning.append(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, index, path] {
        mRunning.removeOne(watcher);
        watcher->deleteLater();
        if (generation != mGeneration)
            return; // the article was replaced or closed meanwhile
        finishPreview(index, path, watcher->result());
    });
    // ImageDecoder::preview never throws; errors come back in the Result.
    watcher->setFuture(QtConcurrent::run(&mPool, [path]() -> Result<QImage> {
        return ImageDecoder::preview(path, kThumbnailSize);
    }));
}

void ImageStrip::finishPreview(int index, const QString &path, const Result<QImage> &result)
{
    --mPending;
    if (QListWidgetItem *tile = item(index)) {
        if (result)
            setTile(tile, TileState::Ready, result.value());
        else
            setTile(tile, TileState::Failed, {},
                    result.error().message.isEmpty()
                        ? tr("“%1” could not be read.").arg(QFileInfo(path).fileName())
                        : result.error().message);
    }
    if (mPending == 0)
        Q_EMIT thumbnailsReady();
}

void ImageStrip::setTile(QListWidgetItem *item, TileState state, const QImage &image,
                         const QString &problem)
{
    const QString name = item->data(kNameRole).toString();
    const QString number = item->text();
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
    item->setIcon(QIcon(thumb));
    item->setData(kStateRole, int(state));
    QString tip = QStringLiteral("%1\n%2").arg(name, item->data(kCaptionRole).toString());
    if (!status.isEmpty())
        tip += QStringLiteral("\n") + status;
    item->setToolTip(tip);
    item->setData(Qt::AccessibleTextRole,
                  status.isEmpty() ? tr("Image %1: %2").arg(number, name)
                                   : tr("Image %1: %2 (%3)").arg(number, name, status));
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
