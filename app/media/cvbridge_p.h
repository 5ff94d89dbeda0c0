// SPDX-License-Identifier: MIT
// Private to app/media: the only place where QImage and cv::Mat meet. Never include it from
// another module.
#pragma once

#include <QImage>
#include <QtGlobal>

#include <opencv2/core/mat.hpp>

namespace provena::detail {

/**
 * A read-only cv::Mat over the pixels of 'image', with no copy. Valid only while 'image'
 * lives and is not modified. Format_RGB32/ARGB32 are BGRA in memory on little-endian machines,
 * which is OpenCV's default channel order.
 */
inline cv::Mat constMatView(const QImage &image)
{
    Q_ASSERT(image.format() == QImage::Format_Grayscale8 || image.format() == QImage::Format_RGB32
             || image.format() == QImage::Format_ARGB32);
    const int type = image.format() == QImage::Format_Grayscale8 ? CV_8UC1 : CV_8UC4;
    return cv::Mat(image.height(), image.width(), type, const_cast<uchar *>(image.constBits()),
                   size_t(image.bytesPerLine()));
}

/**
 * A QImage that takes over the pixel buffer of an 8-bit BGRA 'mat' without copying it: the
 * QImage holds a reference to the Mat's buffer and releases it when the last QImage copy goes
 * (on whatever thread that is; cv::Mat reference counting is atomic). Writing to the QImage
 * detaches it first, as for any QImage over external memory, so the Mat is never modified.
 *
 * 'format' is Format_RGB32 when alpha is known to be 255 (faster to paint), else Format_ARGB32.
 * Returns a null QImage for an empty Mat or a Mat of another type.
 */
inline QImage imageFromBgraMat(const cv::Mat &mat, QImage::Format format = QImage::Format_RGB32)
{
    Q_ASSERT(format == QImage::Format_RGB32 || format == QImage::Format_ARGB32);
    if (mat.empty() || mat.type() != CV_8UC4 || mat.dims != 2)
        return {};
    auto *owner = new cv::Mat(mat); // shares the buffer; only the header is copied
    QImage image(
        owner->data, owner->cols, owner->rows, qsizetype(owner->step[0]), format,
        [](void *info) { delete static_cast<cv::Mat *>(info); }, owner);
    // QImage does not call the cleanup function when it refuses the buffer.
    if (image.isNull())
        delete owner;
    return image;
}

} // namespace provena::detail
