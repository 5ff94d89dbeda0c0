// SPDX-License-Identifier: MIT
// The report's content, laid out once for the HTML page and the PDF (reportwriter_p.h).
#include "bundle/reportwriter_p.h"

#include "core/document/articledocument.h"
#include "core/model/codepointindex.h"

#include <QFileInfo>
#include <QRectF>

#include <algorithm>
#include <cmath>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace provena::report {

namespace {

/** An anchor that may appear in the text, with its index in ReportContent::anchors. */
struct Candidate
{
    int entry = 0;
    TextRange range;
};

void appendPieces(const ArticleLayout::Run &run, const QList<Candidate> &candidates,
                  QList<TextPiece> &pieces)
{
    if (run.text.isEmpty())
        return;
    const TextRange source = run.source;
    // A run that stands for its source without being its exact slice (a line break shown as a
    // space) cannot be cut inside: it is highlighted whole when an anchor touches it.
    const bool cuttable
        = run.verbatim && source.isValid() && codePointLength(run.text) == source.length();
    if (!cuttable) {
        TextPiece piece {run.text, run.styles, run.href, {}};
        if (source.isValid()) {
            for (const Candidate &candidate : candidates) {
                if (candidate.range.start < source.end && candidate.range.end > source.start)
                    piece.anchors.append(candidate.entry);
            }
        }
        pieces.append(piece);
        return;
    }

    std::set<qint64> cuts {source.start, source.end};
    for (const Candidate &candidate : candidates) {
        for (const qint64 at : {candidate.range.start, candidate.range.end}) {
            if (at > source.start && at < source.end)
                cuts.insert(at);
        }
    }
    const CodePointIndex index(run.text);
    for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
        const qint64 from = *it;
        const qint64 to = *std::next(it);
        TextPiece piece {index.slice(run.text, {from - source.start, to - source.start}),
                         run.styles,
                         run.href,
                         {}};
        for (const Candidate &candidate : candidates) {
            if (candidate.range.start <= from && candidate.range.end >= to)
                piece.anchors.append(candidate.entry);
        }
        pieces.append(piece);
    }
}

QString titleOf(const ReportInput &input)
{
    const Article &article = input.document->article();
    if (!article.title.trimmed().isEmpty())
        return article.title.trimmed();
    if (!article.path.isEmpty())
        return QFileInfo(article.path).fileName();
    if (!input.articleFile.isEmpty())
        return QFileInfo(input.articleFile).fileName();
    return ReportWriter::tr("Untitled article");
}

/** The extent the regions cover, for an image whose size nobody recorded. */
QSize extentOf(const QList<RegionEntry> &regions)
{
    QRectF extent;
    for (const RegionEntry &entry : regions)
        extent = extent.united(entry.region->geometry.boundingRect());
    if (extent.isNull())
        return {};
    return {std::max(1, int(std::ceil(extent.right()))),
            std::max(1, int(std::ceil(extent.bottom())))};
}

} // namespace

ReportContent ReportContent::build(const ReportInput &input)
{
    ReportContent content;
    const ArticleDocument &document = *input.document;
    const Article &article = document.article();
    content.title = titleOf(input);

    // Anchors: those a region links to or that carry the analyst's note.
    QList<Candidate> candidates;
    for (const TextAnchor &anchor : document.anchors()) {
        AnchorEntry entry;
        entry.anchor = &anchor;
        entry.regions = document.regionsLinkedTo(anchor.id);
        if (entry.regions.isEmpty() && anchor.note.trimmed().isEmpty())
            continue;
        const int at = int(content.anchors.size());
        content.anchorIndex.insert(anchor.id, at);
        content.anchors.append(entry);
        if (anchor.status != TextAnchor::Status::Orphaned && anchor.range.isValid()
            && anchor.range.length() > 0)
            candidates.append({at, anchor.range});
    }

    for (const ArticleLayout::Block &block : ArticleLayout::build(article)) {
        TextBlock out;
        out.kind = block.kind;
        out.level = block.level;
        out.imageIndex = block.imageIndex;
        for (const ArticleLayout::Run &run : block.runs)
            appendPieces(run, candidates, out.pieces);
        content.blocks.append(out);
    }
    for (int b = 0; b < content.blocks.size(); ++b) {
        const QList<TextPiece> &pieces = content.blocks.at(b).pieces;
        for (int p = 0; p < pieces.size(); ++p) {
            for (const int a : pieces.at(p).anchors) {
                AnchorEntry &entry = content.anchors[a];
                if (entry.firstBlock < 0) {
                    entry.firstBlock = b;
                    entry.firstPiece = p;
                }
                entry.lastBlock = b;
                entry.lastPiece = p;
            }
        }
    }

    // Images: every index that has an image, a region or a provenance record, so nothing the
    // analyst recorded is left out because the article lost an image.
    std::set<int> indexes;
    for (int i = 0; i < article.images.size(); ++i)
        indexes.insert(i);
    for (const ReportImage &image : input.images) {
        if (image.imageIndex >= 0)
            indexes.insert(image.imageIndex);
    }
    for (const Region &region : document.regions()) {
        if (region.imageIndex >= 0)
            indexes.insert(region.imageIndex);
    }
    for (int i = 0; i < document.provenance().size(); ++i) {
        if (!document.provenance().at(i).isEmpty())
            indexes.insert(i);
    }
    const bool severalImages = indexes.size() > 1;
    for (const int index : indexes) {
        ImageSection section;
        section.imageIndex = index;
        if (index < article.images.size())
            section.ref = &article.images.at(index);
        section.image.imageIndex = index;
        for (const ReportImage &image : input.images) {
            if (image.imageIndex == index) {
                section.image = image;
                break;
            }
        }
        int position = 0;
        for (const Region &region : document.regions()) {
            if (region.imageIndex != index)
                continue;
            RegionEntry entry;
            entry.region = &region;
            entry.numberOnImage = ++position;
            entry.number = severalImages ? u"%1.%2"_s.arg(index + 1).arg(position)
                                         : QString::number(position);
            content.regionNumbers.insert(region.id, entry.number);
            section.regions.append(entry);
        }
        if (section.image.size.isValid() && !section.image.size.isEmpty()) {
            section.size = section.image.size;
            section.sizeKnown = true;
        } else if (document.imageRecord(index).sizeKnown()) {
            section.size = document.imageRecord(index).pixelSize;
            section.sizeKnown = true;
        } else {
            section.size = extentOf(section.regions);
        }
        section.provenance = document.imageProvenance(index);
        content.images.append(section);
    }
    return content;
}

QList<int> ReportContent::anchorsOutsideText() const
{
    QList<int> out;
    for (int i = 0; i < anchors.size(); ++i) {
        if (!anchors.at(i).inText())
            out.append(i);
    }
    return out;
}

} // namespace provena::report
