// SPDX-License-Identifier: MIT
#include "media/perceptualhash.h"

#include "media/cvbridge_p.h"
#include "media/imagedecoder.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <bit>
#include <exception>

namespace provena {

namespace {

/** A row or column is a letterbox bar when it is this flat (grey-level standard deviation)… */
constexpr double kFlatStdDev = 3.0;
/** …and this dark. Only black bars: a flat band of sky in the picture itself must stay. */
constexpr double kBarMaxGrey = 24.0;

bool isFlat(const cv::Mat &line)
{
    cv::Scalar mean;
    cv::Scalar stdDev;
    cv::meanStdDev(line, mean, stdDev);
    return stdDev[0] < kFlatStdDev && mean[0] < kBarMaxGrey;
}

/**
 * The image without black bands along its edges (letterbox or pillarbox bars). At most a quarter
 * of each side is trimmed, so a picture that is flat all over stays whole.
 */
cv::Mat trimFlatBorders(const cv::Mat &grey)
{
    int top = 0;
    int bottom = grey.rows;
    int left = 0;
    int right = grey.cols;
    while (top < grey.rows / 4 && isFlat(grey.row(top)))
        ++top;
    while (grey.rows - bottom < grey.rows / 4 && isFlat(grey.row(bottom - 1)))
        --bottom;
    while (left < grey.cols / 4 && isFlat(grey.col(left)))
        ++left;
    while (grey.cols - right < grey.cols / 4 && isFlat(grey.col(right - 1)))
        --right;
    return grey(cv::Range(top, bottom), cv::Range(left, right));
}

} // namespace

namespace {

/** The dHash bits of the 9×8 reduction; `mirrored` reads each row right to left. */
quint64 hashOf(const QImage &image, bool mirrored)
{
    if (image.isNull())
        return 0;
    try {
        const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
        const cv::Mat trimmed = trimFlatBorders(detail::constMatView(grey));
        cv::Mat small;
        cv::resize(trimmed, small, cv::Size(9, 8), 0, 0, cv::INTER_AREA);
        if (mirrored)
            cv::flip(small, small, 1);
        quint64 hash = 0;
        for (int y = 0; y < 8; ++y) {
            for (int x = 0; x < 8; ++x)
                hash = (hash << 1) | (small.at<uchar>(y, x) > small.at<uchar>(y, x + 1) ? 1 : 0);
        }
        return hash;
    } catch (const std::exception &) { // cv::Exception or bad_alloc: no hash rather than a crash
        return 0;
    }
}

} // namespace

quint64 PerceptualHash::ofImage(const QImage &image)
{
    return hashOf(image, false);
}

quint64 PerceptualHash::ofImageMirrored(const QImage &image)
{
    return hashOf(image, true);
}

Result<quint64> PerceptualHash::ofEncoded(const QByteArray &bytes, const QString &nameForErrors)
{
    DecodeOptions options;
    options.maxSide = 256;
    options.maxPixels = 50'000'000; // a thumbnail announcing more is not a thumbnail
    const Result<QImage> image = ImageDecoder::decodeData(bytes, nameForErrors, options);
    if (!image)
        return image.error();
    return ofImage(image.value());
}

int PerceptualHash::distance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

} // namespace provena
