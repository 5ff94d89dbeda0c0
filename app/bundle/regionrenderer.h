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
    int maxSide = 2048; ///< the rendering's longer side at most (the photo is never enlarged)
    int cropMaxSide = 1024; ///< a crop's longer side at most
    bool crops = true; ///< also a crop per region
    int jpegQuality = 90;
};

/** One image of an article drawn for a bundle. */
struct ImageRendering
{
    QImage rendering; ///< the photo with every region outlined, numbered and labelled, and a legend
    QHash<QUuid, QImage> crops; ///< per region: its bounding box (with a small margin)
    QSize displayedSize; ///< the full image's size the regions refer to
};

/**
 * Draws an image's regions for people who will not open Provena: outlines in the label's
 * colour, a number per region (its position in the article's region list for this image),
 * the label and entity name, and a legend below the photo listing number, label, entity and
 * note. Uses QPainter on QImage (no widgets, works headless); text in the system's fonts
 * (Hangul and Cyrillic need a font that covers them: fonts-noto-cjk, DejaVu).
 *
 * Reentrant: may run on worker threads, one image per call.
 */
class RegionRenderer
{
    Q_DECLARE_TR_FUNCTIONS(RegionRenderer)

public:
    /**
     * Decodes `imagePath` (ImageDecoder, reduced for the rendering; crops from as much
     * resolution as they need, never more than the file has) and draws `regions` (those of
     * this image, in order). Regions refer to the displayed (EXIF-oriented) full-size image.
     */
    [[nodiscard]] static Result<ImageRendering>
    renderFile(const QString &imagePath, const QList<Region> &regions,
               const LabelTaxonomy &labels, const RenderOptions &options = {});

    /** Draws on an image already decoded at `image.size()`, showing a photo of `fullSize`. */
    static QImage render(const QImage &image, QSize fullSize, const QList<Region> &regions,
                         const LabelTaxonomy &labels, const RenderOptions &options = {});
    static QImage crop(const QImage &image, QSize fullSize, const Region &region,
                       int maxSide = 1024);

    /** JPEG bytes of `image` (Qt's writer; the same image gives the same bytes). */
    [[nodiscard]] static Result<QByteArray> encodeJpeg(const QImage &image, int quality = 90);
};

} // namespace provena
