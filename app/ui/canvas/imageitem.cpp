// SPDX-License-Identifier: MIT
#include "ui/canvas/imageitem.h"

#include <QDateTime>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTimer>

#include <cmath>
#include <cstdio>

namespace provena {

namespace {

/** One report per process: the launch measure wants the first photo on screen only. */
bool sFirstPaintReported = false;

} // namespace

ImageItem::ImageItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptedMouseButtons(Qt::NoButton);
}

ImageItem::Level ImageItem::makeLevel(const QImage &image, double scale)
{
    Level level;
    level.scale = scale;
    level.size = image.size();
    level.columns = (image.width() + kTileSize - 1) / kTileSize;
    const int rows = (image.height() + kTileSize - 1) / kTileSize;
    level.tiles.reserve(level.columns * rows);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < level.columns; ++c) {
            const QRect rect = QRect(c * kTileSize, r * kTileSize, kTileSize, kTileSize)
                                   .intersected(image.rect());
            level.tiles.append(QPixmap::fromImage(image.copy(rect)));
        }
    }
    return level;
}

void ImageItem::setImage(const QImage &image, const QSize &imageSize)
{
    prepareGeometryChange();
    mLevels.clear();
    mSize = imageSize.isEmpty() || image.isNull() ? image.size() : imageSize;
    if (image.isNull()) {
        update();
        return;
    }
    mReportFirstPaint
        = !sFirstPaintReported && qEnvironmentVariableIsSet("PROVENA_REPORT_FIRST_PAINT");
    QImage current = image.format() == QImage::Format_RGB32
            || image.format() == QImage::Format_ARGB32_Premultiplied
        ? image
        : image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    // A preview's pixels per image pixel; the lower levels halve from there.
    double scale = double(image.width()) / mSize.width();
    mLevels.append(makeLevel(current, scale));
    // Halve until the whole image fits in a couple of tiles: zoomed far out, a frame then draws
    // a few small pixmaps instead of filtering 24 megapixels.
    while (qMax(current.width(), current.height()) > 2 * kTileSize) {
        current = current.scaled(qMax(1, current.width() / 2), qMax(1, current.height() / 2),
                                 Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        scale /= 2;
        mLevels.append(makeLevel(current, scale));
    }
    update();
}

QRectF ImageItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), QSizeF(mSize));
}

void ImageItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (mLevels.isEmpty())
        return;
    const double lod
        = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    // The smallest level that still has at least one level pixel per screen pixel.
    int chosen = 0;
    for (int i = 1; i < mLevels.size(); ++i) {
        if (mLevels.at(i).scale >= lod)
            chosen = i;
    }
    const Level &level = mLevels.at(chosen);
    // Zoomed in, pixels must stay crisp squares; zoomed out, filter for a clean picture.
    painter->setRenderHint(QPainter::SmoothPixmapTransform, lod < 2.0);
    painter->setRenderHint(QPainter::Antialiasing, false);

    const QRectF exposed = option->exposedRect.intersected(boundingRect());
    if (exposed.isEmpty())
        return;
    const double tileInImage = kTileSize / level.scale;
    const int c0 = qMax(0, int(std::floor(exposed.left() / tileInImage)));
    const int r0 = qMax(0, int(std::floor(exposed.top() / tileInImage)));
    const int c1 = qMin(level.columns - 1, int(std::floor(exposed.right() / tileInImage)));
    const int rows = int(level.tiles.size()) / qMax(1, level.columns);
    const int r1 = qMin(rows - 1, int(std::floor(exposed.bottom() / tileInImage)));
    for (int r = r0; r <= r1; ++r) {
        for (int c = c0; c <= c1; ++c) {
            const QPixmap &tile = level.tiles.at(r * level.columns + c);
            const QRectF whole(c * tileInImage, r * tileInImage, tile.width() / level.scale,
                               tile.height() / level.scale);
            // Only the exposed part of the tile, widened to whole level pixels.
            const QRectF target = whole.intersected(exposed);
            QRectF source((target.left() - whole.left()) * level.scale,
                          (target.top() - whole.top()) * level.scale, target.width() * level.scale,
                          target.height() * level.scale);
            const QRectF aligned = source.toAlignedRect().intersected(tile.rect());
            const QRectF drawn(whole.left() + aligned.left() / level.scale,
                               whole.top() + aligned.top() / level.scale,
                               aligned.width() / level.scale, aligned.height() / level.scale);
            painter->drawPixmap(drawn, tile, aligned);
        }
    }
    if (mReportFirstPaint) {
        mReportFirstPaint = false;
        sFirstPaintReported = true;
        std::fprintf(stderr, "provena: first paint %lld\n",
                     static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        std::fflush(stderr);
        // The window's frame is flushed to the screen after every widget in it has painted;
        // the next turn of the event loop is when that is done.
        QTimer::singleShot(0, [] {
            std::fprintf(stderr, "provena: first frame flushed %lld\n",
                         static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
            std::fflush(stderr);
        });
    }
}

} // namespace provena
