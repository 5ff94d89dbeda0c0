// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "core/model/region.h"

#include <QCoreApplication>
#include <QFuture>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

namespace provena {

/** One face the detector proposes; not a region until the analyst accepts it. */
struct FaceSuggestion
{
    QRectF rect; ///< in the full image's pixels, after EXIF orientation (as regions are)
    /**
     * How many raw detections (over scales, shifts and cascades) agreed on this face. Haar
     * cascades give no calibrated probability, so this is a vote count, not a confidence;
     * higher is surer. Frontal faces in a sharp photo typically get 10–50.
     */
    int votes = 0;
    bool profile = false; ///< found only by the profile cascade (plain or mirrored)

    friend bool operator==(const FaceSuggestion &, const FaceSuggestion &) = default;
};

/** The faces of one image and the size of the image they were found in. */
struct FaceDetection
{
    QSize imageSize; ///< the full image (oriented), the frame of every rect
    QList<FaceSuggestion> faces; ///< largest first
};

/**
 * Finds faces with the Haar cascades Debian's opencv-data ships (frontal "alt2" plus the
 * profile cascade on the image and on its mirror image). Debian 12 packages no model for
 * OpenCV's YuNet detector (FaceDetectorYN), so the cascades are the best a package
 * provides; nothing is downloaded.
 *
 * Detection runs on a reduced decode (longer side at most kDetectionSide), finds faces of at
 * least kMinFaceSide pixels at that scale and maps them back to full-image pixels. Overlapping
 * detections of the cascades are merged into one.
 *
 * All functions are reentrant and never throw; they may run on worker threads.
 */
class FaceDetector
{
    Q_DECLARE_TR_FUNCTIONS(FaceDetector)

public:
    /** The longer side of the image the cascades see. */
    static constexpr int kDetectionSide = 1280;
    /** The smallest face found, in pixels of the reduced image. */
    static constexpr int kMinFaceSide = 24;
    /**
     * Merged detections with fewer votes are dropped. Measured on the opencv-doc sample photos:
     * the faces in messi5.jpg and facereg.jpg got 23–43 votes, the false positives (a shoulder,
     * chessboard corners) 5–12.
     */
    static constexpr int kMinVotes = 16;
    /** Set to a folder holding the cascade XML files to use it before the packaged ones. */
    static constexpr const char *kCascadeDirVariable = "PROVENA_CASCADE_DIR";
    static constexpr const char *kFrontalCascade = "haarcascade_frontalface_alt2.xml";
    static constexpr const char *kProfileCascade = "haarcascade_profileface.xml";

    /**
     * Told the percentage done (0–100) between stages; return false to cancel. A stage (one
     * cascade over the image) is not interrupted, so cancelling takes effect after it.
     */
    using Progress = std::function<bool(int percent)>;

    /**
     * Folders searched for cascades: only $PROVENA_CASCADE_DIR when it is set, else the
     * opencv-data install folders (haarcascades under /usr/share/opencv4, /usr/local/share/opencv4
     * and /usr/share/opencv), in that order.
     */
    static QStringList cascadeSearchPath();

    /** The full path of cascade `fileName`, or an Error naming the folders searched. */
    [[nodiscard]] static Result<QString> locateCascade(const QString &fileName);

    /**
     * Decodes `path` reduced (ImageDecoder, so the pixel limit and orientation apply) and
     * finds faces. Errors: unreadable or corrupt image, missing cascade, cancelled.
     */
    [[nodiscard]] static Result<FaceDetection> detect(const QString &path,
                                                      const Progress &progress = {});

    /** Finds faces in an already decoded image; rects are in `image`'s pixels. */
    [[nodiscard]] static Result<FaceDetection>
    detectInImage(const QImage &image, const QString &nameForErrors, const Progress &progress = {});

    /**
     * detect() on a QtConcurrent worker. The future reports progress (0–100) and honours
     * cancel(); a cancelled future carries no result.
     */
    static QFuture<Result<FaceDetection>> detectAsync(const QString &path);

    /** The error a cancelled detection returns; also tells callers it was a cancel. */
    static bool isCancelled(const Error &error);

    /** A face overlapping a person region more than this (intersection over union) is known. */
    static constexpr double kKnownOverlap = 0.3;
    /** The label accepted faces get (LabelTaxonomy's built-in "person"). */
    static constexpr const char *kPersonLabel = "person";

    /**
     * The faces not yet annotated: those that no `person` region on image `imageIndex` of
     * `regions` overlaps (or mostly contains), so an accepted or hand-drawn face is not offered
     * again. The GUI and `provena-cli faces` both filter with this.
     */
    static QList<FaceSuggestion> notYetAnnotated(const QList<FaceSuggestion> &faces,
                                                 const QList<Region> &regions, int imageIndex);

    /**
     * The `person` rectangle region an accepted face becomes (fresh id, no author or dates:
     * AddRegionsCommand stamps those).
     */
    static Region personRegion(const FaceSuggestion &face, int imageIndex);
};

} // namespace provena
