// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QString>

namespace provena {

/**
 * The image whose annotations an import reads (LabelmeReader, CocoReader, ViaReader): a file of
 * another tool may hold many images, and its coordinates may be on the image's stored grid.
 */
struct AnnotationTarget
{
    /** The image's file name without folders ("photo.jpg"); files name their images by it. */
    QString fileName;
    /** As displayed (after EXIF orientation); invalid when unknown (no local file). */
    QSize displayedSize;
    /** The image's EXIF orientation, 1–8. */
    int orientation = 1;
};

namespace AnnotationImport {

/**
 * The most bytes an annotation file may have (256 MiB): labelme files embed the image in
 * base64, and a COCO file for a whole data set is hundreds of MiB, which Qt's JSON tree then
 * multiplies in memory. A larger COCO file can be cut down to the images wanted first.
 */
inline constexpr qint64 kMaxFileBytes = qint64(256) << 20;

} // namespace AnnotationImport

} // namespace provena
