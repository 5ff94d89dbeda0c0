// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QString>
#include <QtGlobal>

namespace provena {

/**
 * What an image file's header says, read without decoding the pixels.
 *
 * `size` is what people see: the stored size with the EXIF orientation applied, so a portrait
 * photo stored as 300x200 with orientation 6 has `size` 200x300. Region coordinates, previews
 * and decoded images all use this displayed size.
 */
struct ImageInfo
{
    QString path; ///< the file as given to ImageDecoder::probe()
    QSize size; ///< displayed size in pixels, after EXIF orientation
    QSize storedSize; ///< size as encoded in the file
    int orientation = 1; ///< EXIF orientation 1–8; 1 when the file has none
    QString format; ///< lower-case format name from the content, e.g. "jpeg", "png"
    qint64 fileSize = 0; ///< bytes on disk

    /** True for orientations 5–8, where width and height swap for display. */
    bool isTransposed() const { return orientation >= 5 && orientation <= 8; }
    /**
     * True when a reduced decode (DecodeOptions::reduceFactor, ImageDecoder::preview) is much
     * cheaper than the full one: JPEG, through libjpeg's DCT scaling. Other formats decode the
     * whole image and shrink it after, so a preview before the full image would decode it twice.
     */
    bool hasFastReducedDecode() const { return format == QLatin1String("jpeg"); }
    /** Pixels the full decode will allocate (width × height, stored size). */
    qint64 pixelCount() const { return qint64(storedSize.width()) * storedSize.height(); }
};

} // namespace provena
