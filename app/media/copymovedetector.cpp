// SPDX-License-Identifier: MIT
#include "media/copymovedetector.h"

#include "media/forensicsupport_p.h"

#include <QPainter>
#include <QSet>

#include <opencv2/calib3d.hpp>
#include <opencv2/features2d.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <new>
#include <vector>

namespace provena {

namespace {

// Grey levels two copies may differ by and still count as the same pixels: room for the
// interpolation of a sub-pixel transform and for a JPEG save after the copy.
constexpr int kAgreeTolerance = 10;
constexpr int kMaxKeypoints = 4000;
constexpr double kRansacThreshold = 3.0;

Error detectFailed(const QString &detail)
{
    return Error {CopyMoveDetector::tr("Copy-move detection failed on this image."), detail, {}};
}

struct PointPair
{
    cv::Point2f source;
    cv::Point2f target;
};

// Orients a pair so that every pair of one translated copy points the same way.
PointPair oriented(cv::Point2f a, cv::Point2f b)
{
    const cv::Point2f d = b - a;
    if (std::abs(d.x) > 0.5f ? d.x < 0 : d.y < 0)
        std::swap(a, b);
    return {a, b};
}

std::vector<PointPair> selfMatches(const cv::Mat &grey, const CopyMoveDetector::Options &options)
{
    const cv::Ptr<cv::SIFT> sift = cv::SIFT::create(kMaxKeypoints);
    std::vector<cv::KeyPoint> keypoints;
    cv::Mat descriptors;
    sift->detectAndCompute(grey, cv::noArray(), keypoints, descriptors);
    if (keypoints.size() < 3)
        return {};
    cv::BFMatcher matcher(cv::NORM_L2);
    std::vector<std::vector<cv::DMatch>> knn;
    // k = 3: the first is usually the keypoint itself, and the ratio test needs two others.
    matcher.knnMatch(descriptors, descriptors, knn, 3);

    std::vector<PointPair> pairs;
    QSet<quint64> seen;
    const double minDistanceSquared = options.minDistance * options.minDistance;
    for (const std::vector<cv::DMatch> &candidates : knn) {
        std::vector<cv::DMatch> others;
        for (const cv::DMatch &m : candidates)
            if (m.trainIdx != m.queryIdx)
                others.push_back(m);
        if (others.size() < 2 || others[0].distance >= options.ratio * others[1].distance)
            continue;
        const int i = others[0].queryIdx;
        const int j = others[0].trainIdx;
        const cv::Point2f a = keypoints[size_t(i)].pt;
        const cv::Point2f b = keypoints[size_t(j)].pt;
        const cv::Point2f d = b - a;
        if (double(d.dot(d)) < minDistanceSquared)
            continue;
        const quint64 key = (quint64(std::min(i, j)) << 32) | quint64(std::max(i, j));
        if (seen.contains(key))
            continue;
        seen.insert(key);
        pairs.push_back(oriented(a, b));
    }
    return pairs;
}

cv::Rect boundingRectOf(const std::vector<cv::Point2f> &points)
{
    return cv::boundingRect(points);
}

// Grows the area around the inlier keypoints to where grey(p) and grey(M p) agree.
cv::Rect agreeingArea(const cv::Mat &grey, const cv::Mat &transform,
                      const std::vector<cv::Point2f> &sourcePoints)
{
    const cv::Rect keypointBox = boundingRectOf(sourcePoints);
    const int margin = std::max(16, std::max(keypointBox.width, keypointBox.height) * 3 / 10);
    const cv::Rect window
        = cv::Rect(keypointBox.x - margin, keypointBox.y - margin, keypointBox.width + 2 * margin,
                   keypointBox.height + 2 * margin)
        & cv::Rect(0, 0, grey.cols, grey.rows);

    cv::Mat moved;
    cv::warpAffine(grey, moved, transform, grey.size(), cv::INTER_LINEAR | cv::WARP_INVERSE_MAP);
    cv::Mat difference;
    cv::absdiff(grey(window), moved(window), difference);
    cv::Mat agree = difference <= kAgreeTolerance;
    // Random coincidences of texture are specks; a copied area is a solid block.
    cv::morphologyEx(agree, agree, cv::MORPH_OPEN,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)));
    cv::Mat labels;
    cv::Mat stats;
    cv::Mat centroids;
    const int count = cv::connectedComponentsWithStats(agree, labels, stats, centroids, 8);
    std::vector<int> votes(size_t(std::max(count, 1)), 0);
    for (const cv::Point2f &point : sourcePoints) {
        const cv::Point local(cvRound(point.x) - window.x, cvRound(point.y) - window.y);
        if (local.x >= 0 && local.y >= 0 && local.x < labels.cols && local.y < labels.rows)
            ++votes[size_t(labels.at<int>(local))];
    }
    votes[0] = 0;
    int best = 0; // 0 is the background: no component holds a keypoint
    for (int label = 1; label < count; ++label)
        if (votes[size_t(label)] > votes[size_t(best)])
            best = label;
    if (best == 0)
        return keypointBox;
    // The extent is where most of a row or column agrees: where both places happen to be flat
    // the pixels agree beyond the copy too, but only here and there.
    const cv::Mat component = labels == best;
    cv::Mat columnCounts;
    cv::Mat rowCounts;
    cv::reduce(component / 255, columnCounts, 0, cv::REDUCE_SUM, CV_32S);
    cv::reduce(component / 255, rowCounts, 1, cv::REDUCE_SUM, CV_32S);
    const auto extent = [](const cv::Mat &counts, int &first, int &last) {
        double peak = 0;
        cv::minMaxLoc(counts, nullptr, &peak);
        first = -1;
        last = -1;
        for (int i = 0; i < int(counts.total()); ++i) {
            if (counts.at<int>(i) * 2 >= peak) {
                if (first < 0)
                    first = i;
                last = i;
            }
        }
    };
    int left = 0;
    int right = 0;
    int top = 0;
    int bottom = 0;
    extent(columnCounts, left, right);
    extent(rowCounts, top, bottom);
    if (left < 0 || top < 0)
        return keypointBox;
    return cv::Rect(window.x + left, window.y + top, right - left + 1, bottom - top + 1);
}

QRect mappedRect(const cv::Rect &rect, const cv::Mat &transform)
{
    std::vector<cv::Point2f> corners {{float(rect.x), float(rect.y)},
                                      {float(rect.x + rect.width), float(rect.y)},
                                      {float(rect.x), float(rect.y + rect.height)},
                                      {float(rect.x + rect.width), float(rect.y + rect.height)}};
    std::vector<cv::Point2f> moved;
    cv::transform(corners, moved, transform);
    const cv::Rect box = cv::boundingRect(moved);
    return QRect(box.x, box.y, box.width, box.height);
}

QRect scaledRect(const QRect &rect, double factor, const QSize &bounds)
{
    const QRect scaled(int(std::lround(rect.x() * factor)), int(std::lround(rect.y() * factor)),
                       int(std::lround(rect.width() * factor)),
                       int(std::lround(rect.height() * factor)));
    return scaled & QRect(QPoint(0, 0), bounds);
}

} // namespace

Result<QList<CopyMoveMatch>> CopyMoveDetector::detect(const QImage &image, const Options &options,
                                                      const CancelCheck &cancel)
{
    if (image.isNull())
        return Error {tr("There is no image to analyse."), {}, {}};
    const auto isCancelled = [&] {
        return cancel && cancel();
    };
    try {
        cv::Mat grey;
        cv::cvtColor(detail::bgrFromImage(image), grey, cv::COLOR_BGR2GRAY);
        const int longer = std::max(grey.cols, grey.rows);
        const double scale = options.maxSide > 0 && longer > options.maxSide
            ? double(options.maxSide) / longer
            : 1.0;
        if (scale < 1.0)
            cv::resize(grey, grey, cv::Size(), scale, scale, cv::INTER_AREA);
        if (isCancelled())
            return ImageForensics::cancelledError();

        std::vector<PointPair> pairs = selfMatches(grey, options);
        if (isCancelled())
            return ImageForensics::cancelledError();

        cv::Mat smooth;
        cv::GaussianBlur(grey, smooth, cv::Size(3, 3), 0);
        QList<CopyMoveMatch> matches;
        while (int(pairs.size()) >= options.minSupport && matches.size() < options.maxMatches) {
            if (isCancelled())
                return ImageForensics::cancelledError();
            std::vector<cv::Point2f> from;
            std::vector<cv::Point2f> to;
            for (const PointPair &pair : pairs) {
                from.push_back(pair.source);
                to.push_back(pair.target);
            }
            std::vector<uchar> inlierMask;
            const cv::Mat transform = cv::estimateAffinePartial2D(from, to, inlierMask, cv::RANSAC,
                                                                  kRansacThreshold, 4000, 0.995);
            if (transform.empty())
                break;
            std::vector<cv::Point2f> inlierSources;
            std::vector<PointPair> rest;
            double shift = 0;
            for (size_t k = 0; k < pairs.size(); ++k) {
                if (inlierMask[k]) {
                    inlierSources.push_back(pairs[k].source);
                    shift += cv::norm(pairs[k].target - pairs[k].source);
                } else {
                    rest.push_back(pairs[k]);
                }
            }
            if (int(inlierSources.size()) < options.minSupport)
                break;
            pairs = std::move(rest);
            shift /= double(inlierSources.size());
            if (shift < options.minDistance)
                continue; // the transform maps an area onto itself: not a copy
            const cv::Rect source = agreeingArea(smooth, transform, inlierSources);
            CopyMoveMatch match;
            match.support = int(inlierSources.size());
            const double back = 1.0 / scale;
            match.source = scaledRect(QRect(source.x, source.y, source.width, source.height), back,
                                      image.size());
            match.target = scaledRect(mappedRect(source, transform), back, image.size());
            match.offset = QPointF(transform.at<double>(0, 2), transform.at<double>(1, 2)) * back;
            matches.append(match);
        }
        return matches;
    } catch (const cv::Exception &e) {
        return detectFailed(QString::fromStdString(e.what()));
    } catch (const std::bad_alloc &) {
        return Error {tr("Not enough memory for copy-move detection on this image."), {}, {}};
    } catch (const std::exception &e) {
        return detectFailed(QString::fromUtf8(e.what()));
    }
}

QImage CopyMoveDetector::drawMatches(const QImage &canvas, const QList<CopyMoveMatch> &matches)
{
    QImage result = canvas.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal width = std::max(2.0, std::max(result.width(), result.height()) / 400.0);
    for (const CopyMoveMatch &match : matches) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0, 220, 255), width));
        painter.drawRect(match.source);
        painter.setPen(QPen(QColor(255, 0, 200), width));
        painter.drawRect(match.target);
        painter.setPen(QPen(QColor(255, 255, 0), width / 2, Qt::DashLine));
        painter.drawLine(QRectF(match.source).center(), QRectF(match.target).center());
    }
    painter.end();
    return result;
}

} // namespace provena
