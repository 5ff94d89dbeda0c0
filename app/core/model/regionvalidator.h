// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "core/model/region.h"

#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QString>

namespace provena {

class LabelTaxonomy;

/** One thing wrong with a region: which field, and one translated sentence for people. */
struct RegionProblem
{
    QString field; ///< "label", "confidence", "geometry.points[2]", "entity.identifier", …
    QString message; ///< e.g. "confidence 2 is not between 0 and 1"

    friend bool operator==(const RegionProblem &, const RegionProblem &) = default;
};

/**
 * The one check of a Region, shared by the sidecar reader, the clipboard paste and provena-cli,
 * so that whatever one of them accepts the others accept too (docs/sidecar-format.md, "Limits").
 *
 * Always checked:
 * - `imageIndex` is 0 or more;
 * - the geometry has the right number of points for its shape (at most kMaxPoints), every
 *   coordinate finite and within 0 … kMaxCoordinate;
 * - `label` is empty or a label id (LabelTaxonomy::isValidId);
 * - `confidence` is in 0 … 1, or -1 for "not stated";
 * - the entity identifier is empty or an absolute IRI;
 * - label, note, entity name and identifier, author: at most kMaxStringLength UTF-16 units.
 *
 * Checked when given: `imageSize` (valid) — every point inside [0, width] × [0, height], edges
 * included, so a point or a horizontal line on the image passes; `labels` — the label is one of
 * them.
 */
class RegionValidator
{
    Q_DECLARE_TR_FUNCTIONS(RegionValidator)

public:
    /** Largest pixel coordinate accepted (the sidecar reader's limit). */
    static constexpr double kMaxCoordinate = 1e7;
    /** Longest text accepted for any string field, in UTF-16 units (the reader's limit). */
    static constexpr qsizetype kMaxStringLength = qsizetype(1) << 20;
    /** Most points a polygon or polyline may have. */
    static constexpr qsizetype kMaxPoints = 1'000'000;

    /** Every problem found, in field order; empty when the region is fine. */
    static QList<RegionProblem> problems(const Region &region, const QSizeF &imageSize = {},
                                         const LabelTaxonomy *labels = nullptr);

    /**
     * problems() as a Status: the error's message is the first problem's, its detail lists every
     * problem as "field: message", one per line.
     */
    static Status validate(const Region &region, const QSizeF &imageSize = {},
                           const LabelTaxonomy *labels = nullptr);

    /**
     * Whether every point of `geometry` lies in [0, width] × [0, height]. Edges count as inside:
     * unlike QRectF::contains(), a shape with a zero-area bounding box (a point, a horizontal or
     * vertical line) on the image is inside.
     */
    static bool liesInside(const RegionGeometry &geometry, const QSizeF &imageSize);

    /**
     * Says that `regionCount` regions on image `imageNumber` (from 1) could not be checked
     * against the image's bounds because its size is unknown (the file is not here, cannot be
     * read, or is not an image), and what to do about it. One translated sentence.
     */
    static QString unknownSizeWarning(int imageNumber, int regionCount);
};

} // namespace provena
