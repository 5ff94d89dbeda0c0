// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "media/decodeoptions.h"
#include "media/imageinfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace provena {

/**
 * Reads image files into QImage with OpenCV, applying the EXIF orientation.
 *
 * All functions are reentrant and may run on worker threads (they share no state). They never
 * throw: OpenCV and allocation failures come back as an Error naming the file.
 *
 * Decoded images are Format_RGB32 (opaque; an alpha channel in the file is dropped), oriented
 * for display, so their size equals ImageInfo::size (or that size reduced).
 *
 * Formats: the header is read with QImageReader, so a file needs a Qt image plugin (JPEG, PNG,
 * GIF, BMP, PBM/PGM/PPM here; TIFF and WebP only with qt6-image-formats-plugins installed).
 * Pixels are decoded by OpenCV, except GIF/ICO/XBM/XPM, which OpenCV 4.6 cannot read and Qt
 * decodes (first frame of an animation).
 */
class ImageDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ImageDecoder)

public:
    /**
     * Reads the header only: sizes, orientation, format and file size. Fast (well under a
     * millisecond for a JPEG header already in the page cache) whatever the image size.
     */
    [[nodiscard]] static Result<ImageInfo> probe(const QString &path);

    /**
     * Decodes the file. The pixel limit is checked from the header before decoding; corrupt,
     * truncated (unless options.acceptTruncated) and non-image files give an Error.
     */
    [[nodiscard]] static Result<QImage> decode(const QString &path,
                                               const DecodeOptions &options = {});

    /**
     * Decodes an image already in memory, as decode() does a file (decode() refuses an oversized
     * header before reading the file, then calls this). `nameForErrors` names the image in
     * messages and becomes the Error's path. The pixel limit is checked from the header before
     * any pixel memory is allocated. Any bytes give an image or an Error, never an exception
     * (tests/fuzz/fuzz_imagedecoder.cpp feeds it arbitrary ones).
     */
    [[nodiscard]] static Result<QImage> decodeData(const QByteArray &bytes,
                                                   const QString &nameForErrors,
                                                   const DecodeOptions &options = {});

    /**
     * The longer side of the smallest reduced decode (the full image, 1/2, 1/4 or 1/8, rounded
     * up as libjpeg does) whose longer side is still at least `minSide`. Passed to preview() it
     * gives that reduction as decoded, with no resize after it. Equals the image's longer side
     * when no reduction is large enough.
     */
    [[nodiscard]] static int reducedSide(const ImageInfo &info, int minSide);

    /** A display copy whose longer side is at most maxSide (> 0), using reduced decoding. */
    [[nodiscard]] static Result<QImage> preview(const QString &path, int maxSide);

    /**
     * The first frame made of the thumbnail a camera embedded in the image's EXIF data
     * (`thumbnailBytes`, an image file in memory as ExifThumbnailReader gives it; typically a
     * 160 × 120 JPEG): decoded, cropped to the aspect ratio of `image` (cameras pad 3:2 photos to
     * a 4:3 thumbnail) and turned by its EXIF orientation, so that it can stand in for the image
     * stretched to `image.size`. `image` is the image's probe(); errors name `image.path`.
     */
    [[nodiscard]] static Result<QImage> embeddedThumbnail(const QByteArray &thumbnailBytes,
                                                          const ImageInfo &image);
};

/** The version of the OpenCV library loaded at run time ("4.6.0"), for Help › About. */
QString openCvVersion();

} // namespace provena
