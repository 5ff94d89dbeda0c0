// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/region.h"
#include "core/model/regiongeometry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace provena {

class ArticleDocument;

/**
 * One shape another tool's file holds for an image (labelme, COCO, VIA, IPTC/MWG regions in
 * XMP), already in Provena's terms: a geometry in the displayed image's pixels (after EXIF
 * orientation) and the label as that tool named it. Readers convert; they never change a
 * shape's kind: a shape Provena cannot represent is refused (ShapeImport::refused) instead.
 */
struct ImportedShape
{
    RegionGeometry geometry;
    QString label; ///< the label as the other tool named it ("person", "Face", "car"); may be empty
    QString name; ///< who or what is shown, when the tool says (MWG/IPTC Name, labelme has none)
    QString identifier; ///< an IRI for `name`, when the tool gives one
    QString note; ///< a description, when the tool has one
    double confidence = -1; ///< 0..1 when the tool states one (COCO "score"), else -1
    /** Where in the file, for messages: "shapes[3]", "annotations[12] (id 57)",
     *  "ImageRegion[2]". */
    QString origin;
    /** A region id Provena wrote into this shape earlier (an XMP region it owns), else null:
     *  the planner skips shapes whose region is still in the document. */
    QUuid provenaRegionId;
};

/** What a reader found in one file for one image. */
struct ShapeImport
{
    QString format; ///< "labelme", "coco", "via", "xmp-iptc", "xmp-mwg"
    QString sourcePath; ///< the file read
    QList<ImportedShape> shapes;
    /** One translated sentence per shape that was not taken and why (kind Provena lacks, bad
     *  coordinates…), naming where in the file it is. */
    QStringList refused;
    /** Notes that are not refusals ("the file's image size 640×480 differs from the image's"). */
    QStringList warnings;
};

/** What importing a ShapeImport into one image of a document will do. */
struct RegionImportPlan
{
    QList<Region> regions; ///< new regions, ready for AddRegionsCommand (fresh ids)
    /** Labels of the file that match no label of the document (after `labelMap`), with how many
     *  shapes carry each; those regions are imported without a label. */
    QMap<QString, int> unmappedLabels;
    /** Shapes already in the document (same Provena id, or the same outline on the image, whatever
     *  its label): skipped, never relabelled. */
    int alreadyPresent = 0;
    /** Shapes that lie outside the image or fail RegionValidator: refused, with the reason. */
    QStringList refused;
};

/**
 * Turns the shapes a reader found into regions of image `imageIndex`, the same way for the CLI
 * and the GUI. Labels are matched by id or display name, ignoring case
 * (LabelTaxonomy::findByIdOrName), after `labelMap` (the file's label → a label id or name, e.g.
 * "car" → "vehicle"; "Face" → "person" is built in because MWG and digiKam call people that).
 * When the image's size is known, a shape outside it is refused, never moved or clipped.
 */
class RegionImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(RegionImportPlanner)

public:
    static RegionImportPlan plan(const ArticleDocument &document, int imageIndex,
                                 const QList<ImportedShape> &shapes,
                                 const QHash<QString, QString> &labelMap = {});
};

} // namespace provena
