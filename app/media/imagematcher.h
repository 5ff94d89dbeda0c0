// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTransform>
#include <QtGlobal>

#include <memory>

namespace provena {

/**
 * How image B relates to image A, found by ImageMatcher. All geometry is in full-resolution
 * pixels of the displayed (EXIF-oriented) images, with continuous coordinates: (0, 0) is the
 * top-left corner of the first pixel, (width, height) the bottom-right corner of the last.
 */
struct ImageMatch
{
    QString pathA;
    QString pathB;
    QSize sizeA; ///< A's displayed size
    QSize sizeB; ///< B's displayed size
    QByteArray sha256A; ///< hex; empty when matched from decoded images (matchImages)
    QByteArray sha256B;
    quint64 dHashA = 0; ///< PerceptualHash of A
    quint64 dHashB = 0;
    quint64 dHashBMirrored = 0; ///< PerceptualHash of B flipped left to right
    int distance = 0; ///< Hamming distance of dHashA and dHashB
    int mirroredDistance = 0; ///< Hamming distance of dHashA and dHashBMirrored

    /**
     * Maps a point of B to the same point of A: a similarity (rotation, uniform scale,
     * translation), composed with a left-right flip of B when `mirrored`.
     */
    QTransform transform;
    /** B's pixel size relative to A's: 0.5 when B shows the picture at half A's resolution. */
    double scale = 1.0;
    double rotationDegrees = 0.0; ///< B's content turned clockwise by this, as displayed in A
    bool mirrored = false; ///< B is A flipped left to right
    /** Where B's rectangle lies in A (bounding box of B's corners mapped through `transform`). */
    QRectF rectInA;
    int inliers = 0; ///< feature matches consistent with `transform`
    int matches = 0; ///< feature matches that passed the ratio test
    /**
     * The features agree on one alignment (at least MatchOptions::minInliers inliers). When
     * false only the hashes, sizes and counts above are meaningful.
     */
    bool samePicture = false;

    /** Why the images are taken for different pictures; for people, naming both files. */
    QString noMatchMessage() const;

    bool identical() const { return !sha256A.isEmpty() && sha256A == sha256B; }
    /** B shows less of the picture than A (more than 1 % of a side cut away). */
    bool cropped() const;
    /** B shows more than A: A is a crop of B. */
    bool extended() const;
    /** B's resolution differs from A's by more than 2 %. */
    bool scaled() const;
    /** B is turned by more than half a degree. */
    bool rotated() const;
    /**
     * One word for the relation, most telling first, for machines: "identical", "mirrored",
     * "cropped", "extended", "rotated", "scaled", "re-encoded" (same picture, other bytes), or
     * "same-picture" when the files were not hashed.
     */
    QString relation() const;
    /** All that apply, in the order of relation(): {"cropped", "scaled"}. */
    QStringList relations() const;
};

/** What ImageMatcher decodes and how strict it is. */
struct MatchOptions
{
    /** Images are matched at this longer side (reduced decode); geometry is mapped back. */
    int workingSide = 1024;
    /** Fewer RANSAC inliers than this means the images do not show the same picture. */
    int minInliers = 15;
    /** Hash files with SHA-256 (match()); find-versions reads the hash from its index. */
    bool hashFiles = true;
};

/**
 * Finds whether two images show the same photo and how one maps onto the other: SHA-256,
 * perceptual hashes (also of B mirrored), then SIFT features on reduced decodes, Lowe's ratio
 * test and a RANSAC similarity (OpenCV estimateAffinePartial2D), tried on B and on B mirrored. A
 * similarity, not a full homography: crops, scales and small rotations of a photo are exactly
 * that, and four fewer degrees of freedom keep RANSAC well conditioned when few matches survive.
 *
 * An ImageMatcher holds image A's decoded features, so matching one image against many
 * (find-versions) extracts A's features once. Slow (tenths of a second per image): call it off
 * the GUI thread. One instance must not be used from two threads at once; the static functions
 * are reentrant. Never throws.
 */
class ImageMatcher
{
    Q_DECLARE_TR_FUNCTIONS(ImageMatcher)

public:
    /** Decodes A and extracts its features; check error() before matching. */
    explicit ImageMatcher(const QString &pathA, const MatchOptions &options = {});
    /** The same from an image already decoded (pathA only names it in messages). */
    ImageMatcher(const QImage &imageA, const QString &nameA, const MatchOptions &options = {});
    ~ImageMatcher();
    ImageMatcher(const ImageMatcher &) = delete;
    ImageMatcher &operator=(const ImageMatcher &) = delete;

    /** Why A could not be prepared (unreadable, not an image); empty message when it could. */
    const Error &error() const;
    bool isValid() const;

    /**
     * Compares B with A: hashes always, the geometry when ImageMatch::samePicture. Error only
     * when B (or A) cannot be read.
     */
    [[nodiscard]] Result<ImageMatch> compareFile(const QString &pathB) const;
    [[nodiscard]] Result<ImageMatch> compareImage(const QImage &imageB, const QString &nameB) const;

    /**
     * As compare…(), but images that do not show the same picture are an Error too (fewer
     * inliers than MatchOptions::minInliers: noMatchMessage(), saying how many were found).
     */
    [[nodiscard]] Result<ImageMatch> matchFile(const QString &pathB) const;
    [[nodiscard]] Result<ImageMatch> matchImage(const QImage &imageB, const QString &nameB) const;

    /** One-off: ImageMatcher(pathA).matchFile(pathB). */
    [[nodiscard]] static Result<ImageMatch> match(const QString &pathA, const QString &pathB,
                                                  const MatchOptions &options = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace provena
