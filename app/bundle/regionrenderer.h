// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "core/model/labeltaxonomy.h"
#include "core/model/region.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QUuid>

namespace provena {

struct RenderOptions
{
    int maxSide = 2048; ///< the photo's longer side in the rendering at most (never enlarged)
    int cropMaxSide = 1024; ///< a crop's longer side at most (never enlarged)
    bool crops = true; ///< also a crop per region
    int jpegQuality = 90;
};

/** One image of an article drawn for a bundle. */
struct ImageRendering
{
    QImage rendering; ///< the photo with every region outlined, numbered and labelled, and a legend
    /** Per region: its bounding box with a margin (docs/bundles.md). A region wholly outside
     *  the image has no crop. */
    QHash<QUuid, QImage> crops;
    QSize displayedSize; ///< the full image's size the regions refer to
    /** The size the file was decoded at: reduced when neither the rendering nor any crop needs
     *  the full resolution (RegionRenderer::renderFile decodes each image once). */
    QSize decodedSize;
};

/**
 * Draws an image's regions for people who will not open Provena: outlines in the label's
 * colour (a neutral grey for labels the taxonomy lacks) over a contrasting halo, a tag per
 * region with its number (its position in `regions`, 1-based), label and entity name, and a
 * legend below the photo listing number, colour, label, entity and note, in as many columns as
 * the width allows (docs/bundles.md, "Renderings and COCO"). Uses QPainter on QImage (no
 * widgets, works headless); text in the application's default font, antialiased, with the
 * system's fallback fonts (Hangul and Cyrillic need a font that covers them: fonts-noto-cjk,
 * DejaVu). Text needs a QGuiApplication (the offscreen platform is enough).
 *
 * Reentrant: may run on worker threads, one image per call; no shared state.
 */
class RegionRenderer
{
    Q_DECLARE_TR_FUNCTIONS(RegionRenderer)

public:
    /**
     * Decodes `imagePath` once (ImageDecoder) and draws `regions` (those of this image, in
     * order). The decode is the preview for the rendering when no crop needs more detail, else
     * a decode reduced only as far as the most demanding crop allows (the full image for a
     * small region), never more than the file has. Regions refer to the displayed
     * (EXIF-oriented) full-size image. An Error names the file: unreadable, not an image, bad
     * options, or no QGuiApplication.
     */
    [[nodiscard]] static Result<ImageRendering> renderFile(const QString &imagePath,
                                                           const QList<Region> &regions,
                                                           const LabelTaxonomy &labels,
                                                           const RenderOptions &options = {});

    /**
     * Draws on an image already decoded at `image.size()`, showing a photo of `fullSize`
     * (scaled down to options.maxSide first when larger). The canvas is at least 480 pixels
     * wide, the legend below the photo. Without a QGuiApplication only the outlines are drawn.
     * A null image (or no memory) gives a null image.
     */
    static QImage render(const QImage &image, QSize fullSize, const QList<Region> &regions,
                         const LabelTaxonomy &labels, const RenderOptions &options = {});
    /** The region's crop box (bounding box plus 10% a side, at least 32 px or 2% of the
     *  image, clamped to it) cut from `image`, fitted into `maxSide`; null when empty. */
    static QImage crop(const QImage &image, QSize fullSize, const Region &region,
                       int maxSide = 1024);

    /** JPEG bytes of `image` (Qt's writer, baseline, not optimised, 96 dpi, no comments: the
     *  same pixels give the same bytes). */
    [[nodiscard]] static Result<QByteArray> encodeJpeg(const QImage &image, int quality = 90);
};

} // namespace provena
