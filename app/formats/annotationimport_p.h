// SPDX-License-Identifier: MIT
#pragma once

// What LabelmeReader, CocoReader and ViaReader share: reading and strictly parsing the file,
// finding the image by file name, and fitting the file's coordinates to the image as displayed.

#include "core/io/result.h"
#include "core/model/regionimport.h"
#include "formats/annotationimport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QPolygonF>
#include <QSizeF>
#include <QString>

namespace provena::detail {

/** The file at `path`: a regular file of at most AnnotationImport::kMaxFileBytes. `format` names
 *  the tool for messages ("labelme", "COCO", "VIA"). */
Result<QByteArray> readAnnotationFile(const QString &path, const QString &format);

/**
 * `bytes` as a JSON object, refused when it is not strict JSON (JsonStrictness: duplicate keys,
 * syntax; the error has the line and column, or the JSON path) or not an object at the top.
 */
Result<QJsonObject> parseAnnotationJson(const QByteArray &bytes, const QString &path,
                                        const QString &format);

/** The last segment of a path with '/' or '\' separators, or of a URL's path. */
QString fileNameOf(const QString &pathOrUrl);

/** A JSON number as a double; false for anything else. */
bool toNumber(const QJsonValue &value, double *number);

/**
 * Reads `[[x, y], …]` into `points`; on failure `problem` says which element is wrong
 * ("points[2] is not a pair of numbers").
 */
bool toPointList(const QJsonValue &value, const QString &name, QPolygonF *points, QString *problem);

/**
 * Compares the image size the file states (`fileSize`, invalid when it states none) with the
 * target's. When it is the target's STORED size of an orientation 5–8 image (the file was made on
 * the unturned pixels), turns every shape of `import` to the displayed image and says so in a
 * warning; when it matches neither, warns (the planner still checks each shape against the
 * image's bounds). `where` names the size in the file ("imageWidth/imageHeight").
 */
void fitToImage(ShapeImport *import, const QSizeF &fileSize, const AnnotationTarget &target,
                const QString &where);

/** "%1 names the image “a.jpg”, not “b.jpg”" as a warning, when the names differ. */
void warnOnOtherFileName(ShapeImport *import, const QString &fileImageName,
                         const AnnotationTarget &target, const QString &where);

} // namespace provena::detail
