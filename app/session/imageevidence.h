// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "core/model/metadataevidence.h"

#include <QString>

namespace provena {

/**
 * The provenance evidence of one local image: what MetadataReader finds in its EXIF, IPTC and XMP
 * (and its XMP sidecar), plus the thumbnail check that needs pixels (app/media compares a small
 * perceptual hash of the embedded EXIF thumbnail with the main image's). Used by the GUI (on a
 * worker thread: reentrant, no UI) and provena-cli alike.
 */
class ImageEvidence
{
public:
    /**
     * Reads `imagePath`. An Error only when nothing could be read (no such file, not a regular
     * file, not an image); damaged metadata gives what could be read plus warnings.
     */
    [[nodiscard]] static Result<MetadataEvidence> read(const QString &imagePath);
};

} // namespace provena
