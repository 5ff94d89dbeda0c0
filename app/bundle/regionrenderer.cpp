// SPDX-License-Identifier: MIT
#include "bundle/regionrenderer.h"

#include "bundle/regionpainter_p.h"
#include "bundle/regionrenderer_p.h"
#include "media/decodeoptions.h"
#include "media/imagedecoder.h"
#include "media/imageinfo.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>
#include <QTransform>

#include <algorithm>

namespace provena {

namespace {

using detail::LegendLayout;
using detail::RegionText;
using detail::RenderStyle;

/** The photo is never enlarged, but a tiny one still gets a legend wide enough to read. */
constexpr int kMinCanvasWidth = 480;
/** Notes are cut to this before measuring: the legend shows one line of them anyway. */
constexpr int kMaxNoteChars = 300;

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

/** Fonts need the platform's font database, which exists only with a QGuiApplication. */
bool canDrawText()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

RegionText describe(const Region &region, int index, const LabelTaxonomy &labels)
{
    RegionText text;
    text.number = QString::number(index + 1);
    if (const Label *label = labels.find(region.label)) {
        text.label = label->displayName();
        text.colour = label->colour.isValid() ? label->colour : detail::neutralColour();
    } else {
        text.label = region.label.isEmpty() ? RegionRenderer::tr("(no label)") : region.label;
        text.colour = detail::neutralColour();
    }
    text.colour.setAlpha(255);
    text.entity = region.entity.name.isEmpty() ? region.entity.identifier : region.entity.name;
    text.note = region.note.left(kMaxNoteChars).simplified();
    return text;
}

/**
 * The geometry to draw: as it is, unless it reaches absurdly far outside the image (only a
 * damaged or hostile sidecar does), where Qt's fixed-point rasteriser would overflow; then cut
 * to the image.
 */
RegionGeometry drawable(const RegionGeometry &geometry, QSize fullSize)
{
    if (!geometry.isValid())
        return geometry;
    const QRectF box = geometry.boundingRect();
    const double w = fullSize.width();
    const double h = fullSize.height();
    const bool near = box.left() >= -10 * w && box.right() <= 11 * w && box.top() >= -10 * h
        && box.bottom() <= 11 * h;
    return near ? geometry : geometry.clampedTo(QSizeF(fullSize));
}

} // namespace

Result<ImageRendering> RegionRenderer::renderFile(const QString &imagePath,
                                                  const QList<Region> &regions,
                                                  const LabelTaxonomy &labels,
                                                  const RenderOptions &options)
{
    if (options.maxSide <= 0 || (options.crops && options.cropMaxSide <= 0)) {
        return Error {tr("Could not draw the regions of “%1”: the rendering size %2 and crop "
                         "size %3 must be positive.")
                          .arg(displayName(imagePath))
                          .arg(options.maxSide)
                          .arg(options.cropMaxSide),
                      {},
                      imagePath};
    }
    if (!canDrawText()) {
        return Error {tr("Could not draw the regions of “%1”: drawing text needs the graphical "
                         "part of Qt (a QGuiApplication, offscreen is enough).")
                          .arg(displayName(imagePath)),
                      {},
                      imagePath};
    }
    const Result<ImageInfo> info = ImageDecoder::probe(imagePath);
    if (!info)
        return info.error();
    const QSize fullSize = info->size;

    // One decode per image, at the least resolution every output still needs: the preview
    // when the crops need no more detail than the rendering, else a reduced or full decode.
    const double renderScale
        = detail::shrinkFactor(std::max(fullSize.width(), fullSize.height()), options.maxSide);
    const double needed = detail::neededScale(fullSize, regions, options);
    Result<QImage> decoded;
    if (needed <= renderScale) {
        decoded = ImageDecoder::preview(imagePath, options.maxSide);
    } else {
        DecodeOptions decodeOptions;
        decodeOptions.reduceFactor = detail::reduceFactorFor(needed);
        decoded = ImageDecoder::decode(imagePath, decodeOptions);
    }
    if (!decoded)
        return decoded.error();

    ImageRendering result;
    result.displayedSize = fullSize;
    result.decodedSize = decoded->size();
    result.rendering = render(decoded.value(), fullSize, regions, labels, options);
    if (result.rendering.isNull()) {
        return Error {
            tr("Not enough memory to draw the regions of “%1”.").arg(displayName(imagePath)),
            QStringLiteral("decoded %1×%2")
                .arg(result.decodedSize.width())
                .arg(result.decodedSize.height()),
            imagePath};
    }
    if (options.crops) {
        for (const Region &region : regions) {
            const QImage cropped = crop(decoded.value(), fullSize, region, options.cropMaxSide);
            if (!cropped.isNull()) // a region wholly outside the image has nothing to crop
                result.crops.insert(region.id, cropped);
        }
    }
    return result;
}

QImage RegionRenderer::render(const QImage &image, QSize fullSize, const QList<Region> &regions,
                              const LabelTaxonomy &labels, const RenderOptions &options)
{
    if (image.isNull())
        return {};
    if (fullSize.isEmpty())
        fullSize = image.size();
    const int maxSide = std::max(1, options.maxSide);
    QImage photo = image;
    if (std::max(photo.width(), photo.height()) > maxSide)
        photo = photo.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (photo.isNull())
        return {};

    QList<RegionText> texts;
    texts.reserve(regions.size());
    for (qsizetype i = 0; i < regions.size(); ++i)
        texts.append(describe(regions.at(i), int(i), labels));

    const bool withText = canDrawText();
    const int canvasWidth = std::max(photo.width(), kMinCanvasWidth);
    const RenderStyle style = RenderStyle::forCanvasWidth(canvasWidth);
    const LegendLayout legend
        = withText ? detail::legendLayout(canvasWidth, texts, style) : LegendLayout();
    QImage canvas(canvasWidth, photo.height() + legend.height, QImage::Format_RGB32);
    if (canvas.isNull())
        return {};
    canvas.fill(QColor(0x30, 0x30, 0x30)); // beside a photo narrower than the legend

    QPainter painter(&canvas);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    painter.drawImage(0, 0, photo);

    const QTransform toPhoto = QTransform::fromScale(double(photo.width()) / fullSize.width(),
                                                     double(photo.height()) / fullSize.height());
    QList<QRectF> shapes; // empty where nothing could be drawn
    shapes.reserve(regions.size());
    painter.save();
    painter.setClipRect(photo.rect());
    for (qsizetype i = 0; i < regions.size(); ++i) {
        const RegionGeometry geometry = drawable(regions.at(i).geometry, fullSize);
        if (!geometry.isValid()) { // NaN or too few points: listed in the legend only
            shapes.append(QRectF());
            continue;
        }
        const QPainterPath path = detail::outlinePath(geometry, toPhoto, style);
        detail::drawOutline(painter, path, texts.at(i).colour, style);
        shapes.append(path.boundingRect());
    }
    // Tags after every outline, so no outline crosses a tag.
    if (withText) {
        detail::TagPlacer tags(painter, QRectF(photo.rect()), style);
        for (qsizetype i = 0; i < regions.size(); ++i) {
            if (!shapes.at(i).isNull())
                tags.place(texts.at(i), shapes.at(i));
        }
    }
    painter.restore();

    if (withText) {
        detail::drawLegend(painter, QRect(0, photo.height(), canvasWidth, legend.height), texts,
                           legend, style);
    }
    painter.end();
    return canvas;
}

QImage RegionRenderer::crop(const QImage &image, QSize fullSize, const Region &region, int maxSide)
{
    if (image.isNull() || maxSide <= 0)
        return {};
    if (fullSize.isEmpty())
        fullSize = image.size();
    const QRect box = detail::cropBox(region.geometry, fullSize);
    if (box.isEmpty())
        return {};
    const double scaleX = double(image.width()) / fullSize.width();
    const double scaleY = double(image.height()) / fullSize.height();
    const QRect source
        = QRectF(box.x() * scaleX, box.y() * scaleY, box.width() * scaleX, box.height() * scaleY)
              .toAlignedRect()
        & image.rect();
    if (source.isEmpty())
        return {};
    QImage cropped = image.copy(source);
    if (std::max(cropped.width(), cropped.height()) > maxSide)
        cropped = cropped.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return cropped;
}

QImage detail::deterministicEncodingInput(const QImage &image, QImage::Format format)
{
    QImage bare = image.convertToFormat(format);
    if (!bare.textKeys().isEmpty())
        bare = QImage(bare.constBits(), bare.width(), bare.height(), bare.bytesPerLine(),
                      bare.format())
                   .copy();
    constexpr int k96DpiInDotsPerMeter = 3780;
    bare.setDotsPerMeterX(k96DpiInDotsPerMeter);
    bare.setDotsPerMeterY(k96DpiInDotsPerMeter);
    return bare;
}

Result<QByteArray> RegionRenderer::encodeJpeg(const QImage &image, int quality)
{
    if (image.isNull())
        return Error {tr("Could not encode an empty image as JPEG."), {}, {}};
    const QImage bare = detail::deterministicEncodingInput(image, QImage::Format_RGB32);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, QByteArrayLiteral("jpeg"));
    writer.setQuality(std::clamp(quality, 0, 100));
    writer.setOptimizedWrite(false);
    writer.setProgressiveScanWrite(false);
    if (!writer.write(bare)) {
        return Error {
            tr("Could not encode a %1×%2 image as JPEG.").arg(image.width()).arg(image.height()),
            writer.errorString(),
            {}};
    }
    return bytes;
}

} // namespace provena
