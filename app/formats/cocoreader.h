// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "core/model/regionimport.h"
#include "formats/annotationimport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace provena {

/**
 * Reads the annotations of one image from a COCO JSON file (cocodataset.org, "Data format":
 * images[{id, file_name, width, height}], annotations[{id, image_id, category_id, bbox,
 * segmentation, iscrowd, score?}], categories[{id, name}]); detection results with a score read
 * the same.
 *
 * The image is the one whose file_name ends in the target's file name, or the one with
 * `imageId` when that is given (then a different file name is a warning). Per annotation: one
 * polygon segmentation → polygon; no polygon → the bbox [x, y, width, height] as a rectangle;
 * the category's name → label; score → confidence. Refused, each with a message naming
 * "annotations[i] (id N)": several polygons in one annotation (Provena has no multi-part
 * region), RLE segmentation and iscrowd 1 (bitmaps), an unknown category_id, malformed numbers.
 * Coordinates are taken in the displayed image; an image size that is the stored size of an
 * orientation 5–8 image turns them (detail::fitToImage).
 */
class CocoReader
{
    Q_DECLARE_TR_FUNCTIONS(CocoReader)

public:
    /** The file at `path`, read through FileAccess (AnnotationImport::kMaxFileBytes). `imageId`
     *  is the COCO image id as text ("397133"), empty to pick by file name. */
    static Result<ShapeImport> read(const QString &path, const AnnotationTarget &target,
                                    const QString &imageId = {});
    /** The same for bytes already read; `path` names the file in messages. */
    static Result<ShapeImport> parse(const QByteArray &json, const QString &path,
                                     const AnnotationTarget &target, const QString &imageId = {});
};

} // namespace provena
