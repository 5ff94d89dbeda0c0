// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "media/imageforensics.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRect>

namespace provena {

/** Two areas of one image that look copied one onto the other, in the image's pixels. */
struct CopyMoveMatch
{
    QRect source;
    QRect target;
    /** Keypoint pairs that agree on the transform (RANSAC inliers). */
    int support = 0;
    /** Target ≈ source moved by this (the translation part of the fitted transform). */
    QPointF offset;
};

/**
 * Finds cloned areas (copy-move forgery): SIFT keypoints of the image matched against
 * themselves, pairs closer than a minimum distance dropped, the rest grouped by RANSAC-fitted
 * similarity transforms (a moved, possibly rotated or scaled copy), and each group with enough
 * support reported as a pair of areas, grown from the keypoints to where the two areas agree
 * pixel by pixel.
 *
 * An aid: a match says two areas are alike, not that either was forged (repeating patterns such
 * as windows or tiles match too). Reentrant; run it on a worker thread.
 */
class CopyMoveDetector
{
    Q_DECLARE_TR_FUNCTIONS(CopyMoveDetector)

public:
    struct Options
    {
        /** The image is analysed at most this large (longer side); rects come back full size. */
        int maxSide = 1600;
        /** Matched keypoints closer than this (analysed pixels) are the same area, not a copy. */
        double minDistance = 24;
        /** Lowe's ratio: best other match over the next one. */
        double ratio = 0.6;
        /** Inliers a transform needs to be reported. */
        int minSupport = 8;
        /** At most this many pairs of areas. */
        int maxMatches = 8;
    };

    [[nodiscard]] static Result<QList<CopyMoveMatch>>
    detect(const QImage &image, const Options &options, const CancelCheck &cancel = {});
    [[nodiscard]] static Result<QList<CopyMoveMatch>> detect(const QImage &image)
    {
        return detect(image, Options {});
    }

    /**
     * 'canvas' (the photo, or a transparent image of its size for an overlay) with each match's
     * source outlined in cyan, its target in magenta and a line between their centres.
     */
    static QImage drawMatches(const QImage &canvas, const QList<CopyMoveMatch> &matches);
};

} // namespace provena
