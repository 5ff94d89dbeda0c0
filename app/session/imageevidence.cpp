// SPDX-License-Identifier: MIT
#include "session/imageevidence.h"

#include "core/io/fileaccess.h"
#include "media/imagedecoder.h"
#include "media/perceptualhash.h"
#include "metadata/metadatareader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QTransform>

namespace provena {

namespace {

struct EvidenceText
{
    Q_DECLARE_TR_FUNCTIONS(ImageEvidence)
};

/** Enough pixels for a 9×8 hash; lets a 24 MP JPEG decode at 1/8 (about 60 ms). */
constexpr int kCompareSide = 256;

/**
 * The EXIF thumbnail is stored as the camera's sensor saw it, like the main image's pixels;
 * ImageDecoder shows the main image turned by its EXIF orientation, so turn the thumbnail too.
 */
QImage oriented(const QImage &image, int orientation)
{
    QTransform turn;
    switch (orientation) {
    case 2:
        return image.mirrored(true, false);
    case 3:
        turn.rotate(180);
        break;
    case 4:
        return image.mirrored(false, true);
    case 5:
        return image.mirrored(true, false).transformed(QTransform().rotate(270));
    case 6:
        turn.rotate(90);
        break;
    case 7:
        return image.mirrored(true, false).transformed(QTransform().rotate(90));
    case 8:
        turn.rotate(270);
        break;
    default:
        return image;
    }
    return image.transformed(turn);
}

/** Adds ThumbnailMismatch when the thumbnail shows another picture; warnings when it cannot tell.
 */
void checkThumbnail(const QString &imagePath, const ImageMetadata &metadata,
                    MetadataEvidence &evidence)
{
    const QString name = QFileInfo(imagePath).fileName();
    DecodeOptions options;
    options.maxSide = kCompareSide;
    const Result<QImage> thumbnail = ImageDecoder::decodeData(
        metadata.exifThumbnail, EvidenceText::tr("%1 (EXIF thumbnail)").arg(name), options);
    if (!thumbnail) {
        evidence.warnings.append(
            EvidenceText::tr("The EXIF thumbnail could not be decoded, so it was not compared "
                             "with the image: %1")
                .arg(thumbnail.error().message));
        return;
    }
    const Result<QImage> image = ImageDecoder::decode(imagePath, options);
    if (!image) {
        evidence.warnings.append(
            EvidenceText::tr("The image could not be decoded, so its EXIF thumbnail was not "
                             "compared with it: %1")
                .arg(image.error().message));
        return;
    }
    const int distance = PerceptualHash::distance(
        PerceptualHash::ofImage(image.value()),
        PerceptualHash::ofImage(oriented(thumbnail.value(), metadata.orientationValue())));
    if (distance <= PerceptualHash::kDifferentAbove)
        return;
    MetadataEvidence::Flag flag {
        MetadataEvidence::Flag::Kind::ThumbnailMismatch,
        QStringLiteral("Exif.Thumbnail.JPEGInterchangeFormat"),
        EvidenceText::tr("The embedded EXIF thumbnail does not show the main image: their "
                         "perceptual hashes differ in %1 of 64 bits (more than %2 means different "
                         "pictures). The image was changed after the thumbnail was made, or the "
                         "thumbnail was replaced.")
            .arg(distance)
            .arg(PerceptualHash::kDifferentAbove)};
    // Flags keep the order of their kinds: after a C2PA manifest, before the rest.
    qsizetype at = 0;
    while (at < evidence.flags.size()
           && evidence.flags.at(at).kind == MetadataEvidence::Flag::Kind::C2paManifest)
        ++at;
    evidence.flags.insert(at, flag);
}

} // namespace

Result<MetadataEvidence> ImageEvidence::read(const QString &imagePath)
{
    Result<ImageMetadata> metadata = MetadataReader::read(imagePath);
    QString sidecarProblem;
    if (!metadata && metadata.error().path == MetadataReader::sidecarPathFor(imagePath)) {
        // A broken sidecar must not hide what the image itself says: read without it.
        sidecarProblem = metadata.error().message;
        const Result<QByteArray> bytes
            = FileAccess::readRegularFile(imagePath, FileAccess::kMaxImageBytes);
        if (!bytes)
            return bytes.error();
        metadata = MetadataReader::readBytes(bytes.value(), imagePath);
    }
    if (!metadata)
        return metadata.error();

    MetadataEvidence evidence = std::move(metadata->evidence);
    if (!sidecarProblem.isEmpty())
        evidence.warnings.prepend(sidecarProblem);
    if (!metadata->exifThumbnail.isEmpty())
        checkThumbnail(imagePath, metadata.value(), evidence);
    return evidence;
}

} // namespace provena
