// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "metadata/imagemetadata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace provena {

/**
 * Reads EXIF, IPTC IIM and XMP from an image with Exiv2, and merges the image's XMP sidecar.
 *
 * Reentrant: read() may run on worker threads. Exiv2's XMP toolkit is initialised exactly once
 * (std::call_once: a second thread waits for the first) by whichever call reaches it first;
 * initialise() only does it early, e.g. on a worker at start-up. Never throws.
 */
class MetadataReader
{
    Q_DECLARE_TR_FUNCTIONS(MetadataReader)

public:
    /**
     * Reads the image's metadata. When `sidecarPathFor(imagePath)` exists it is merged:
     * its values win over the embedded ones (see ImageMetadata for the full order).
     * Errors: the image cannot be opened or is not an image format Exiv2 knows; or the sidecar
     * exists but is not valid XMP. The Error's detail holds Exiv2's message. Damaged metadata
     * in an image Exiv2 recognises (a truncated segment, a looping IFD) is not an error: what
     * was read before the damage is returned, and evidence.warnings says what was lost.
     *
     * The whole file is read into memory once (Exiv2 parses from a memory buffer, which keeps
     * non-ASCII paths working on every platform); about 1 ms for a 10 MB JPEG in the page cache.
     */
    [[nodiscard]] static Result<ImageMetadata> read(const QString &imagePath);

    /**
     * Reads the metadata of an image already in memory, as read() does for a file (read() reads
     * the file and its sidecar, then calls this). `nameForErrors` names the image in messages and
     * becomes ImageMetadata::imagePath. `xmpSidecar`, when given, is the content of the image's
     * XMP sidecar, merged as read() merges the sidecar file, and named
     * `sidecarPathFor(nameForErrors)`. Any bytes give a value or an Error, never an exception
     * (tests/fuzz/fuzz_metadatareader.cpp feeds it arbitrary ones).
     */
    [[nodiscard]] static Result<ImageMetadata>
    readBytes(const QByteArray &imageBytes, const QString &nameForErrors,
              const std::optional<QByteArray> &xmpSidecar = std::nullopt);

    /** "photo.jpg" → "photo.jpg.xmp" (the full file name plus ".xmp", as darktable names them). */
    static QString sidecarPathFor(const QString &imagePath);

    /** Initialises Exiv2 (XMP toolkit lock, log routing). Safe to call more than once. */
    static void initialise();
};

/** The version of the Exiv2 library loaded at run time ("0.27.6"), for Help › About. */
QString exiv2Version();

} // namespace provena
