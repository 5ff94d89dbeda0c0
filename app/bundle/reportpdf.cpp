// SPDX-License-Identifier: MIT
// The report as PDF: the same content as the HTML page in the subset QTextDocument reads, the
// images with their regions drawn in (QTextDocument has no SVG), printed with QPdfWriter.
#include "bundle/reportwriter.h"

#include "bundle/regionrenderer.h"
#include "bundle/reportwriter_p.h"
#include "core/document/articledocument.h"
#include "media/imagedecoder.h"

#include <QBuffer>
#include <QFont>
#include <QHashSeed>
#include <QMutex>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <cctype>

using namespace Qt::Literals::StringLiterals;

namespace provena {

namespace {

// Serialises PDF writing while the hash seed is pinned (see printDeterministically()).
QMutex sPdfMutex;

// Pixels decoded for a figure: printed 520 CSS px (~138 mm) wide, 1500 px is ~275 dpi, and a
// 6000 px photo reaches it by JPEG DCT scaling at 1/4 with no resampling after (1600 would
// need a 1/2 decode, twice the work, then an area resize).
constexpr int kFigureDecodeSide = 1500;
// The figure's box on the page, in CSS pixels. QTextDocument::print() lays a document out on the
// page's paint rect (A4 less 15 mm margins: 680 px at 96 dpi) and adds its own 2 cm margins, so
// 520 px (~138 mm) is what the text column holds; wider figures ran off the page.
constexpr int kFigureWidth = 520;
constexpr int kFigureHeight = 620;
constexpr int kCropSide = 64;

/** `source` is the exporter's rendering (regions already drawn), not the original photo. */
bool isRendering(const ReportImage &image)
{
    if (image.renderingFile.isEmpty() || image.pdfImageSource.isEmpty())
        return false;
    return image.pdfImageSource == image.renderingFile
        || image.pdfImageSource.endsWith(u'/' + image.renderingFile);
}

QSize fitted(QSize size, int width, int height)
{
    if (size.width() > width || size.height() > height)
        size.scale(width, height, Qt::KeepAspectRatio);
    return size.expandedTo(QSize(1, 1));
}

/**
 * Qt stamps the PDF with the time it was made; the bundle's date goes there instead so the same
 * input gives the same bytes. When the stamp's length changes (Qt writes a zone offset outside
 * UTC), the cross-reference table is shifted to match. Returns `pdf` unchanged when its layout
 * is not the one Qt writes.
 */
QByteArray withCreationDate(QByteArray pdf, const QDate &date)
{
    static const QByteArray key = "/CreationDate (";
    const qsizetype keyAt = pdf.indexOf(key);
    if (!date.isValid() || keyAt < 0)
        return pdf;
    const qsizetype start = keyAt + key.size();
    const qsizetype end = pdf.indexOf(')', start);
    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    if (end < 0 || xref < end || startxref < xref)
        return pdf;
    const QByteArray stamp = "D:" + date.toString(u"yyyyMMdd"_s).toLatin1() + "000000Z";
    const qsizetype delta = stamp.size() - (end - start);

    // Cross-reference entries: "0000012345 00000 n \n", 20 bytes each, after "0 N\n".
    const qsizetype countAt = xref + 6;
    const qsizetype countEnd = pdf.indexOf('\n', countAt);
    const QList<QByteArray> header = pdf.mid(countAt, countEnd - countAt).split(' ');
    bool ok = header.size() == 2;
    const int count = ok ? header.at(1).toInt(&ok) : 0;
    const qsizetype entries = countEnd + 1;
    if (!ok || count <= 0 || entries + qsizetype(count) * 20 > startxref)
        return pdf;
    for (int i = 0; i < count && delta != 0; ++i) {
        const qsizetype at = entries + qsizetype(i) * 20;
        const qint64 offset = pdf.mid(at, 10).toLongLong(&ok);
        if (!ok)
            return pdf;
        if (offset > start && pdf.at(at + 17) == 'n')
            pdf.replace(at, 10, QByteArray::number(offset + delta).rightJustified(10, '0'));
    }
    if (delta != 0) {
        const qsizetype numberAt = startxref + 10;
        qsizetype numberEnd = numberAt;
        while (numberEnd < pdf.size()
               && std::isdigit(static_cast<unsigned char>(pdf.at(numberEnd))))
            ++numberEnd;
        const qint64 offset = pdf.mid(numberAt, numberEnd - numberAt).toLongLong(&ok);
        if (!ok)
            return pdf;
        pdf.replace(numberAt, numberEnd - numberAt, QByteArray::number(offset + delta));
    }
    pdf.replace(start, end - start, stamp);
    return pdf;
}

/**
 * Prints `document` to PDF bytes. QPdfEngine writes its fonts in QHash order, which Qt salts
 * per process: the seed is pinned (process-wide, hence the lock) while the PDF is made, so the
 * same report gives the same bytes, then returned to a random one.
 */
QByteArray printDeterministically(const QTextDocument &document, const QString &title)
{
    QMutexLocker lock(&sPdfMutex);
    const bool wasDeterministic = QHashSeed::globalSeed() == 0;
    QHashSeed::setDeterministicGlobalSeed();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(u"Provena %1"_s.arg(QStringLiteral(PROVENA_VERSION)));
        document.print(&writer);
    }
    if (!wasDeterministic)
        QHashSeed::resetRandomGlobalSeed();
    return buffer.data();
}

} // namespace

Result<QByteArray> ReportWriter::pdf(const ReportInput &input)
{
    if (!input.document)
        return Error {tr("Could not make the PDF report: no article was given."), {}, {}};
    const report::ReportContent content = report::ReportContent::build(input);
    const LabelTaxonomy &labels = input.document->labels();

    QTextDocument document;
    report::PdfResources resources;
    for (const report::ImageSection &section : content.images) {
        QImage photo;
        if (!section.image.pdfImageSource.isEmpty()) {
            const Result<QImage> decoded
                = ImageDecoder::preview(section.image.pdfImageSource, kFigureDecodeSide);
            if (decoded)
                photo = decoded.value();
            else
                resources.figureProblems.insert(section.imageIndex, decoded.error().message);
        }
        const bool drawn = !photo.isNull() && isRendering(section.image);
        if (!drawn && !section.size.isEmpty()) {
            QList<Region> regions;
            for (const report::RegionEntry &entry : section.regions)
                regions.append(*entry.region);
            if (photo.isNull()) {
                // No photo to show: the regions on an empty frame of the image's proportions.
                photo = QImage(fitted(section.size, kFigureDecodeSide, kFigureDecodeSide),
                               QImage::Format_RGB32);
                photo.fill(QColor(0xee, 0xf1, 0xf4));
            } else {
                // Crops come from the photo itself (the PDF cannot refer to the crop files).
                for (const Region &region : std::as_const(regions)) {
                    const QImage crop
                        = RegionRenderer::crop(photo, section.size, region, kCropSide);
                    if (crop.isNull())
                        continue;
                    document.addResource(QTextDocument::ImageResource,
                                         QUrl(report::cropResourceName(region.id)), crop);
                    resources.cropSizes.insert(region.id, crop.size());
                }
            }
            // The same drawing as the bundle's renderings: numbered tags and a legend.
            RenderOptions options;
            options.maxSide = kFigureDecodeSide;
            options.crops = false;
            photo = RegionRenderer::render(photo, section.size, regions, labels, options);
        }
        if (photo.isNull())
            continue;
        document.addResource(QTextDocument::ImageResource,
                             QUrl(report::imageResourceName(section.imageIndex)), photo);
        resources.figureSizes.insert(section.imageIndex,
                                     fitted(photo.size(), kFigureWidth, kFigureHeight));
    }

    QFont font(QStringList {u"DejaVu Sans"_s, u"Noto Sans"_s, u"Noto Sans CJK KR"_s});
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setHtml(report::reportHtml(input, content, report::Target::QtRichText, resources));
    const QByteArray bytes = printDeterministically(document, content.title);
    if (!bytes.startsWith("%PDF-"))
        return Error {tr("Could not make the PDF report of “%1”: Qt's PDF writer produced "
                         "nothing.")
                          .arg(content.title),
                      {},
                      {}};
    return withCreationDate(bytes, input.date);
}

} // namespace provena
