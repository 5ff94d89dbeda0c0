// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QSize>
#include <QString>

namespace provena {

/**
 * What the document knows about one image of the article beyond the article's own reference:
 * the content hash and pixel size the annotations were made against.
 */
struct ImageRecord
{
    QString sha256; ///< lower-case hex of the local file, empty when not available
    QSize pixelSize; ///< as displayed (after EXIF orientation), invalid when unknown
    bool contentChanged = false; ///< the file's hash differs from the one in the sidecar
    QString recordedSha256; ///< the hash the sidecar recorded, when it differs
    QJsonObject extra; ///< unknown fields of this image's entry in the sidecar

    friend bool operator==(const ImageRecord &, const ImageRecord &) = default;
};

} // namespace provena
