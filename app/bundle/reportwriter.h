// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSize>
#include <QString>
#include <QUuid>

namespace provena {

class ArticleDocument;

/** One image as the report shows it. Paths are relative to the report's folder. */
struct ReportImage
{
    int imageIndex = -1;
    QString imageFile; ///< the original image, e.g. "photo.jpg"; empty when not in the bundle
    QString renderingFile; ///< the rendering, e.g. "renderings/1-photo.jpg"; may be empty
    QHash<QUuid, QString> cropFiles; ///< per region, may be empty
    QSize size; ///< displayed pixels, what region coordinates refer to
    /** The forensic views in the bundle (opt-in): each view's translated title and its file. */
    QList<QPair<QString, QString>> forensicViews;
    /**
     * Absolute path of the image the PDF embeds (the rendering, else the original). When it is
     * the rendering (the path ends with `renderingFile`) it is embedded as it is; otherwise the
     * report draws the regions on it, and cuts the PDF's crops from it.
     */
    QString pdfImageSource;
    /** Key metadata, in the order shown: translated name, value (ReportWriter::keyMetadata). */
    QList<QPair<QString, QString>> metadata;
};

struct ReportInput
{
    const ArticleDocument *document = nullptr;
    QString articleFile; ///< relative to the report: the article text, e.g. "story.md"
    QString sidecarFile; ///< relative to the report
    QList<ReportImage> images;
    QDate date; ///< the bundle's date, printed in the header
    QString bundleName;
};

/**
 * The bundle's report on one article (docs/bundles.md, "The report"): a self-contained HTML
 * page — inline CSS, no scripts, no network, images by relative path — with the article text
 * (linked spans highlighted, each with the numbers of its regions), each image with its regions
 * as an SVG overlay, a table of regions and their links, per image the provenance record
 * (claims with evidence, custody timeline, the five-pillar assessment, verdict) and the key
 * metadata; printable (@media print). And a PDF of the same content made with Qt
 * (QTextDocument + QPdfWriter), fonts embedded by Qt.
 *
 * Every region is an element with id "region-<uuid>" and every linked span one with id
 * "anchor-<uuid>", so tests (and readers) can find them.
 */
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    /**
     * The page, UTF-8. Deterministic: the same input gives the same bytes. Empty when
     * `input.document` is null. Reentrant (worker threads).
     */
    static QByteArray html(const ReportInput &input);
    /**
     * The PDF (A4). Deterministic too: the creation date is `input.date`, and Qt's hash seed is
     * pinned while the PDF is written, so PDFs are written one at a time (a process-wide lock);
     * may run on worker threads (QThreads). An Error only when there is no document or Qt wrote
     * nothing; an image that cannot be read is named in the PDF instead.
     */
    [[nodiscard]] static Result<QByteArray> pdf(const ReportInput &input);

    /**
     * The metadata worth printing for `imagePath` (creator, credit, source, copyright, date
     * taken, camera, software, GPS, digital source type, flags such as C2PA or stripped
     * metadata), read with the metadata module; empty when there is nothing or it cannot be read.
     * Reads what the Metadata dock reads (ImageEvidence). Reentrant.
     */
    static QList<QPair<QString, QString>> keyMetadata(const QString &imagePath);
};

} // namespace provena
