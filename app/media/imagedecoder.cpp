// SPDX-License-Identifier: MIT
#include "media/imagedecoder.h"

#include "core/io/fileaccess.h"
#include "media/cvbridge_p.h"
#include "media/jpegdecoder_p.h"
#include "media/jpegscan_p.h"
#include "media/medialog_p.h"
#include "media/opencvcodecs_p.h"
#include "media/pngscan_p.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageIOHandler>
#include <QImageReader>
#include <QStringList>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <climits>
#include <new>

namespace provena {

namespace {

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

/** Qt's jpeg plugin maps EXIF orientation to these values; this is the inverse. */
int exifOrientation(QImageIOHandler::Transformations transformation)
{
    switch (int(transformation)) {
    case QImageIOHandler::TransformationNone:
        return 1;
    case QImageIOHandler::TransformationMirror:
        return 2;
    case QImageIOHandler::TransformationRotate180:
        return 3;
    case QImageIOHandler::TransformationFlip:
        return 4;
    case QImageIOHandler::TransformationFlipAndRotate90:
        return 5;
    case QImageIOHandler::TransformationRotate90:
        return 6;
    case QImageIOHandler::TransformationMirrorAndRotate90:
        return 7;
    case QImageIOHandler::TransformationRotate270:
        return 8;
    }
    return 1;
}

Result<ImageInfo> probeDevice(QIODevice *device, const QString &path, qint64 fileSize)
{
    // Before Qt's PNG reader sees it: libpng would allocate whatever a chunk claims.
    if (const detail::PngOverrun overrun = detail::scanPngChunks(device); overrun.length > 0) {
        return Error {
            ImageDecoder::tr("“%1” is a damaged PNG image: a part of it claims more data than the "
                             "file holds. Fetch the image again or re-save it with an image "
                             "editor.")
                .arg(displayName(path)),
            QStringLiteral("PNG chunk %1 at byte %2 claims %3 bytes; %4 follow")
                .arg(QString::fromLatin1(overrun.type.toHex()))
                .arg(overrun.offset)
                .arg(overrun.length)
                .arg(overrun.remaining),
            path};
    }
    QImageReader reader(device);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(false);
    const QSize stored = reader.size();
    if (!stored.isValid() || stored.isEmpty()) {
        return Error {ImageDecoder::tr("“%1” is not an image Provena can read. Check that the file "
                                       "is complete and really is a JPEG, PNG, GIF or BMP image.")
                          .arg(displayName(path)),
                      reader.errorString(), path};
    }

    ImageInfo info;
    info.path = path;
    info.storedSize = stored;
    info.orientation = exifOrientation(reader.transformation());
    info.size = info.isTransposed() ? stored.transposed() : stored;
    info.format = QString::fromLatin1(reader.format());
    info.fileSize = fileSize;
    return info;
}

Status checkPixelLimit(const ImageInfo &info, qint64 maxPixels)
{
    if (info.pixelCount() <= maxPixels)
        return Status::success();
    const auto megapixels = [](qint64 pixels) {
        return QString::number(double(pixels) / 1e6, 'f', pixels < 10'000'000 ? 2 : 0);
    };
    return Error {ImageDecoder::tr("“%1” is too large to open: %2 × %3 pixels (%4 megapixels), "
                                   "more than the limit of %5 megapixels.")
                      .arg(displayName(info.path))
                      .arg(info.storedSize.width())
                      .arg(info.storedSize.height())
                      .arg(megapixels(info.pixelCount()), megapixels(maxPixels)),
                  QStringLiteral("maxPixels=%1").arg(maxPixels), info.path};
}

int normalisedFactor(int factor)
{
    if (factor >= 8)
        return 8;
    if (factor >= 4)
        return 4;
    if (factor >= 2)
        return 2;
    return 1;
}

/** The side libjpeg's DCT scaling gives (rounded up), as OpenCV's IMREAD_REDUCED_* does. */
int reducedLength(int length, int factor)
{
    return (length + factor - 1) / factor;
}

int chooseReduceFactor(const ImageInfo &info, const DecodeOptions &options)
{
    int factor = normalisedFactor(options.reduceFactor);
    if (options.maxSide > 0) {
        const int longest = std::max(info.storedSize.width(), info.storedSize.height());
        while (factor < 8 && reducedLength(longest, factor * 2) >= options.maxSide)
            factor *= 2;
    }
    return factor;
}

int imreadFlags(int factor)
{
    // Orientation is applied by us from the header we already read, so that probe() and
    // decode() agree for every format and OpenCV does not parse EXIF a second time.
    int flags = cv::IMREAD_IGNORE_ORIENTATION;
    switch (factor) {
    case 8:
        return flags | cv::IMREAD_REDUCED_COLOR_8;
    case 4:
        return flags | cv::IMREAD_REDUCED_COLOR_4;
    case 2:
        return flags | cv::IMREAD_REDUCED_COLOR_2;
    default:
        return flags | cv::IMREAD_COLOR;
    }
}

/** EXIF orientation → the transform that makes the stored pixels upright (as OpenCV does). */
cv::Mat orient(const cv::Mat &stored, int orientation)
{
    cv::Mat out;
    switch (orientation) {
    case 2:
        cv::flip(stored, out, 1);
        return out;
    case 3:
        cv::rotate(stored, out, cv::ROTATE_180);
        return out;
    case 4:
        cv::flip(stored, out, 0);
        return out;
    case 5:
        cv::transpose(stored, out);
        return out;
    case 6:
        cv::rotate(stored, out, cv::ROTATE_90_CLOCKWISE);
        return out;
    case 7: {
        cv::Mat transposed;
        cv::transpose(stored, transposed);
        cv::flip(transposed, out, -1);
        return out;
    }
    case 8:
        cv::rotate(stored, out, cv::ROTATE_90_COUNTERCLOCKWISE);
        return out;
    default:
        return stored;
    }
}

cv::Mat fitInside(const cv::Mat &image, int maxSide)
{
    const int longest = std::max(image.cols, image.rows);
    if (maxSide <= 0 || longest <= maxSide)
        return image;
    const double scale = double(maxSide) / longest;
    const cv::Size size(std::max(1, int(image.cols * scale + 0.5)),
                        std::max(1, int(image.rows * scale + 0.5)));
    cv::Mat out;
    cv::resize(image, out, size, 0, 0, cv::INTER_AREA);
    return out;
}

Error decodeFailed(const QString &path, const QString &detail)
{
    return Error {ImageDecoder::tr("Could not decode the image “%1”: the file is damaged or uses a "
                                   "variant of its format that Provena cannot read.")
                      .arg(displayName(path)),
                  detail, path};
}

/** Formats Qt reads but OpenCV 4.6's imdecode does not. */
bool needsQtDecoder(const QString &format)
{
    static const QStringList formats
        = {QStringLiteral("gif"), QStringLiteral("ico"), QStringLiteral("cur"),
           QStringLiteral("xbm"), QStringLiteral("xpm")};
    return formats.contains(format);
}

/** GIF and friends: small images in practice, so no reduced decoding, just a scale after. */
Result<QImage> decodeWithQt(const QByteArray &bytes, const ImageInfo &info,
                            const DecodeOptions &options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    // Our own pixel limit has already been checked; Qt's default (in MB) must not be stricter.
    reader.setAllocationLimit(
        int(std::min<qint64>(INT_MAX, info.pixelCount() * 4 / (1 << 20) + 1)));
    QImage image = reader.read(); // the first frame of an animation
    if (image.isNull())
        return decodeFailed(info.path, reader.errorString());

    const int factor = chooseReduceFactor(info, options);
    if (factor > 1) {
        image = image.scaled(reducedLength(image.width(), factor),
                             reducedLength(image.height(), factor), Qt::IgnoreAspectRatio,
                             Qt::SmoothTransformation);
    }
    if (options.maxSide > 0 && std::max(image.width(), image.height()) > options.maxSide) {
        image = image.scaled(options.maxSide, options.maxSide, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    }
    return image.convertToFormat(QImage::Format_RGB32);
}

Result<QImage> decodeProbed(const QByteArray &bytes, const ImageInfo &info,
                            const DecodeOptions &options)
{
    const QString &path = info.path;
    if (needsQtDecoder(info.format))
        return decodeWithQt(bytes, info, options);
    if (info.format == QLatin1String("jpeg")) {
        switch (detail::scanJpegEnd(bytes)) {
        case detail::JpegEnd::Truncated:
            if (!options.acceptTruncated) {
                return Error {ImageDecoder::tr("The image “%1” is incomplete: its data ends before "
                                               "the end of the picture. The file was probably cut "
                                               "off while downloading or copying; fetch it again.")
                                  .arg(displayName(path)),
                              QStringLiteral("JPEG data ends before the EOI marker (%1 bytes)")
                                  .arg(bytes.size()),
                              path};
            }
            qCInfo(lcMedia) << "decoding truncated JPEG as asked:" << path;
            break;
        case detail::JpegEnd::Damaged:
            qCWarning(lcMedia) << "JPEG marker structure is damaged, trying to decode anyway:"
                               << path;
            break;
        case detail::JpegEnd::Complete:
        case detail::JpegEnd::NotJpeg:
            break;
        }
    }

    if (bytes.size() > INT_MAX) // cv::Mat columns are int
        return decodeFailed(path, QStringLiteral("file larger than 2 GiB"));

    const int factor = chooseReduceFactor(info, options);
    const cv::Mat buffer(1, int(bytes.size()), CV_8UC1,
                         const_cast<char *>(bytes.constData())); // imdecode only reads it
    cv::Mat decoded;
    if (options.firstScansOnly) {
        QString why;
        if (info.format == QLatin1String("jpeg"))
            decoded = detail::decodeJpegFirstScans(bytes, &why);
        if (decoded.empty() && why.isEmpty()) {
            return Error {ImageDecoder::tr("“%1” is not a progressive JPEG, so it has no coarse "
                                           "first scan to show.")
                              .arg(displayName(path)),
                          {},
                          path};
        }
        if (decoded.empty())
            return decodeFailed(path, why);
    } else if (info.format == QLatin1String("jpeg")) {
        QString why;
        decoded = detail::decodeJpeg(bytes, factor, &why);
        if (decoded.empty())
            return decodeFailed(path, why);
    } else {
        Result<cv::Mat> decodedOrError = detail::imdecode(buffer, imreadFlags(factor));
        if (!decodedOrError)
            return Error {decodedOrError.error().message, decodedOrError.error().detail, path};
        decoded = std::move(decodedOrError).value();
        if (decoded.empty())
            return decodeFailed(path, QStringLiteral("cv::imdecode returned no image"));
    }
    if (decoded.type() != CV_8UC3)
        return decodeFailed(path, QStringLiteral("unexpected OpenCV type %1").arg(decoded.type()));

    const cv::Mat upright = fitInside(orient(decoded, info.orientation), options.maxSide);
    cv::Mat bgra;
    cv::cvtColor(upright, bgra, cv::COLOR_BGR2BGRA);
    QImage image = detail::imageFromBgraMat(bgra, QImage::Format_RGB32);
    if (image.isNull())
        return decodeFailed(path, QStringLiteral("could not wrap the decoded pixels"));
    return image;
}

} // namespace

Result<ImageInfo> ImageDecoder::probe(const QString &path)
{
    // Regular files only (after links): a FIFO would block, a device never ends.
    Result<std::unique_ptr<QFile>> file = FileAccess::openRegularFile(path, tr("The image"));
    if (!file)
        return file.error();
    return probeDevice(file.value().get(), path, file.value()->size());
}

Result<QImage> ImageDecoder::decode(const QString &path, const DecodeOptions &options)
{
    try {
        Result<std::unique_ptr<QFile>> opened = FileAccess::openRegularFile(path, tr("The image"));
        if (!opened)
            return opened.error();
        QFile &file = *opened.value();
        // A regular file's size is true when opened; reading at most that much below bounds
        // the read even if the file grows meanwhile.
        const qint64 fileSize = file.size();
        if (fileSize > FileAccess::kMaxImageBytes) {
            return Error {tr("The image “%1” is larger than %2 MiB, the most Provena reads of an "
                             "image.")
                              .arg(displayName(path))
                              .arg(FileAccess::kMaxImageBytes >> 20),
                          QStringLiteral("%1 bytes").arg(fileSize), path};
        }

        // Read the header from the file first, so that an oversized image is refused before
        // we even read all its bytes.
        Result<ImageInfo> info = probeDevice(&file, path, fileSize);
        if (!info)
            return info.error();
        if (const Status limit = checkPixelLimit(info.value(), options.maxPixels); !limit)
            return limit.error();

        if (!file.seek(0)) {
            return Error {tr("Could not read the image “%1”.").arg(displayName(path)),
                          file.errorString(), path};
        }
        const QByteArray bytes = file.read(fileSize);
        if (bytes.size() != fileSize) {
            return Error {tr("Could not read the image “%1”.").arg(displayName(path)),
                          file.errorString(), path};
        }
        return decodeData(bytes, path, options);
    } catch (const cv::Exception &e) {
        return decodeFailed(path, QString::fromStdString(e.what()));
    } catch (const std::bad_alloc &) {
        return Error {tr("Not enough memory to decode the image “%1”. Close other images or "
                         "open a preview instead.")
                          .arg(displayName(path)),
                      QStringLiteral("std::bad_alloc"), path};
    } catch (const std::exception &e) {
        return decodeFailed(path, QString::fromUtf8(e.what()));
    }
}

Result<QImage> ImageDecoder::decodeData(const QByteArray &bytes, const QString &nameForErrors,
                                        const DecodeOptions &options)
{
    const QString &path = nameForErrors;
    try {
        // The header is probed again from memory (well under a millisecond), so that decode()
        // and this entry point check exactly the same thing.
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        Result<ImageInfo> info = probeDevice(&buffer, path, bytes.size());
        if (!info)
            return info.error();
        if (const Status limit = checkPixelLimit(info.value(), options.maxPixels); !limit)
            return limit.error();
        return decodeProbed(bytes, info.value(), options);
    } catch (const cv::Exception &e) {
        return decodeFailed(path, QString::fromStdString(e.what()));
    } catch (const std::bad_alloc &) {
        return Error {tr("Not enough memory to decode the image “%1”. Close other images or "
                         "open a preview instead.")
                          .arg(displayName(path)),
                      QStringLiteral("std::bad_alloc"), path};
    } catch (const std::exception &e) {
        return decodeFailed(path, QString::fromUtf8(e.what()));
    }
}

int ImageDecoder::reducedSide(const ImageInfo &info, int minSide)
{
    const int longest = std::max(info.size.width(), info.size.height());
    int factor = 1;
    while (factor < 8 && reducedLength(longest, factor * 2) >= minSide)
        factor *= 2;
    return reducedLength(longest, factor);
}

Result<QImage> ImageDecoder::preview(const QString &path, int maxSide)
{
    if (maxSide <= 0) {
        return Error {tr("Could not make a preview of “%1”: the requested size %2 is not positive.")
                          .arg(displayName(path))
                          .arg(maxSide),
                      {},
                      path};
    }
    DecodeOptions options;
    options.maxSide = maxSide;
    return decode(path, options);
}

Result<QImage> ImageDecoder::embeddedThumbnail(const QByteArray &thumbnailBytes,
                                               const ImageInfo &image)
{
    const QString &path = image.path;
    const auto undecodable = [&path](const QString &detail) {
        return Error {
            tr("The embedded thumbnail of “%1” could not be decoded.").arg(displayName(path)),
            detail, path};
    };
    if (thumbnailBytes.isEmpty() || !image.storedSize.isValid() || image.storedSize.isEmpty())
        return undecodable(QStringLiteral("no thumbnail bytes or no image size"));
    try {
        const cv::Mat buffer(1, int(thumbnailBytes.size()), CV_8UC1,
                             const_cast<char *>(thumbnailBytes.constData()));
        // EXIF thumbnails are JPEG (compression 6); libjpeg keeps OpenCV's codecs off the path
        // to the first frame (media/jpegdecoder_p.h).
        cv::Mat decoded;
        QString why = QStringLiteral("cv::imdecode gave no 8-bit colour image");
        if (detail::looksLikeJpeg(thumbnailBytes)) {
            decoded = detail::decodeJpeg(thumbnailBytes, 1, &why);
        } else {
            Result<cv::Mat> decodedOrError
                = detail::imdecode(buffer, cv::IMREAD_COLOR | cv::IMREAD_IGNORE_ORIENTATION);
            if (!decodedOrError)
                return Error {decodedOrError.error().message, decodedOrError.error().detail, path};
            decoded = std::move(decodedOrError).value();
        }
        if (decoded.empty() || decoded.type() != CV_8UC3)
            return undecodable(why);
        // Padding bars go: crop to the stored image's aspect ratio, centred.
        const double aspect = double(image.storedSize.width()) / image.storedSize.height();
        const double thumbAspect = double(decoded.cols) / decoded.rows;
        if (thumbAspect > aspect * 1.02) {
            const int width = std::clamp(int(decoded.rows * aspect + 0.5), 1, decoded.cols);
            decoded = decoded(cv::Rect((decoded.cols - width) / 2, 0, width, decoded.rows));
        } else if (thumbAspect < aspect / 1.02) {
            const int height = std::clamp(int(decoded.cols / aspect + 0.5), 1, decoded.rows);
            decoded = decoded(cv::Rect(0, (decoded.rows - height) / 2, decoded.cols, height));
        }
        cv::Mat bgra;
        cv::cvtColor(orient(decoded, image.orientation), bgra, cv::COLOR_BGR2BGRA);
        QImage oriented = detail::imageFromBgraMat(bgra, QImage::Format_RGB32);
        if (oriented.isNull())
            return undecodable(QStringLiteral("conversion to QImage failed"));
        return oriented;
    } catch (const cv::Exception &e) {
        return decodeFailed(path, QString::fromStdString(e.what()));
    } catch (const std::exception &e) {
        return decodeFailed(path, QString::fromUtf8(e.what()));
    }
}

QString openCvVersion()
{
    // cv::getVersionString() asks the library, not the headers this was compiled against.
    return QString::fromStdString(cv::getVersionString());
}

} // namespace provena
