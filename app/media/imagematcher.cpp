// SPDX-License-Identifier: MIT
#include "media/imagematcher.h"

#include "media/cvbridge_p.h"
#include "media/imagedecoder.h"
#include "media/imagehasher.h"
#include "media/perceptualhash.h"

#include <QStringList>

#include <opencv2/calib3d.hpp>
#include <opencv2/core.hpp>
#include <opencv2/features2d.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <exception>
#include <new>
#include <numbers>
#include <vector>

namespace provena {

namespace {

/** Lowe's ratio: a match counts when it is clearly better than the second best. */
constexpr float kRatio = 0.75F;
/** SIFT keypoints kept per image; enough for a crop showing a quarter of the picture. */
constexpr int kMaxFeatures = 3000;
/** The largest ratio of working scales taken for a real alignment. */
constexpr double kMaxScaleRatio = 50.0;
/** RANSAC inlier distance, in working (reduced) pixels. */
constexpr double kRansacThreshold = 3.0;

/** One image ready to match: its features at working size and how to map them to full size. */
struct Features
{
    QSize fullSize;
    QSize workingSize;
    std::vector<cv::KeyPoint> keypoints;
    cv::Mat descriptors;
};

/** `image` reduced to at most `side` pixels on its longer side, as Format_Grayscale8. */
QImage workingGrey(const QImage &image, int side)
{
    QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    if (std::max(grey.width(), grey.height()) > side)
        grey = grey.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return grey;
}

Features extract(const QImage &grey, QSize fullSize)
{
    Features features;
    features.fullSize = fullSize;
    features.workingSize = grey.size();
    const cv::Ptr<cv::SIFT> sift = cv::SIFT::create(kMaxFeatures);
    sift->detectAndCompute(detail::constMatView(grey), cv::noArray(), features.keypoints,
                           features.descriptors);
    return features;
}

/** Column-vector 3×3 (x' = H·x) to QTransform, which uses row vectors. */
QTransform toQTransform(const cv::Matx33d &h)
{
    return QTransform(h(0, 0), h(1, 0), h(2, 0), h(0, 1), h(1, 1), h(2, 1), h(0, 2), h(1, 2),
                      h(2, 2));
}

cv::Matx33d scaling(double sx, double sy)
{
    return {sx, 0, 0, 0, sy, 0, 0, 0, 1};
}

/** The geometry found by one RANSAC run: B's working pixels to A's working pixels. */
struct Alignment
{
    cv::Matx33d similarity = cv::Matx33d::eye();
    int inliers = 0;
    int matches = 0;
};

Alignment align(const Features &a, const Features &b)
{
    Alignment alignment;
    if (a.descriptors.rows < 2 || b.descriptors.rows < 2)
        return alignment;
    cv::BFMatcher matcher(cv::NORM_L2);
    std::vector<std::vector<cv::DMatch>> knn;
    matcher.knnMatch(b.descriptors, a.descriptors, knn, 2);
    // One match per keypoint of A (the closest): many of B's points on one of A's would let
    // RANSAC count a collapsed transform (scale near 0) as well supported.
    std::vector<const cv::DMatch *> bestForA(size_t(a.descriptors.rows), nullptr);
    for (const std::vector<cv::DMatch> &pair : knn) {
        if (pair.size() < 2 || pair[0].distance >= kRatio * pair[1].distance)
            continue;
        const cv::DMatch *&best = bestForA[size_t(pair[0].trainIdx)];
        if (best == nullptr || pair[0].distance < best->distance)
            best = &pair[0];
    }
    std::vector<cv::Point2f> pointsB;
    std::vector<cv::Point2f> pointsA;
    for (const cv::DMatch *match : bestForA) {
        if (match == nullptr)
            continue;
        // +0.5: keypoints are pixel indices; the geometry uses pixel edges, so scaling is exact.
        pointsB.push_back(b.keypoints[size_t(match->queryIdx)].pt + cv::Point2f(0.5F, 0.5F));
        pointsA.push_back(a.keypoints[size_t(match->trainIdx)].pt + cv::Point2f(0.5F, 0.5F));
    }
    alignment.matches = int(pointsA.size());
    if (pointsA.size() < 3)
        return alignment;
    std::vector<uchar> inlierMask;
    const cv::Mat m = cv::estimateAffinePartial2D(pointsB, pointsA, inlierMask, cv::RANSAC,
                                                  kRansacThreshold, 5000, 0.999, 20);
    if (m.empty())
        return alignment;
    // A version is at most 50 times smaller or larger than the other at working size; beyond
    // that the "alignment" is RANSAC fitting noise.
    const double scale = std::hypot(m.at<double>(0, 0), m.at<double>(1, 0));
    if (!(scale > 1.0 / kMaxScaleRatio && scale < kMaxScaleRatio))
        return alignment;
    alignment.inliers = cv::countNonZero(inlierMask);
    alignment.similarity
        = cv::Matx33d(m.at<double>(0, 0), m.at<double>(0, 1), m.at<double>(0, 2),
                      m.at<double>(1, 0), m.at<double>(1, 1), m.at<double>(1, 2), 0, 0, 1);
    return alignment;
}

QImage mirroredImage(const QImage &image)
{
    return image.mirrored(true, false);
}

} // namespace

struct ImageMatcher::Private
{
    MatchOptions options;
    Error error;
    QString pathA;
    QByteArray sha256A;
    quint64 dHashA = 0;
    Features featuresA;

    /** Decodes `path` reduced and its full displayed size; Error when unreadable. */
    static Result<QImage> decodeWorking(const QString &path, int side, QSize *fullSize)
    {
        const Result<ImageInfo> info = ImageDecoder::probe(path);
        if (!info)
            return info.error();
        DecodeOptions decode;
        decode.maxSide = side;
        const Result<QImage> image = ImageDecoder::decode(path, decode);
        if (!image)
            return image.error();
        *fullSize = info->size;
        return image.value();
    }

    void prepare(const QImage &working, QSize fullSize)
    {
        dHashA = PerceptualHash::ofImage(working);
        featuresA = extract(workingGrey(working, options.workingSide), fullSize);
    }

    Result<ImageMatch> matchWorking(const QImage &workingB, QSize fullSizeB, const QString &pathB,
                                    const QByteArray &sha256B) const;
};

ImageMatcher::ImageMatcher(const QString &pathA, const MatchOptions &options)
    : d(std::make_unique<Private>())
{
    d->options = options;
    d->pathA = pathA;
    try {
        QSize fullSize;
        const Result<QImage> image = Private::decodeWorking(pathA, options.workingSide, &fullSize);
        if (!image) {
            d->error = image.error();
            return;
        }
        if (options.hashFiles) {
            const Result<QByteArray> sha = ImageHasher::sha256File(pathA);
            if (!sha) {
                d->error = sha.error();
                return;
            }
            d->sha256A = sha.value();
        }
        d->prepare(image.value(), fullSize);
    } catch (const std::exception &e) { // cv::Exception, bad_alloc
        d->error = Error {tr("Could not find the features of %1.").arg(pathA),
                          QString::fromLocal8Bit(e.what()), pathA};
    }
}

ImageMatcher::ImageMatcher(const QImage &imageA, const QString &nameA, const MatchOptions &options)
    : d(std::make_unique<Private>())
{
    d->options = options;
    d->pathA = nameA;
    if (imageA.isNull()) {
        d->error = Error {tr("%1 is not an image.").arg(nameA), {}, nameA};
        return;
    }
    try {
        d->prepare(workingGrey(imageA, options.workingSide), imageA.size());
    } catch (const std::exception &e) {
        d->error = Error {tr("Could not find the features of %1.").arg(nameA),
                          QString::fromLocal8Bit(e.what()), nameA};
    }
}

ImageMatcher::~ImageMatcher() = default;

const Error &ImageMatcher::error() const
{
    return d->error;
}

bool ImageMatcher::isValid() const
{
    return d->error.message.isEmpty();
}

Result<ImageMatch> ImageMatcher::compareFile(const QString &pathB) const
{
    if (!isValid())
        return d->error;
    try {
        QSize fullSize;
        const Result<QImage> image
            = Private::decodeWorking(pathB, d->options.workingSide, &fullSize);
        if (!image)
            return image.error();
        QByteArray sha;
        if (d->options.hashFiles) {
            const Result<QByteArray> hashed = ImageHasher::sha256File(pathB);
            if (!hashed)
                return hashed.error();
            sha = hashed.value();
        }
        return d->matchWorking(image.value(), fullSize, pathB, sha);
    } catch (const std::exception &e) {
        return Error {tr("Could not match %1 with %2.").arg(pathB, d->pathA),
                      QString::fromLocal8Bit(e.what()), pathB};
    }
}

Result<ImageMatch> ImageMatcher::compareImage(const QImage &imageB, const QString &nameB) const
{
    if (!isValid())
        return d->error;
    if (imageB.isNull())
        return Error {tr("%1 is not an image.").arg(nameB), {}, nameB};
    try {
        return d->matchWorking(workingGrey(imageB, d->options.workingSide), imageB.size(), nameB,
                               {});
    } catch (const std::exception &e) {
        return Error {tr("Could not match %1 with %2.").arg(nameB, d->pathA),
                      QString::fromLocal8Bit(e.what()), nameB};
    }
}

Result<ImageMatch> ImageMatcher::Private::matchWorking(const QImage &workingB, QSize fullSizeB,
                                                       const QString &pathB,
                                                       const QByteArray &sha256B) const
{
    ImageMatch match;
    match.pathA = pathA;
    match.pathB = pathB;
    match.sizeA = featuresA.fullSize;
    match.sizeB = fullSizeB;
    match.sha256A = sha256A;
    match.sha256B = sha256B;
    match.dHashA = dHashA;
    match.dHashB = PerceptualHash::ofImage(workingB);
    match.dHashBMirrored = PerceptualHash::ofImageMirrored(workingB);
    match.distance = PerceptualHash::distance(dHashA, match.dHashB);
    match.mirroredDistance = PerceptualHash::distance(dHashA, match.dHashBMirrored);

    const QImage greyB = workingGrey(workingB, options.workingSide);
    // The mirrored pass costs a second feature extraction: try first what the hashes suggest.
    const bool mirroredFirst = match.mirroredDistance + 8 < match.distance;
    Alignment best;
    bool bestMirrored = false;
    for (const bool mirrored : {mirroredFirst, !mirroredFirst}) {
        const Features featuresB = extract(mirrored ? mirroredImage(greyB) : greyB, fullSizeB);
        const Alignment alignment = align(featuresA, featuresB);
        if (alignment.inliers > best.inliers) {
            best = alignment;
            bestMirrored = mirrored;
        }
        if (best.inliers >= options.minInliers)
            break;
    }
    match.inliers = best.inliers;
    match.matches = best.matches;
    if (best.inliers < options.minInliers)
        return match;
    match.samePicture = true;

    // Full-size B → working B (→ flipped) → working A (similarity) → full-size A.
    const QSize workingA = featuresA.workingSize;
    const QSize workingSizeB = greyB.size();
    const cv::Matx33d toWorkingB = scaling(double(workingSizeB.width()) / fullSizeB.width(),
                                           double(workingSizeB.height()) / fullSizeB.height());
    const cv::Matx33d flip = bestMirrored
        ? cv::Matx33d(-1, 0, workingSizeB.width(), 0, 1, 0, 0, 0, 1)
        : cv::Matx33d::eye();
    const cv::Matx33d toFullA = scaling(double(featuresA.fullSize.width()) / workingA.width(),
                                        double(featuresA.fullSize.height()) / workingA.height());
    const cv::Matx33d full = toFullA * best.similarity * flip * toWorkingB;
    match.transform = toQTransform(full);
    match.mirrored = bestMirrored;
    const double a = best.similarity(0, 0);
    const double b = best.similarity(1, 0);
    const double linearScale
        = std::sqrt(std::abs(full(0, 0) * full(1, 1) - full(0, 1) * full(1, 0)));
    match.scale = linearScale > 0 ? 1.0 / linearScale : 0.0;
    match.rotationDegrees = std::atan2(b, a) * 180.0 / std::numbers::pi;
    match.rectInA = match.transform.mapRect(QRectF(QPointF(0, 0), QSizeF(fullSizeB)));
    return match;
}

namespace {

Result<ImageMatch> requireSamePicture(Result<ImageMatch> compared)
{
    if (compared.ok() && !compared->samePicture)
        return Error {compared->noMatchMessage(),
                      ImageMatcher::tr("%1 matches passed the ratio test, %2 agreed.")
                          .arg(compared->matches)
                          .arg(compared->inliers),
                      compared->pathB};
    return compared;
}

} // namespace

Result<ImageMatch> ImageMatcher::matchFile(const QString &pathB) const
{
    return requireSamePicture(compareFile(pathB));
}

Result<ImageMatch> ImageMatcher::matchImage(const QImage &imageB, const QString &nameB) const
{
    return requireSamePicture(compareImage(imageB, nameB));
}

Result<ImageMatch> ImageMatcher::match(const QString &pathA, const QString &pathB,
                                       const MatchOptions &options)
{
    const ImageMatcher matcher(pathA, options);
    return matcher.matchFile(pathB);
}

QString ImageMatch::noMatchMessage() const
{
    return ImageMatcher::tr("%1 and %2 do not show the same picture: only %n feature match(es) "
                            "agree on one alignment.",
                            nullptr, inliers)
        .arg(pathA, pathB);
}

bool ImageMatch::cropped() const
{
    const double dx = sizeA.width() * 0.01;
    const double dy = sizeA.height() * 0.01;
    return rectInA.left() > dx || rectInA.top() > dy || rectInA.right() < sizeA.width() - dx
        || rectInA.bottom() < sizeA.height() - dy;
}

bool ImageMatch::extended() const
{
    const double dx = sizeA.width() * 0.01;
    const double dy = sizeA.height() * 0.01;
    return rectInA.left() < -dx || rectInA.top() < -dy || rectInA.right() > sizeA.width() + dx
        || rectInA.bottom() > sizeA.height() + dy;
}

bool ImageMatch::scaled() const
{
    return std::abs(scale - 1.0) > 0.02;
}

bool ImageMatch::rotated() const
{
    return std::abs(rotationDegrees) > 0.5;
}

QStringList ImageMatch::relations() const
{
    if (identical())
        return {QStringLiteral("identical")};
    QStringList all;
    if (mirrored)
        all << QStringLiteral("mirrored");
    if (cropped())
        all << QStringLiteral("cropped");
    if (extended())
        all << QStringLiteral("extended");
    if (rotated())
        all << QStringLiteral("rotated");
    if (scaled())
        all << QStringLiteral("scaled");
    if (all.isEmpty())
        all << (sha256A.isEmpty() ? QStringLiteral("same-picture") : QStringLiteral("re-encoded"));
    return all;
}

QString ImageMatch::relation() const
{
    return relations().constFirst();
}

} // namespace provena
