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
 */
class ImageItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    static constexpr int kTileSize = 512;

    explicit ImageItem(QGraphicsItem *parent = nullptr);

    /** Replaces the image (builds the tiles and lower levels; GUI thread only). */
    void setImage(const QImage &image);
    QSize imageSize() const { return mSize; }
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
};

} // namespace provena
