// SPDX-License-Identifier: MIT
// Private to app/bundle (and its tests): the arithmetic behind RegionRenderer, kept apart from
// the drawing so that crop boxes, the decode decision and the legend layout can be tested alone.
#pragma once

#include "bundle/regionrenderer.h"
#include "core/model/regiongeometry.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QRect>
#include <QRectF>
#include <QSize>

#include <algorithm>
#include <cmath>

namespace provena::detail {

/** A crop shows the region's bounding box plus this fraction of its width/height on each side. */
inline constexpr double kCropMargin = 0.10;
/** Points and thin lines have no extent: their crop covers at least this many full-size pixels
 *  (or 2% of the image's longer side, whichever is more), so there is something to see. */
inline constexpr double kMinCropSide = 32.0;
/** The legend lists at most this many regions (and says so): a hostile sidecar with 100 000
 *  regions on one image must not ask for a canvas of a million rows. */
inline constexpr int kMaxLegendEntries = 200;
/** Past this many tags, new ones are numbers drawn without looking for a free place (that
 *  search is quadratic in the number of tags). */
inline constexpr int kMaxPlacedTags = 300;

/**
 * `image` in `format` with only its pixels: no text keys (they would become JPEG comments or PNG
 * text chunks) and a fixed 96 dpi resolution (QImage sets it from the screen), so the same pixels
 * always encode to the same bytes. Renderings, crops and forensic views all encode through it.
 */
QImage deterministicEncodingInput(const QImage &image, QImage::Format format);

/** The colour of regions whose label is not in the taxonomy (or who have none). */
inline QColor neutralColour()
{
    return {0x9e, 0x9e, 0x9e};
}

/**
 * The part of the full-size (displayed) image a crop of `geometry` shows: its bounding box, at
 * least kMinCropSide wide and high, plus kCropMargin on each side, clamped to the image and
 * aligned to whole pixels. Empty when the region lies wholly outside the image.
 */
inline QRect cropBox(const RegionGeometry &geometry, QSize fullSize)
{
    const QRect image(QPoint(0, 0), fullSize);
    if (!geometry.isValid() || image.isEmpty())
        return {};
    QRectF box = geometry.boundingRect();
    const double minSide
        = std::max(kMinCropSide, 0.02 * std::max(fullSize.width(), fullSize.height()));
    if (box.width() < minSide) {
        const double grow = (minSide - box.width()) / 2;
        box.adjust(-grow, 0, grow, 0);
    }
    if (box.height() < minSide) {
        const double grow = (minSide - box.height()) / 2;
        box.adjust(0, -grow, 0, grow);
    }
    const double marginX = box.width() * kCropMargin;
    const double marginY = box.height() * kCropMargin;
    box.adjust(-marginX, -marginY, marginX, marginY);
    return box.toAlignedRect() & image;
}

/** How far an output of `outputSide` pixels shrinks a source of `sourceSide`, at most 1. */
inline double shrinkFactor(int sourceSide, int outputSide)
{
    if (sourceSide <= 0 || outputSide <= 0)
        return 1.0;
    return std::min(1.0, double(outputSide) / sourceSide);
}

/**
 * The largest scale (output pixels per full-size pixel, at most 1) any output of one image
 * needs: the rendering fitted into options.maxSide, and with options.crops each crop fitted
 * into options.cropMaxSide. A crop of a small region usually needs the full resolution.
 */
inline double neededScale(QSize fullSize, const QList<Region> &regions,
                          const RenderOptions &options)
{
    const int longest = std::max(fullSize.width(), fullSize.height());
    double needed = shrinkFactor(longest, options.maxSide);
    if (options.crops) {
        for (const Region &region : regions) {
            const QRect box = cropBox(region.geometry, fullSize);
            if (!box.isEmpty())
                needed = std::max(
                    needed, shrinkFactor(std::max(box.width(), box.height()), options.cropMaxSide));
        }
    }
    return needed;
}

/**
 * The JPEG reduce factor (1, 2, 4 or 8, DecodeOptions::reduceFactor) that still gives at least
 * `scale` of the full resolution: the largest f with 1/f >= scale.
 */
inline int reduceFactorFor(double scale)
{
    for (const int factor : {8, 4, 2}) {
        if (1.0 / factor >= scale)
            return factor;
    }
    return 1;
}

/** Black or white, whichever stands out against `colour` (for halos and text on tags). */
inline QColor contrastingColour(const QColor &colour)
{
    // Relative luminance (sRGB weights, without linearisation: good enough to pick a side).
    const double luminance
        = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

/** Sizes of everything drawn, derived from the canvas width so text stays legible. */
struct RenderStyle
{
    int fontPixels = 14; ///< text on tags and in the legend
    int lineWidth = 2; ///< region outlines
    int haloWidth = 4; ///< the contrasting line under the outline (wider)
    int padding = 8; ///< around the legend and inside tags
    int columnGap = 16; ///< between legend columns
    int minColumnWidth = 280; ///< a legend column is at least this wide

    static RenderStyle forCanvasWidth(int canvasWidth)
    {
        RenderStyle style;
        // About 90 characters' height across the canvas: 22 px text on a 2048 px rendering.
        style.fontPixels = std::clamp(int(std::lround(canvasWidth / 90.0)), 13, 28);
        style.lineWidth = std::max(2, int(std::lround(style.fontPixels / 6.0)));
        style.haloWidth = style.lineWidth + 2 * std::max(1, style.lineWidth / 3);
        style.padding = std::max(6, style.fontPixels / 2);
        style.columnGap = style.fontPixels;
        style.minColumnWidth = style.fontPixels * 20;
        return style;
    }
};

/** Where the legend's entries go: column-major, as many columns as fit the canvas. */
struct LegendLayout
{
    int columns = 1;
    int rows = 0;
    int columnWidth = 0;
    int entryHeight = 0; ///< one or two lines of text (two when any region has a note)
    int titleHeight = 0;
    int height = 0; ///< the whole panel below the photo

    /** The rectangle of entry `index` (0-based), relative to the panel's top-left corner. */
    QRect entryRect(int index, const RenderStyle &style) const
    {
        const int column = rows > 0 ? index / rows : 0;
        const int row = rows > 0 ? index % rows : 0;
        return {style.padding + column * (columnWidth + style.columnGap),
                style.padding + titleHeight + row * entryHeight, columnWidth, entryHeight};
    }

    static LegendLayout compute(int canvasWidth, int entries, bool withNotes, int lineHeight,
                                const RenderStyle &style)
    {
        LegendLayout layout;
        const int usable = std::max(1, canvasWidth - 2 * style.padding);
        layout.columns
            = std::max(1, (usable + style.columnGap) / (style.minColumnWidth + style.columnGap));
        layout.columns = std::clamp(layout.columns, 1, std::max(1, entries));
        layout.columnWidth = (usable - (layout.columns - 1) * style.columnGap) / layout.columns;
        layout.rows = (entries + layout.columns - 1) / layout.columns;
        layout.entryHeight = lineHeight * (withNotes ? 2 : 1) + style.padding / 2;
        layout.titleHeight = lineHeight + style.padding / 2;
        layout.height = 2 * style.padding + layout.titleHeight + layout.rows * layout.entryHeight;
        return layout;
    }
};

} // namespace provena::detail
