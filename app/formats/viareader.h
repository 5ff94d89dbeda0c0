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
 * Reads the regions of one image from a VGG Image Annotator file: a VIA 2.x project
 * (`_via_img_metadata` {key: {filename, size, regions[…]}}) or the VIA 1/2 "annotations as JSON"
 * export (the same per-image objects at the top level; VIA 1 keeps `regions` as an object keyed
 * "0", "1", …). VIA 3 projects are refused with an Error: not read yet.
 *
 * The image is the entry whose filename (a name, path or URL) ends in the target's file name.
 * Shapes (shape_attributes.name): rect → rectangle, circle (cx, cy, r) → ellipse, ellipse
 * (cx, cy, rx, ry, theta in radians) → ellipse when theta is 0 or a quarter turn (the axes then
 * swap), any other theta refused (Provena has no rotated ellipse), polygon (all_points_x/y) →
 * polygon, polyline → polyline, point (cx, cy) → point; anything else refused.
 *
 * The label comes from region_attributes: the attribute `labelAttribute` when given, else the
 * only attribute, else the first of "label", "name", "type", "class". A checkbox attribute
 * ({"car": true}) gives its one true option; several true options are refused as ambiguous.
 * VIA files carry no image size, so nothing is turned: the coordinates are taken in the image as
 * displayed, as browsers show it.
 */
class ViaReader
{
    Q_DECLARE_TR_FUNCTIONS(ViaReader)

public:
    /** The file at `path`, read through FileAccess (AnnotationImport::kMaxFileBytes). */
    static Result<ShapeImport> read(const QString &path, const AnnotationTarget &target,
                                    const QString &labelAttribute = {});
    /** The same for bytes already read; `path` names the file in messages. */
    static Result<ShapeImport> parse(const QByteArray &json, const QString &path,
                                     const AnnotationTarget &target,
                                     const QString &labelAttribute = {});
};

} // namespace provena
