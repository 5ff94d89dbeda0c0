// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace provena {

/**
 * Refines a rough rectangle around an object to the object's outline with OpenCV's GrabCut:
 * everything outside the rectangle is taken as background, the colour models of object and
 * background are refined for kIterations rounds, and the largest connected foreground area
 * becomes a simplified polygon.
 *
 * GrabCut runs on a copy of the area around the rectangle scaled so its longer side is at most
 * kWorkSide pixels, which keeps it well under a second whatever the photo's size; the polygon
 * is mapped back to the image's pixels (so it is as precise as that scale allows).
 *
 * Reentrant, never throws; may run on worker threads.
 */
class OutlineSnap
{
    Q_DECLARE_TR_FUNCTIONS(OutlineSnap)

public:
    /** The longer side of the area GrabCut works on. */
    static constexpr int kWorkSide = 400;
    static constexpr int kIterations = 5;
    /** Context around the rectangle, as a fraction of its size, for the background model. */
    static constexpr double kMarginFraction = 0.15;

    /**
     * The outline of the object inside `rect` (image pixels) of `image`, as a polygon of at
     * least three vertices in image pixels. Error when the rectangle is empty or outside the
     * image, or when nothing inside it stands apart from its surroundings.
     */
    [[nodiscard]] static Result<QPolygonF> snapInImage(const QImage &image, const QRectF &rect,
                                                       const QString &nameForErrors);

    /**
     * As snapInImage() on the image file `path` (oriented as regions are), decoded only as
     * finely as the rectangle's size needs.
     */
    [[nodiscard]] static Result<QPolygonF> snap(const QString &path, const QRectF &rect);
};

} // namespace provena
