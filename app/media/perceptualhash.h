// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QtGlobal>

namespace provena {

/**
 * A 64-bit difference hash (dHash) of a picture: the image is turned grey, uniform borders
 * (letterboxing, as in camera thumbnails of another aspect ratio) are trimmed, it is shrunk
 * with area averaging to 9×8, and each bit says whether a pixel is brighter than its right
 * neighbour. The same picture at another size, quality or slight colour change gives a hash a
 * few bits away; different pictures differ in about half of the 64 bits.
 *
 * Used to check that an embedded EXIF thumbnail shows the main image. Reentrant; never throws.
 */
class PerceptualHash
{
    Q_DECLARE_TR_FUNCTIONS(PerceptualHash)

public:
    /** Distances above this mean different pictures (measured: same picture 0–6, others 20+). */
    static constexpr int kDifferentAbove = 12;

    /** The hash of a decoded image; 0 for a null image. */
    static quint64 ofImage(const QImage &image);

    /**
     * The hash of the image flipped left to right, without copying it: a mirrored copy of a
     * photo (a common republishing edit) is about as close to this as a re-encode is to
     * ofImage(). 0 for a null image.
     */
    static quint64 ofImageMirrored(const QImage &image);

    /**
     * The hash of an encoded image (JPEG, PNG …), decoded reduced to at most 256 pixels a side.
     * `nameForErrors` names it in the Error when the bytes do not decode.
     */
    [[nodiscard]] static Result<quint64> ofEncoded(const QByteArray &bytes,
                                                   const QString &nameForErrors);

    /** Hamming distance: how many of the 64 bits differ (0 = same). */
    static int distance(quint64 a, quint64 b);
};

} // namespace provena
