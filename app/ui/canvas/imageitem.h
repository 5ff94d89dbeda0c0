// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsItem>
#include <QImage>
#include <QList>
#include <QPixmap>

namespace provena {

/**
 * The photo on the canvas, at scene origin with one scene unit per image pixel.
 *
 * Keeps a pyramid of halved copies, each cut into tiles. Painting picks the level matching the
 * view's scale and draws only the tiles in the exposed area, so a frame costs about as much as
 * the viewport has pixels, whatever the image size and zoom (nothing is rescaled per frame).
 *
 * The pixels may be a reduced preview of the photo (setImage() with the full size): the item is
 * still as large as the full image in scene units, so regions drawn on the preview sit where they
 * will on the full image, and the full pixels replace the preview's when they arrive.
 *
 * With the environment variable PROVENA_REPORT_FIRST_PAINT set, the first paint of a photo in
 * the process prints "provena: first paint EPOCH_MS" on stderr (scripts/launch-to-photo.sh).
 */
class ImageItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    static constexpr int kTileSize = 512;

    explicit ImageItem(QGraphicsItem *parent = nullptr);

    /**
     * Replaces the image (builds the tiles and lower levels; GUI thread only). `imageSize` is
     * the full image's size in scene units when `image` is a reduced copy of it; empty means
     * image.size().
     */
    void setImage(const QImage &image, const QSize &imageSize = QSize());
    /** The full image's size: the item's extent in scene units. */
    QSize imageSize() const { return mSize; }
    /** The pixels held at the finest level: imageSize() unless a preview is shown. */
    QSize pixelSize() const { return mLevels.isEmpty() ? QSize() : mLevels.constFirst().size; }
    /** True while the pixels are a reduced copy (fewer than imageSize()). */
    bool isPreview() const { return !mLevels.isEmpty() && pixelSize().width() < mSize.width(); }
    int levelCount() const { return int(mLevels.size()); }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Level
    {
        double scale = 1; ///< level pixels per image pixel
        QSize size;
        int columns = 0;
        QList<QPixmap> tiles; ///< row-major
    };
    static Level makeLevel(const QImage &image, double scale);

    QList<Level> mLevels;
    QSize mSize;
    bool mReportFirstPaint = false;
};

} // namespace provena
