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
 * Reads a labelme JSON file (labelme 5.x: version, shapes[{label, points, group_id, shape_type,
 * flags, description}], imagePath, imageWidth, imageHeight) as the shapes of one image.
 *
 * labelme applies the EXIF orientation when it loads an image, so its points are already in the
 * displayed image's pixels; a file whose size is the stored size of an orientation 5–8 image is
 * turned all the same (detail::fitToImage). Shapes: rectangle → rectangle, polygon → polygon,
 * circle (centre and a point on the circle) → ellipse with equal axes, point → point, line and
 * linestrip → polyline; mask and any other type are refused, never approximated. description →
 * note. A shape with malformed points is refused (with its JSON path); a file that is not JSON,
 * or has no shapes list, is an Error.
 */
class LabelmeReader
{
    Q_DECLARE_TR_FUNCTIONS(LabelmeReader)

public:
    /** The file at `path`, read through FileAccess (AnnotationImport::kMaxFileBytes). */
    static Result<ShapeImport> read(const QString &path, const AnnotationTarget &target);
    /** The same for bytes already read; `path` names the file in messages. */
    static Result<ShapeImport> parse(const QByteArray &json, const QString &path,
                                     const AnnotationTarget &target);
};

} // namespace provena
