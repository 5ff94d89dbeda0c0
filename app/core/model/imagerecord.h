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

    /** Why the file was not measured now. Unknown size is not a problem of its own: see below. */
    enum class Problem {
        None, ///< measured, or nothing to measure (a remote image not fetched, nothing recorded)
        Missing, ///< a local file was expected (the article or the sidecar says so) and is gone
        Unreadable, ///< there, but not a regular file (a folder, a FIFO…) or it cannot be read
        NotAnImage, ///< a regular file that does not probe as an image: not hashed
        OutsideFolder ///< outside the article's folder and not allowed: not read at all
    };
    Problem problem = Problem::None;
    QString problemPath; ///< the file the problem is about (absolute), when there is one
    QString problemDetail; ///< why, in one translated sentence (e.g. "… is a folder …")
    /**
     * The localPath the sidecar recorded (relative, '/'-separated), kept while the file cannot be
     * read now so that saving writes it again instead of dropping it.
     */
    QString keptLocalPath;

    /** Regions on an image of unknown size cannot be checked against its bounds. */
    bool sizeKnown() const { return pixelSize.isValid(); }

    friend bool operator==(const ImageRecord &, const ImageRecord &) = default;
};

} // namespace provena
