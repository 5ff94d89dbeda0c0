// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/region.h"

#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QString>

#include <optional>

class QMimeData;

namespace provena {

class LabelTaxonomy;

/**
 * Regions on the system clipboard, so they can be pasted into another window or another image.
 *
 * The MIME data carries kMimeType (the regions as JSON: shape, points, label, note, entity,
 * confidence, plus where they came from) and a text/plain summary for other applications.
 * Ids, links, authorship and review flags are not carried: a paste makes new regions.
 */
class RegionClipboard
{
    Q_DECLARE_TR_FUNCTIONS(RegionClipboard)

public:
    static inline const QString kMimeType = QStringLiteral("application/x-provena-regions+json");

    /** What was copied, and from where (the article path and image index). */
    struct Content
    {
        QList<Region> regions;
        QString sourceArticle;
        int sourceImage = -1;
    };

    /** New MIME data for `content` (the caller hands it to QClipboard, which owns it). */
    static QMimeData *toMimeData(const Content &content, const LabelTaxonomy &labels);
    /** The regions in `data`, or nothing when it holds no (valid) Provena regions. */
    static std::optional<Content> fromMimeData(const QMimeData *data);
    static bool hasRegions(const QMimeData *data);

    /** A new region with only what a copy carries: geometry, label, note, entity, confidence. */
    static Region carried(const Region &region);

    /**
     * Regions ready to add to image `imageIndex` of size `imageSize`: fresh ids, no links,
     * geometry clamped into the image, shifted by `offset` where the image leaves room.
     */
    static QList<Region> prepareForPaste(const QList<Region> &regions, int imageIndex,
                                         const QSizeF &imageSize, const QPointF &offset);
};

} // namespace provena
