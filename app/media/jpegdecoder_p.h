// SPDX-License-Identifier: MIT
// Private to app/media: JPEG decoding with libjpeg-turbo itself, DCT-scaled.
#pragma once

#include <QByteArray>
#include <QString>

#include <opencv2/core/mat.hpp>

namespace provena::detail {

/**
 * Decodes JPEG `bytes` to 8-bit BGR, reduced by `factor` (1, 2, 4 or 8) in the DCT, exactly as
 * cv::imdecode with IMREAD_COLOR / IMREAD_REDUCED_COLOR_* does (same library, same settings:
 * greyscale expanded, CMYK and YCCK converted the way OpenCV converts them), EXIF orientation
 * not applied. Calling libjpeg directly keeps OpenCV's image codecs, and the ~150 libraries
 * they load, off the path to the first frame (opencvcodecs_p.h).
 *
 * Returns an empty Mat and sets `error` to libjpeg's message when it gives up. Damage libjpeg
 * only warns about still gives an image; where the data is cut off the rest is libjpeg's grey
 * (OpenCV's suspending source repeats stale rows there instead).
 */
cv::Mat decodeJpeg(const QByteArray &bytes, int factor, QString *error);

/**
 * A progressive JPEG's first scans only, decoded at 1/8 to 8-bit BGR: input is consumed up to
 * the scan after which every component has DC coefficients (libjpeg's coef_bits), and that
 * state is output in libjpeg's buffered-image mode. An empty Mat with `error` empty when `bytes`
 * are not a progressive JPEG; with `error` set when libjpeg gave up.
 */
cv::Mat decodeJpegFirstScans(const QByteArray &bytes, QString *error);

/** Whether `bytes` start with a JPEG SOI marker. */
bool looksLikeJpeg(const QByteArray &bytes);

} // namespace provena::detail
