// SPDX-License-Identifier: MIT
#include "media/outlinesnap.h"

#include "media/cvbridge_p.h"
#include "media/imagedecoder.h"

#include <QFileInfo>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <new>
#include <vector>

namespace provena {

namespace {

/** Foreground smaller than this share of the rectangle is noise, not an object. */
constexpr double kMinForeground = 0.02;
/** GrabCut that keeps (nearly) the whole rectangle found no edge to snap to. */
constexpr double kMaxForeground = 0.97;
/** approxPolyDP tolerance as a share of the outline's length: smooth, yet follows corners. */
constexpr double kSimplifyFraction = 0.004;

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

Error nothingSeparable(const QString &path, const QString &detail)
{
    return Error {OutlineSnap::tr("No outline found in the region on “%1”: nothing inside it "
                                  "stands apart from its surroundings. Draw the rectangle "
                                  "closer around one object.")
                      .arg(fileName(path)),
                  detail, path};
}

} // namespace

Result<QPolygonF> OutlineSnap::snapInImage(const QImage &image, const QRectF &rect,
                                           const QString &nameForErrors)
{
    const QRectF bounds(QPointF(0, 0), QSizeF(image.size()));
    const QRectF target = rect.normalized().intersected(bounds);
    if (image.isNull() || target.width() < 4 || target.height() < 4) {
        return Error {tr("The region on “%1” is too small or outside the image to snap to an "
                         "outline.")
                          .arg(fileName(nameForErrors)),
                      QStringLiteral("rect %1,%2 %3x%4")
                          .arg(rect.x())
                          .arg(rect.y())
                          .arg(rect.width())
                          .arg(rect.height()),
                      nameForErrors};
    }
    try {
        const double margin = kMarginFraction * std::max(target.width(), target.height());
        const QRect area = target.adjusted(-margin, -margin, margin, margin)
                               .intersected(bounds)
                               .toAlignedRect()
                               .intersected(image.rect());
        const double scale
            = std::min(1.0, double(kWorkSide) / std::max(area.width(), area.height()));

        const QImage crop = image.copy(area).convertToFormat(QImage::Format_RGB32);
        cv::Mat bgr;
        cv::cvtColor(detail::constMatView(crop), bgr, cv::COLOR_BGRA2BGR);
        if (scale < 1)
            cv::resize(bgr, bgr, cv::Size(), scale, scale, cv::INTER_AREA);

        // GrabCut needs some background outside the rectangle: keep a pixel free on each side
        // even when the region touches the image border.
        const auto toWork = [&](double v, double origin) {
            return (v - origin) * scale;
        };
        const int x0
            = std::clamp(int(std::lround(toWork(target.left(), area.left()))), 1, bgr.cols - 2);
        const int y0
            = std::clamp(int(std::lround(toWork(target.top(), area.top()))), 1, bgr.rows - 2);
        const int x1 = std::clamp(int(std::lround(toWork(target.right(), area.left()))), x0 + 1,
                                  bgr.cols - 1);
        const int y1 = std::clamp(int(std::lround(toWork(target.bottom(), area.top()))), y0 + 1,
                                  bgr.rows - 1);
        const cv::Rect workRect(x0, y0, x1 - x0, y1 - y0);

        cv::Mat mask(bgr.size(), CV_8UC1, cv::Scalar(cv::GC_BGD));
        cv::Mat backgroundModel;
        cv::Mat foregroundModel;
        cv::grabCut(bgr, mask, workRect, backgroundModel, foregroundModel, kIterations,
                    cv::GC_INIT_WITH_RECT);
        cv::Mat foreground = (mask == cv::GC_FGD) | (mask == cv::GC_PR_FGD);

        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(foreground, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
        const auto largest
            = std::max_element(contours.begin(), contours.end(), [](const auto &a, const auto &b) {
                  return cv::contourArea(a) < cv::contourArea(b);
              });
        const double rectArea = double(workRect.area());
        const double area0 = largest == contours.end() ? 0 : cv::contourArea(*largest);
        if (area0 < kMinForeground * rectArea || area0 > kMaxForeground * rectArea) {
            return nothingSeparable(
                nameForErrors, QStringLiteral("foreground %1 of %2 px²").arg(area0).arg(rectArea));
        }

        std::vector<cv::Point> simplified;
        const double epsilon = std::max(1.0, kSimplifyFraction * cv::arcLength(*largest, true));
        cv::approxPolyDP(*largest, simplified, epsilon, true);
        if (simplified.size() < 3)
            return nothingSeparable(nameForErrors, QStringLiteral("outline degenerate"));

        QPolygonF polygon;
        polygon.reserve(qsizetype(simplified.size()));
        for (const cv::Point &p : simplified) {
            // Pixel centres, so the outline of a work pixel maps to the middle of its area.
            polygon.append(
                QPointF(area.left() + (p.x + 0.5) / scale, area.top() + (p.y + 0.5) / scale));
        }
        return polygon;
    } catch (const cv::Exception &e) {
        return Error {
            tr("Snapping the region on “%1” to an outline failed.").arg(fileName(nameForErrors)),
            QString::fromStdString(e.what()), nameForErrors};
    } catch (const std::bad_alloc &) {
        return Error {tr("Not enough memory to snap the region on “%1” to an outline.")
                          .arg(fileName(nameForErrors)),
                      QStringLiteral("std::bad_alloc"), nameForErrors};
    }
}

Result<QPolygonF> OutlineSnap::snap(const QString &path, const QRectF &rect)
{
    const Result<ImageInfo> info = ImageDecoder::probe(path);
    if (!info)
        return info.error();
    const QSize full = info->size;
    // Decode only as finely as GrabCut will look: a rectangle of 2,000 pixels is worked on at
    // kWorkSide anyway, so a reduced (DCT-scaled for JPEG) decode loses nothing.
    const double rectSide = std::max({rect.width(), rect.height(), 1.0});
    const double factor = std::max(1.0, rectSide * (1 + 2 * kMarginFraction) / kWorkSide);
    DecodeOptions options;
    options.maxSide = factor > 1.5
        ? std::max(kWorkSide, int(std::max(full.width(), full.height()) / factor))
        : 0;
    const Result<QImage> decoded = ImageDecoder::decode(path, options);
    if (!decoded)
        return decoded.error();
    const double sx = double(decoded->width()) / full.width();
    const double sy = double(decoded->height()) / full.height();
    const QRectF scaled(rect.x() * sx, rect.y() * sy, rect.width() * sx, rect.height() * sy);
    Result<QPolygonF> polygon = snapInImage(decoded.value(), scaled, path);
    if (!polygon)
        return polygon;
    for (QPointF &p : polygon.value())
        p = QPointF(std::clamp(p.x() / sx, 0.0, double(full.width())),
                    std::clamp(p.y() / sy, 0.0, double(full.height())));
    return polygon;
}

} // namespace provena
