// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

namespace provena {

class ArticleDocument;

/** One image of the article as the COCO file names it. */
struct CocoImageEntry
{
    int imageIndex = -1; ///< the article's image (0-based)
    QString fileName; ///< relative to the COCO file, '/'-separated
    QSize size; ///< displayed pixels (what the regions refer to)
};

/**
 * The article's regions as a COCO detection file (cocodataset.org/#format-data): info,
 * licenses (empty), images, annotations (bbox [x,y,w,h] in pixels, segmentation as one polygon
 * for rectangles, polygons and ellipses (as 36 vertices), area = the shape's area, iscrowd 0),
 * categories from the labels the regions use (ids in label order, supercategory "provena").
 * Points and polylines have no area: they become 1×1 / their bounding box with an empty
 * segmentation — listed in docs/bundles.md. Region ids are kept in a "provena_region_id" field.
 * A derived view only: no text links or provenance.
 */
class CocoExport
{
    Q_DECLARE_TR_FUNCTIONS(CocoExport)

public:
    /**
     * Images without a known size are left out with their regions; so are regions whose
     * geometry is invalid (NaN, too few points) or lies wholly outside their image. Shapes
     * reaching past the image are cut to it. Deterministic.
     */
    static QJsonObject build(const ArticleDocument &document, const QList<CocoImageEntry> &images,
                             const QDate &date);

    /**
     * What breaks the format's rules, one sentence each: ids unique, image_id and category_id
     * referenced exist, bbox inside the image and positive, polygons of even length >= 6, area
     * > 0 for those with a segmentation, iscrowd 0 or 1, required keys present.
     */
    static QStringList check(const QJsonObject &coco);
};

} // namespace provena
