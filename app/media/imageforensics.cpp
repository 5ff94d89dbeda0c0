// SPDX-License-Identifier: MIT
#include "media/imageforensics.h"

#include "media/cvbridge_p.h"
#include "media/forensicsupport_p.h"
#include "media/opencvcodecs_p.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <new>
#include <vector>

namespace provena {

using detail::bgrFromImage;
using detail::imageFromBgr;

Error ImageForensics::cancelledError()
{
    return Error {tr("The forensic view was cancelled."), {}, {}};
}

namespace {

Error failed(const char *what, const QString &detail)
{
    return Error {ImageForensics::tr("The forensic view could not be computed (%1).")
                      .arg(QCoreApplication::translate("ImageForensics", what)),
                  detail,
                  {}};
}

Error outOfMemory()
{
    return Error {ImageForensics::tr("Not enough memory for the forensic view of this image. "
                                     "Close other images and try again."),
                  {},
                  {}};
}

Error emptyImage()
{
    return Error {ImageForensics::tr("There is no image to analyse."), {}, {}};
}

bool cancelled(const CancelCheck &cancel)
{
    return cancel && cancel();
}

// Runs 'work' with OpenCV and allocation failures turned into an Error: nothing may throw out of
// a worker thread.
template<typename T, typename Work> Result<T> guarded(const char *what, Work &&work)
{
    try {
        return work();
    } catch (const cv::Exception &e) {
        return failed(what, QString::fromStdString(e.what()));
    } catch (const std::bad_alloc &) {
        return outOfMemory();
    } catch (const std::exception &e) {
        return failed(what, QString::fromUtf8(e.what()));
    }
}

} // namespace

Result<QImage> ImageForensics::errorLevel(const QImage &image, int quality, double amplification,
                                          const CancelCheck &cancel)
{
    if (image.isNull())
        return emptyImage();
    return guarded<QImage>(QT_TR_NOOP("error level analysis"), [&]() -> Result<QImage> {
        const cv::Mat bgr = bgrFromImage(image);
        if (cancelled(cancel))
            return cancelledError();
        const Result<const detail::CodecApi *> codecs = detail::codecApi();
        if (!codecs)
            return codecs.error();
        std::vector<uchar> jpeg;
        const std::vector<int> params {cv::IMWRITE_JPEG_QUALITY, qBound(1, quality, 100)};
        if (!codecs.value()->encode(".jpg", bgr, jpeg, params))
            return failed(QT_TR_NOOP("error level analysis"),
                          QStringLiteral("cv::imencode returned false"));
        if (cancelled(cancel))
            return cancelledError();
        const cv::Mat recompressed = codecs.value()->decode(cv::Mat(jpeg), cv::IMREAD_COLOR);
        if (recompressed.empty() || recompressed.size() != bgr.size())
            return failed(QT_TR_NOOP("error level analysis"),
                          QStringLiteral("cv::imdecode of the recompressed image failed"));
        cv::Mat difference;
        cv::absdiff(bgr, recompressed, difference);
        difference.convertTo(difference, CV_8UC3, amplification);
        return imageFromBgr(difference);
    });
}

Result<QImage> ImageForensics::noiseResidual(const QImage &image, double amplification,
                                             const CancelCheck &cancel)
{
    if (image.isNull())
        return emptyImage();
    return guarded<QImage>(QT_TR_NOOP("noise residual"), [&]() -> Result<QImage> {
        const cv::Mat bgr = bgrFromImage(image);
        cv::Mat smooth;
        cv::medianBlur(bgr, smooth, 3);
        if (cancelled(cancel))
            return cancelledError();
        cv::Mat residual;
        cv::absdiff(bgr, smooth, residual);
        residual.convertTo(residual, CV_8UC3, amplification);
        return imageFromBgr(residual);
    });
}

Result<QImage> ImageForensics::luminanceGradient(const QImage &image, const CancelCheck &cancel)
{
    if (image.isNull())
        return emptyImage();
    return guarded<QImage>(QT_TR_NOOP("luminance gradient"), [&]() -> Result<QImage> {
        cv::Mat grey;
        cv::cvtColor(bgrFromImage(image), grey, cv::COLOR_BGR2GRAY);
        cv::Mat gx;
        cv::Mat gy;
        cv::Sobel(grey, gx, CV_32F, 1, 0, 3);
        if (cancelled(cancel))
            return cancelledError();
        cv::Sobel(grey, gy, CV_32F, 0, 1, 3);
        cv::Mat magnitude;
        cv::magnitude(gx, gy, magnitude);
        cv::Mat magnitude8;
        // The 3×3 Sobel kernel weighs 4 pixels on each side: /4 brings a full black-to-white
        // step back to 255.
        magnitude.convertTo(magnitude8, CV_8U, 0.25);
        cv::Mat bgrOut;
        cv::cvtColor(magnitude8, bgrOut, cv::COLOR_GRAY2BGR);
        return imageFromBgr(bgrOut);
    });
}

Result<ImageHistogram> ImageForensics::histogram(const QImage &image)
{
    if (image.isNull())
        return emptyImage();
    return guarded<ImageHistogram>(QT_TR_NOOP("histogram"), [&]() -> Result<ImageHistogram> {
        const cv::Mat bgr = bgrFromImage(image);
        cv::Mat grey;
        cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
        ImageHistogram result;
        result.pixels = qint64(bgr.total());
        const auto count = [](const cv::Mat &channel) {
            QList<quint32> bins(256, 0);
            for (int y = 0; y < channel.rows; ++y) {
                const uchar *row = channel.ptr<uchar>(y);
                for (int x = 0; x < channel.cols; ++x)
                    ++bins[row[x]];
            }
            return bins;
        };
        std::vector<cv::Mat> channels;
        cv::split(bgr, channels);
        result.blue = count(channels[0]);
        result.green = count(channels[1]);
        result.red = count(channels[2]);
        result.luminance = count(grey);
        return result;
    });
}

} // namespace provena
