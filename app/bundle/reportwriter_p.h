// SPDX-License-Identifier: MIT
// Private to app/bundle: what the HTML page and the PDF of the report share.
#pragma once

#include "bundle/reportwriter.h"
#include "core/model/article.h"
#include "core/model/provenance.h"
#include "core/model/region.h"
#include "core/model/textanchor.h"
#include "formats/articlelayout.h"

#include <QHash>
#include <QList>
#include <QSize>
#include <QString>
#include <QUuid>

namespace provena::report {

/** A run of one display block cut at anchor boundaries, with the anchors that cover it. */
struct TextPiece
{
    QString text;
    ArticleLayout::Styles styles;
    QString href;
    QList<int> anchors; ///< indexes into ReportContent::anchors, ascending
};

struct TextBlock
{
    ArticleLayout::BlockKind kind = ArticleLayout::BlockKind::Paragraph;
    int level = 0;
    int imageIndex = -1;
    QList<TextPiece> pieces;
};

/** An anchor the report shows: linked by a region or carrying a note. */
struct AnchorEntry
{
    const TextAnchor *anchor = nullptr;
    QList<QUuid> regions; ///< regions linking to it, in document order
    /** Where its first and last piece are in ReportContent::blocks; -1 when not in the text. */
    int firstBlock = -1;
    int firstPiece = -1;
    int lastBlock = -1;
    int lastPiece = -1;

    bool inText() const { return firstBlock >= 0; }
};

struct RegionEntry
{
    const Region *region = nullptr;
    QString number; ///< "2", or "1.2" (image 1, region 2) when the article has several images
    int numberOnImage = 0; ///< 1-based position among the image's regions
};

/** One image with everything the report says of it. */
struct ImageSection
{
    int imageIndex = 0;
    const ImageRef *ref = nullptr; ///< the article's reference; null when the article lacks it
    ReportImage image; ///< as given (imageIndex set even when none was given)
    QSize size; ///< what region coordinates refer to
    bool sizeKnown = false; ///< false: `size` was guessed from the regions' extent
    QList<RegionEntry> regions;
    ImageProvenance provenance;
};

/**
 * The report's content, laid out once for both outputs: the article as a reader sees it
 * (ArticleLayout) cut at the shown anchors, every anchor and region with its number, and one
 * section per image index that has an image, a region or a provenance record.
 */
struct ReportContent
{
    QString title;
    QList<TextBlock> blocks;
    QList<AnchorEntry> anchors; ///< in the document's anchor order
    QHash<QUuid, int> anchorIndex; ///< anchor id → index into `anchors`
    QList<ImageSection> images; ///< by image index
    QHash<QUuid, QString> regionNumbers;

    static ReportContent build(const ReportInput &input);
    /** The anchors not shown in the text, orphaned or not, in document order. */
    QList<int> anchorsOutsideText() const;
};

/** How the page is written: for browsers (SVG, <mark>) or for QTextDocument (a Qt subset). */
enum class Target { Browser, QtRichText };

/** For Target::QtRichText: the images the PDF adds as resources ("provena-image:N"). */
struct PdfResources
{
    QHash<int, QSize> figureSizes; ///< per image index: the size to show the figure at
    QHash<QUuid, QSize> cropSizes; ///< per region with a crop ("provena-crop:UUID")
    QHash<int, QString> figureProblems; ///< per image index: why its image could not be read
};

QString imageResourceName(int imageIndex);
QString cropResourceName(const QUuid &regionId);

/** The whole page. Deterministic: the same input gives the same text. */
QString reportHtml(const ReportInput &input, const ReportContent &content, Target target,
                   const PdfResources &resources = {});

/** Text escaped for HTML text and double-quoted attributes; control characters become U+FFFD. */
QString escaped(QStringView text);
/** A number without locale or trailing zeros: 12, 12.5, 0.33 (two decimals at most). */
QString number(double value);
/** `path` (relative, '/'-separated) percent-encoded for a src or href; empty when absolute or
 *  when it climbs out with "..". */
QString relativeUrl(const QString &path);
/** `url` when it is an http(s) or mailto URL, else empty (never a javascript: or data: link). */
QString externalUrl(const QString &url);
/** "rectangle x 10, y 20, 30 × 40", "polygon of 5 points, box …": the geometry for people. */
QString geometryText(const RegionGeometry &geometry);
QString claimStatusTitle(ClaimStatus status);
QString agentKindTitle(AgentKind kind);
QString anchorStatusTitle(TextAnchor::Status status);

} // namespace provena::report
