// SPDX-License-Identifier: MIT
// Private to app/media: conversions shared by the forensic views.
#pragma once

#include "media/cvbridge_p.h"

#include <QImage>

#include <opencv2/core/mat.hpp>
#include <opencv2/imgproc.hpp>

namespace provena::detail {

/** A 3-channel BGR copy of 'image' (any format; alpha dropped). */
inline cv::Mat bgrFromImage(const QImage &image)
{
    const QImage rgb32 = image.format() == QImage::Format_RGB32
        ? image
        : image.convertToFormat(QImage::Format_RGB32);
    cv::Mat bgr;
    cv::cvtColor(constMatView(rgb32), bgr, cv::COLOR_BGRA2BGR);
    return bgr;
}

/** An opaque Format_RGB32 QImage of an 8-bit BGR Mat. */
inline QImage imageFromBgr(const cv::Mat &bgr)
{
    cv::Mat bgra;
    cv::cvtColor(bgr, bgra, cv::COLOR_BGR2BGRA);
    return imageFromBgraMat(bgra, QImage::Format_RGB32);
}

} // namespace provena::detail
