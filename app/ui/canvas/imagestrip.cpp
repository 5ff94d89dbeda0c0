// SPDX-License-Identifier: MIT
#include "ui/canvas/imagestrip.h"

#include "core/model/article.h"
#include "media/imagedecoder.h"

#include <QFileInfo>
#include <QPainter>
#include <QStyle>
#include <QUrl>

namespace provena {

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
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT imageChosen(row);
    });
}

void ImageStrip::setArticle(const Article &article)
{
    const QSignalBlocker blocker(this);
    clear();
    for (int i = 0; i < article.images.size(); ++i) {
        const ImageRef &ref = article.images.at(i);
        QPixmap thumb(kThumbnailSize, kThumbnailSize);
        thumb.fill(Qt::transparent);
        QPainter p(&thumb);
        const Result<QImage> preview = ref.localPath.isEmpty()
            ? Result<QImage>(Error {})
            : ImageDecoder::preview(ref.localPath, kThumbnailSize);
        if (preview) {
            const QImage &image = preview.value();
            p.drawImage((thumb.width() - image.width()) / 2, (thumb.height() - image.height()) / 2,
                        image);
        } else {
            p.fillRect(thumb.rect(), QColor(0x55, 0x55, 0x55));
            p.setPen(Qt::white);
            p.drawText(thumb.rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("not\nlocal"));
        }
        p.end();
        const QString name = ref.localPath.isEmpty() ? QUrl(ref.url).fileName()
                                                     : QFileInfo(ref.localPath).fileName();
        auto *item = new QListWidgetItem(QIcon(thumb), QString::number(i + 1), this);
        item->setToolTip(QStringLiteral("%1\n%2").arg(name, ref.caption));
        item->setData(Qt::AccessibleTextRole, tr("Image %1: %2").arg(i + 1).arg(name));
    }
    setVisible(article.images.size() > 1);
}

void ImageStrip::setCurrentImage(int index)
{
    const QSignalBlocker blocker(this);
    setCurrentRow(index);
}

} // namespace provena
