// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace provena {

/**
 * The thumbnail a camera embeds in an image's EXIF data (IFD1), read with Exiv2, for the canvas's
 * first frame (ImageLoadingService::setEmbeddedThumbnailSource). MetadataReader reads the same
 * bytes along with everything else; this reads only the thumbnail, and only the part of the file
 * Exiv2 parses for it.
 *
 * Reentrant: may run on worker threads (Exiv2 is initialised once, as MetadataReader does).
 * Never throws.
 */
class ExifThumbnailReader
{
    Q_DECLARE_TR_FUNCTIONS(ExifThumbnailReader)

public:
    /**
     * The thumbnail as an image file in memory (JPEG as cameras write it; Exiv2 wraps the rare
     * uncompressed one as a TIFF). An Error naming the file when it cannot be opened, is not an
     * image Exiv2 knows, or has no thumbnail (or one larger than
     * ImageMetadata::kMaxThumbnailBytes, which no camera writes).
     *
     * The file is read whole (as MetadataReader does), not memory-mapped: a mapped file another
     * program shortens would crash the process.
     */
    [[nodiscard]] static Result<QByteArray> read(const QString &imagePath);

    /** As read(), for an image already in memory; `nameForErrors` names it in messages. */
    [[nodiscard]] static Result<QByteArray> readBytes(const QByteArray &imageBytes,
                                                      const QString &nameForErrors);
};

} // namespace provena
