// SPDX-License-Identifier: MIT
#include "formats/cocoreader.h"

#include "formats/annotationimport_p.h"

#include <QHash>
#include <QJsonArray>
#include <QPolygonF>
#include <QRectF>

#include <cmath>

namespace provena {

namespace {

using detail::toNumber;

/** A COCO id (a number, or text in some exports) as text, for matching and messages. */
QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9e15)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    return {};
}

Error fileError(const QString &path, const QString &message, const QString &detail = {})
{
    Error e;
    e.path = path;
    e.message = message;
    e.detail = detail;
    return e;
}

/** "id 1: a.jpg, id 2: b.jpg, … (12 in all)" for messages. */
QString imageList(const QList<QJsonObject> &images)
{
    constexpr qsizetype kShown = 5;
    QStringList shown;
    for (qsizetype i = 0; i < images.size() && i < kShown; ++i)
        shown.append(QStringLiteral("id %1: %2")
                         .arg(idText(images.at(i).value(QLatin1String("id"))),
                              images.at(i).value(QLatin1String("file_name")).toString()));
    if (images.size() > kShown)
        shown.append(QStringLiteral("… (%1)").arg(images.size()));
    return shown.join(QLatin1String(", "));
}

} // namespace

Result<ShapeImport> CocoReader::read(const QString &path, const AnnotationTarget &target,
                                     const QString &imageId)
{
    const Result<QByteArray> bytes = detail::readAnnotationFile(path, QStringLiteral("COCO"));
    if (!bytes)
        return bytes.error();
    return parse(bytes.value(), path, target, imageId);
}

Result<ShapeImport> CocoReader::parse(const QByteArray &json, const QString &path,
                                      const AnnotationTarget &target, const QString &imageId)
{
    const Result<QJsonObject> parsed
        = detail::parseAnnotationJson(json, path, QStringLiteral("COCO"));
    if (!parsed)
        return parsed.error();
    const QJsonObject &root = parsed.value();
    for (const char *key : {"images", "annotations", "categories"}) {
        if (!root.value(QLatin1String(key)).isArray())
            return fileError(path,
                             tr("This is not a COCO file: it has no “%1” list. Choose a COCO "
                                "annotation file (with images, annotations and categories), or "
                                "another --format.")
                                 .arg(QLatin1String(key)));
    }

    // The image: by id when asked, else by the file name at the end of file_name.
    QList<QJsonObject> images;
    for (const QJsonValue &v : root.value(QLatin1String("images")).toArray())
        images.append(v.toObject());
    QList<QJsonObject> matches;
    for (const QJsonObject &image : std::as_const(images)) {
        const bool match = imageId.isEmpty()
            ? detail::fileNameOf(image.value(QLatin1String("file_name")).toString())
                == target.fileName
            : idText(image.value(QLatin1String("id"))) == imageId;
        if (match)
            matches.append(image);
    }
    if (matches.isEmpty())
        return fileError(path,
                         imageId.isEmpty()
                             ? tr("The COCO file has no image whose file_name is “%1”; choose one "
                                  "of its images by id instead.")
                                   .arg(target.fileName)
                             : tr("The COCO file has no image with id %1.").arg(imageId),
                         tr("images: %1").arg(imageList(images)));
    if (matches.size() > 1)
        return fileError(path,
                         imageId.isEmpty()
                             ? tr("The COCO file has %1 images named “%2”; choose one by id.")
                                   .arg(matches.size())
                                   .arg(target.fileName)
                             : tr("The COCO file has %1 images with id %2; it is not valid COCO.")
                                   .arg(matches.size())
                                   .arg(imageId),
                         tr("images: %1").arg(imageList(matches)));
    const QJsonObject image = matches.constFirst();
    const QString cocoImageId = idText(image.value(QLatin1String("id")));

    ShapeImport import;
    import.format = QStringLiteral("coco");
    import.sourcePath = path;

    QHash<QString, QString> categories; // id -> name
    for (const QJsonValue &v : root.value(QLatin1String("categories")).toArray()) {
        const QJsonObject category = v.toObject();
        categories.insert(idText(category.value(QLatin1String("id"))),
                          category.value(QLatin1String("name")).toString());
    }

    const QJsonArray annotations = root.value(QLatin1String("annotations")).toArray();
    int withKeypoints = 0;
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const QJsonObject annotation = annotations.at(i).toObject();
        if (idText(annotation.value(QLatin1String("image_id"))) != cocoImageId)
            continue;
        const QString origin = QStringLiteral("annotations[%1] (id %2)")
                                   .arg(i)
                                   .arg(idText(annotation.value(QLatin1String("id"))));
        const QString categoryId = idText(annotation.value(QLatin1String("category_id")));
        if (!categories.contains(categoryId)) {
            import.refused.append(
                tr("%1: category_id %2 is not in the file's categories").arg(origin, categoryId));
            continue;
        }
        if (annotation.value(QLatin1String("iscrowd")).toInt() == 1) {
            import.refused.append(tr("%1: a crowd annotation (iscrowd 1) is a run-length "
                                     "encoded bitmap; Provena has no bitmap regions")
                                      .arg(origin));
            continue;
        }
        ImportedShape shape;
        shape.label = categories.value(categoryId);
        shape.origin = origin;
        const QJsonValue score = annotation.value(QLatin1String("score"));
        if (!score.isUndefined() && !toNumber(score, &shape.confidence)) {
            import.refused.append(tr("%1: the score is not a number").arg(origin));
            continue;
        }

        const QJsonValue segmentation = annotation.value(QLatin1String("segmentation"));
        if (segmentation.isObject()) {
            import.refused.append(tr("%1: the segmentation is run-length encoded (a bitmap); "
                                     "Provena has no bitmap regions")
                                      .arg(origin));
            continue;
        }
        const QJsonArray polygons = segmentation.toArray();
        if (polygons.size() > 1) {
            import.refused.append(
                tr("%1: the segmentation has %2 polygons (one object in several parts); Provena "
                   "has no multi-part region. Split the object into one annotation per part.")
                    .arg(origin)
                    .arg(polygons.size()));
            continue;
        }
        if (polygons.size() == 1) {
            const QJsonArray flat = polygons.at(0).toArray();
            QPolygonF vertices;
            bool numbers = polygons.at(0).isArray() && flat.size() % 2 == 0;
            for (qsizetype k = 0; numbers && k + 1 < flat.size(); k += 2) {
                double x = 0;
                double y = 0;
                numbers = toNumber(flat.at(k), &x) && toNumber(flat.at(k + 1), &y);
                vertices.append(QPointF(x, y));
            }
            if (!numbers || vertices.size() < 3) {
                import.refused.append(tr("%1: segmentation[0] is not a polygon (an even number "
                                         "of at least 6 coordinates x1, y1, x2, y2, …)")
                                          .arg(origin));
                continue;
            }
            shape.geometry = RegionGeometry::polygon(vertices);
        } else {
            const QJsonArray bbox = annotation.value(QLatin1String("bbox")).toArray();
            double box[4] = {0, 0, 0, 0};
            bool numbers = bbox.size() == 4;
            for (qsizetype k = 0; numbers && k < 4; ++k)
                numbers = toNumber(bbox.at(k), &box[k]);
            if (!numbers || box[2] < 0 || box[3] < 0) {
                import.refused.append(
                    tr("%1: there is no polygon segmentation, and the bbox is not [x, y, width, "
                       "height] with a width and height of 0 or more")
                        .arg(origin));
                continue;
            }
            shape.geometry = RegionGeometry::rectangle(QRectF(box[0], box[1], box[2], box[3]));
        }
        if (annotation.value(QLatin1String("num_keypoints")).toInt() > 0)
            ++withKeypoints;
        import.shapes.append(shape);
    }
    if (withKeypoints > 0)
        import.warnings.append(tr("The keypoints of %n annotation(s) are not imported: Provena "
                                  "has no keypoint regions (the outline is).",
                                  nullptr, withKeypoints));

    if (!imageId.isEmpty())
        detail::warnOnOtherFileName(
            &import, detail::fileNameOf(image.value(QLatin1String("file_name")).toString()), target,
            QStringLiteral("images (id %1).file_name").arg(cocoImageId));
    double width = 0;
    double height = 0;
    if (toNumber(image.value(QLatin1String("width")), &width)
        && toNumber(image.value(QLatin1String("height")), &height))
        detail::fitToImage(&import, QSizeF(width, height), target,
                           QStringLiteral("images (id %1) width/height").arg(cocoImageId));
    return import;
}

} // namespace provena
