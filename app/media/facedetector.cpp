// SPDX-License-Identifier: MIT
#include "media/facedetector.h"

#include "media/cvbridge_p.h"
#include "media/imagedecoder.h"

#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/qtconcurrentrun.h>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <map>
#include <new>
#include <string>
#include <vector>

namespace provena {

namespace {

/** Marks the cancel error, so callers can tell it from a failure without comparing text. */
const QString kCancelledDetail = QStringLiteral("cancelled");

/** Detections overlapping more than this (intersection over union) are one face. */
constexpr double kMergeOverlap = 0.3;
/** ... and so is a box lying mostly inside another (a profile box around a frontal one). */
constexpr double kMergeContained = 0.7;

struct RawFace
{
    cv::Rect rect;
    int votes = 0;
    bool profile = false;
};

Error cancelledError(const QString &path)
{
    return Error {
        FaceDetector::tr("Face detection in “%1” was cancelled.").arg(QFileInfo(path).fileName()),
        kCancelledDetail, path};
}

/**
 * Cascades are loaded once per thread and path: loading parses a large XML file (tens of
 * milliseconds), and CascadeClassifier::detectMultiScale is not const, so threads must not
 * share one.
 */
cv::CascadeClassifier *cascade(const QString &path)
{
    thread_local std::map<std::string, cv::CascadeClassifier> cache;
    const std::string key = QFile::encodeName(path).toStdString();
    if (auto it = cache.find(key); it != cache.end())
        return &it->second;
    cv::CascadeClassifier classifier;
    if (!classifier.load(key))
        return nullptr;
    return &cache.emplace(key, std::move(classifier)).first->second;
}

Result<cv::CascadeClassifier *> loadCascade(const char *fileName)
{
    const Result<QString> path = FaceDetector::locateCascade(QString::fromLatin1(fileName));
    if (!path)
        return path.error();
    if (cv::CascadeClassifier *c = cascade(path.value()))
        return c;
    return Error {FaceDetector::tr("The face detector file “%1” could not be read. Reinstall the "
                                   "opencv-data package.")
                      .arg(path.value()),
                  QStringLiteral("cv::CascadeClassifier::load failed"), path.value()};
}

std::vector<RawFace> run(cv::CascadeClassifier *classifier, const cv::Mat &grey, bool mirrored,
                         bool profile)
{
    std::vector<cv::Rect> rects;
    std::vector<int> votes;
    // minNeighbors 3 is OpenCV's default; the vote count then ranks what comes through.
    classifier->detectMultiScale(grey, rects, votes, 1.1, 3, 0,
                                 cv::Size(FaceDetector::kMinFaceSide, FaceDetector::kMinFaceSide));
    std::vector<RawFace> faces;
    faces.reserve(rects.size());
    for (size_t i = 0; i < rects.size(); ++i) {
        cv::Rect r = rects[i];
        if (mirrored)
            r.x = grey.cols - r.x - r.width;
        faces.push_back({r, i < votes.size() ? votes[i] : 1, profile});
    }
    return faces;
}

bool overlapsAsOne(const QRectF &a, const QRectF &b, double minIou)
{
    const QRectF overlap = a.intersected(b);
    const double inter = overlap.width() * overlap.height();
    if (overlap.isEmpty() || inter <= 0)
        return false;
    const double areaA = a.width() * a.height();
    const double areaB = b.width() * b.height();
    return inter / (areaA + areaB - inter) > minIou
        || inter / std::min(areaA, areaB) > kMergeContained;
}

bool sameFace(const cv::Rect &a, const cv::Rect &b)
{
    return overlapsAsOne(QRectF(a.x, a.y, a.width, a.height), QRectF(b.x, b.y, b.width, b.height),
                         kMergeOverlap);
}

/** Greedy merge, strongest first: a face keeps the box of its strongest detection. */
std::vector<RawFace> merge(std::vector<RawFace> faces)
{
    std::stable_sort(faces.begin(), faces.end(), [](const RawFace &a, const RawFace &b) {
        if (a.profile != b.profile)
            return !a.profile; // frontal boxes are tighter around the face
        return a.votes > b.votes;
    });
    std::vector<RawFace> merged;
    for (const RawFace &face : faces) {
        auto it = std::find_if(merged.begin(), merged.end(),
                               [&](const RawFace &m) { return sameFace(m.rect, face.rect); });
        if (it == merged.end()) {
            merged.push_back(face);
        } else {
            it->votes += face.votes;
            it->profile = it->profile && face.profile;
        }
    }
    return merged;
}

} // namespace

QStringList FaceDetector::cascadeSearchPath()
{
    // When set, the variable is the whole search path, so packagers and tests know exactly
    // which files are used.
    if (const QString own = qEnvironmentVariable(kCascadeDirVariable); !own.isEmpty())
        return {own};
    QStringList dirs;
    dirs << QStringLiteral("/usr/share/opencv4/haarcascades")
         << QStringLiteral("/usr/local/share/opencv4/haarcascades")
         << QStringLiteral("/usr/share/opencv/haarcascades");
    return dirs;
}

Result<QString> FaceDetector::locateCascade(const QString &fileName)
{
    const QStringList dirs = cascadeSearchPath();
    for (const QString &dir : dirs) {
        const QFileInfo candidate(QDir(dir), fileName);
        if (candidate.isFile() && candidate.isReadable())
            return candidate.absoluteFilePath();
    }
    return Error {tr("Face detection needs the file “%1”, which is not installed. Install the "
                     "opencv-data package, or set %2 to a folder holding it.")
                      .arg(fileName, QString::fromLatin1(kCascadeDirVariable)),
                  QStringLiteral("searched: %1").arg(dirs.join(QStringLiteral(", "))),
                  {}};
}

bool FaceDetector::isCancelled(const Error &error)
{
    return error.detail == kCancelledDetail;
}

Result<FaceDetection> FaceDetector::detectInImage(const QImage &image, const QString &nameForErrors,
                                                  const Progress &progress)
{
    const auto proceed = [&](int percent) {
        return !progress || progress(percent);
    };
    if (image.isNull()) {
        return Error {tr("There is no picture in “%1” to look for faces in.")
                          .arg(QFileInfo(nameForErrors).fileName()),
                      QStringLiteral("null image"), nameForErrors};
    }
    try {
        const Result<cv::CascadeClassifier *> frontal = loadCascade(kFrontalCascade);
        if (!frontal)
            return frontal.error();
        const Result<cv::CascadeClassifier *> profile = loadCascade(kProfileCascade);
        if (!profile)
            return profile.error();
        if (!proceed(15))
            return cancelledError(nameForErrors);

        const QImage bgra = image.convertToFormat(QImage::Format_RGB32);
        cv::Mat grey;
        cv::cvtColor(detail::constMatView(bgra), grey, cv::COLOR_BGRA2GRAY);
        // Cascades were trained on equalised faces; this also evens out dark press photos.
        cv::equalizeHist(grey, grey);

        std::vector<RawFace> raw = run(frontal.value(), grey, false, false);
        if (!proceed(45))
            return cancelledError(nameForErrors);
        // The profile cascade knows faces turned one way only: the mirror image finds the other.
        const std::vector<RawFace> right = run(profile.value(), grey, false, true);
        raw.insert(raw.end(), right.begin(), right.end());
        if (!proceed(70))
            return cancelledError(nameForErrors);
        cv::Mat mirrored;
        cv::flip(grey, mirrored, 1);
        const std::vector<RawFace> left = run(profile.value(), mirrored, true, true);
        raw.insert(raw.end(), left.begin(), left.end());
        if (!proceed(95))
            return cancelledError(nameForErrors);

        FaceDetection result;
        result.imageSize = image.size();
        for (const RawFace &face : merge(std::move(raw))) {
            if (face.votes < kMinVotes)
                continue;
            result.faces.append(
                {QRectF(face.rect.x, face.rect.y, face.rect.width, face.rect.height), face.votes,
                 face.profile});
        }
        std::stable_sort(result.faces.begin(), result.faces.end(),
                         [](const FaceSuggestion &a, const FaceSuggestion &b) {
                             return a.rect.width() * a.rect.height()
                                 > b.rect.width() * b.rect.height();
                         });
        proceed(100);
        return result;
    } catch (const cv::Exception &e) {
        return Error {tr("Face detection failed on “%1”.").arg(QFileInfo(nameForErrors).fileName()),
                      QString::fromStdString(e.what()), nameForErrors};
    } catch (const std::bad_alloc &) {
        return Error {tr("Not enough memory to look for faces in “%1”.")
                          .arg(QFileInfo(nameForErrors).fileName()),
                      QStringLiteral("std::bad_alloc"), nameForErrors};
    } catch (const std::exception &e) {
        return Error {tr("Face detection failed on “%1”.").arg(QFileInfo(nameForErrors).fileName()),
                      QString::fromUtf8(e.what()), nameForErrors};
    }
}

Result<FaceDetection> FaceDetector::detect(const QString &path, const Progress &progress)
{
    const Result<ImageInfo> info = ImageDecoder::probe(path);
    if (!info)
        return info.error();
    DecodeOptions options;
    options.maxSide = kDetectionSide;
    const Result<QImage> reduced = ImageDecoder::decode(path, options);
    if (!reduced)
        return reduced.error();
    if (progress && !progress(10))
        return cancelledError(path);

    Result<FaceDetection> found = detectInImage(reduced.value(), path, [&](int percent) {
        return !progress || progress(10 + percent * 9 / 10);
    });
    if (!found)
        return found;
    // Back to the full image's pixels: regions live there, whatever size was searched.
    const QSizeF full = info->size;
    const double sx = full.width() / reduced->width();
    const double sy = full.height() / reduced->height();
    for (FaceSuggestion &face : found->faces) {
        const QRectF &r = face.rect;
        // Whole pixels: the reduced image holds no finer position.
        face.rect = QRectF(QRectF(r.x() * sx, r.y() * sy, r.width() * sx, r.height() * sy)
                               .toRect()
                               .intersected(QRect(QPoint(0, 0), info->size)));
    }
    found->imageSize = info->size;
    return found;
}

QList<FaceSuggestion> FaceDetector::notYetAnnotated(const QList<FaceSuggestion> &faces,
                                                    const QList<Region> &regions, int imageIndex)
{
    QList<FaceSuggestion> fresh;
    for (const FaceSuggestion &face : faces) {
        const bool known = std::any_of(regions.begin(), regions.end(), [&](const Region &r) {
            return r.imageIndex == imageIndex && r.label == QLatin1String(kPersonLabel)
                && overlapsAsOne(face.rect, r.geometry.boundingRect(), kKnownOverlap);
        });
        if (!known)
            fresh.append(face);
    }
    return fresh;
}

Region FaceDetector::personRegion(const FaceSuggestion &face, int imageIndex)
{
    Region region;
    region.id = QUuid::createUuid();
    region.imageIndex = imageIndex;
    region.geometry = RegionGeometry::rectangle(face.rect);
    region.label = QLatin1String(kPersonLabel);
    return region;
}

QFuture<Result<FaceDetection>> FaceDetector::detectAsync(const QString &path)
{
    return QtConcurrent::run([path](QPromise<Result<FaceDetection>> &promise) {
        promise.setProgressRange(0, 100);
        Result<FaceDetection> result = detect(path, [&promise](int percent) {
            promise.setProgressValue(percent);
            return !promise.isCanceled();
        });
        if (!promise.isCanceled())
            promise.addResult(std::move(result));
    });
}

} // namespace provena
