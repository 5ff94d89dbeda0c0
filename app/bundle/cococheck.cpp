// SPDX-License-Identifier: MIT
// CocoExport::check(): the COCO format's rules (cocodataset.org/#format-data, and what
// pycocotools relies on), kept apart from writing so it can judge any COCO file.
#include "bundle/cocoexport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QSizeF>

#include <algorithm>
#include <cmath>

namespace provena {

namespace {

/** bbox overshoots this small are forgiven (floating-point sums of rounded coordinates). */
constexpr double kTolerance = 1e-6;

/** A COCO id or count: a whole JSON number (exactly representable). */
bool wholeNumber(const QJsonValue &value, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::abs(d) > 9007199254740992.0)
        return false;
    *out = qint64(d);
    return true;
}

bool finiteNumber(const QJsonValue &value, double *out)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return false;
    *out = value.toDouble();
    return true;
}

/** "annotations[3] (id 7)" or "annotations[3]" when the id is unusable, for messages. */
QString where(const char *list, qsizetype index, const QJsonObject &object)
{
    qint64 id = 0;
    if (wholeNumber(object.value(QLatin1String("id")), &id))
        return QStringLiteral("%1[%2] (id %3)").arg(QLatin1String(list)).arg(index).arg(id);
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
}

/**
 * Reads the ids of one list, reporting a missing or non-whole id and every duplicate (naming
 * the entry that had it first). Returns id → index of its first entry.
 */
QHash<qint64, qsizetype> collectIds(const QJsonArray &array, const char *list,
                                    QStringList *problems)
{
    QHash<qint64, qsizetype> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        qint64 id = 0;
        if (!array.at(i).isObject()) {
            problems->append(
                CocoExport::tr("%1[%2] is not an object.").arg(QLatin1String(list)).arg(i));
        } else if (!wholeNumber(object.value(QLatin1String("id")), &id)) {
            problems->append(CocoExport::tr("%1: “id” is missing or not a whole number.")
                                 .arg(where(list, i, object)));
        } else if (ids.contains(id)) {
            problems->append(CocoExport::tr("%1: the id %2 is already used by %3[%4].")
                                 .arg(where(list, i, object))
                                 .arg(id)
                                 .arg(QLatin1String(list))
                                 .arg(ids.value(id)));
        } else {
            ids.insert(id, i);
        }
    }
    return ids;
}

QString numberList(const QJsonArray &array)
{
    QStringList parts;
    for (const QJsonValue &value : array)
        parts.append(value.isDouble() ? QString::number(value.toDouble()) : QStringLiteral("?"));
    return parts.join(QStringLiteral(", "));
}

/** The rules of one annotation's segmentation; returns whether it has any polygon. */
bool checkSegmentation(const QJsonValue &segmentation, qint64 iscrowd, const QString &at,
                       QStringList *problems)
{
    if (segmentation.isUndefined()) {
        problems->append(CocoExport::tr("%1: “segmentation” is missing.").arg(at));
        return false;
    }
    if (iscrowd == 1) {
        const QJsonObject rle = segmentation.toObject();
        if (!segmentation.isObject() || !rle.contains(QLatin1String("counts"))
            || !rle.value(QLatin1String("size")).isArray())
            problems->append(CocoExport::tr("%1: a crowd annotation (iscrowd 1) needs a run-length "
                                            "segmentation {\"counts\", \"size\"}.")
                                 .arg(at));
        return true;
    }
    if (!segmentation.isArray()) {
        problems->append(
            CocoExport::tr("%1: “segmentation” must be a list of polygons when iscrowd is 0.")
                .arg(at));
        return false;
    }
    const QJsonArray polygons = segmentation.toArray();
    for (qsizetype k = 0; k < polygons.size(); ++k) {
        const QJsonArray flat = polygons.at(k).toArray();
        double ignored = 0;
        const bool numbers = polygons.at(k).isArray()
            && std::all_of(flat.begin(), flat.end(),
                           [&ignored](const QJsonValue &v) { return finiteNumber(v, &ignored); });
        if (!numbers || flat.size() % 2 != 0 || flat.size() < 6)
            problems->append(CocoExport::tr("%1: segmentation[%2] is not a polygon: it needs an "
                                            "even number of at least 6 coordinates, it has %3.")
                                 .arg(at)
                                 .arg(k)
                                 .arg(numbers ? QString::number(flat.size())
                                              : CocoExport::tr("values that are not numbers")));
    }
    return !polygons.isEmpty();
}

} // namespace

QStringList CocoExport::check(const QJsonObject &coco)
{
    QStringList problems;
    for (const char *list : {"images", "annotations", "categories"}) {
        if (!coco.value(QLatin1String(list)).isArray())
            problems.append(tr("The list “%1” is missing.").arg(QLatin1String(list)));
    }
    const QJsonArray images = coco.value(QLatin1String("images")).toArray();
    const QJsonArray annotations = coco.value(QLatin1String("annotations")).toArray();
    const QJsonArray categories = coco.value(QLatin1String("categories")).toArray();

    const QHash<qint64, qsizetype> imageIds = collectIds(images, "images", &problems);
    QHash<qint64, QSizeF> imageSizes;
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QJsonObject image = images.at(i).toObject();
        const QString at = where("images", i, image);
        double width = 0;
        double height = 0;
        if (!finiteNumber(image.value(QLatin1String("width")), &width)
            || !finiteNumber(image.value(QLatin1String("height")), &height) || width <= 0
            || height <= 0)
            problems.append(tr("%1: “width” and “height” must be positive numbers.").arg(at));
        else if (qint64 id = 0; wholeNumber(image.value(QLatin1String("id")), &id))
            imageSizes.insert(id, QSizeF(width, height));
        if (image.value(QLatin1String("file_name")).toString().isEmpty())
            problems.append(tr("%1: “file_name” is missing or empty.").arg(at));
    }

    const QHash<qint64, qsizetype> categoryIds = collectIds(categories, "categories", &problems);
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QJsonObject category = categories.at(i).toObject();
        if (category.value(QLatin1String("name")).toString().isEmpty())
            problems.append(
                tr("%1: “name” is missing or empty.").arg(where("categories", i, category)));
    }

    collectIds(annotations, "annotations", &problems);
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const QJsonObject annotation = annotations.at(i).toObject();
        const QString at = where("annotations", i, annotation);

        qint64 imageId = 0;
        const bool imageKnown = wholeNumber(annotation.value(QLatin1String("image_id")), &imageId)
            && imageIds.contains(imageId);
        if (!imageKnown)
            problems.append(tr("%1: image_id %2 names no image of “images”.")
                                .arg(at,
                                     annotation.value(QLatin1String("image_id")).isUndefined()
                                         ? tr("(missing)")
                                         : QString::number(imageId)));
        qint64 categoryId = 0;
        if (!wholeNumber(annotation.value(QLatin1String("category_id")), &categoryId)
            || !categoryIds.contains(categoryId))
            problems.append(tr("%1: category_id %2 names no category of “categories”.")
                                .arg(at,
                                     annotation.value(QLatin1String("category_id")).isUndefined()
                                         ? tr("(missing)")
                                         : QString::number(categoryId)));

        qint64 iscrowd = -1;
        if (!wholeNumber(annotation.value(QLatin1String("iscrowd")), &iscrowd)
            || (iscrowd != 0 && iscrowd != 1))
            problems.append(tr("%1: “iscrowd” must be 0 or 1.").arg(at));

        const QJsonArray bbox = annotation.value(QLatin1String("bbox")).toArray();
        double box[4] = {0, 0, 0, 0};
        bool boxNumbers = bbox.size() == 4;
        for (qsizetype k = 0; boxNumbers && k < 4; ++k)
            boxNumbers = finiteNumber(bbox.at(k), &box[k]);
        if (!boxNumbers) {
            problems.append(tr("%1: “bbox” must be [x, y, width, height], four numbers.").arg(at));
        } else if (box[2] <= 0 || box[3] <= 0) {
            problems.append(
                tr("%1: bbox [%2] has no width or no height.").arg(at, numberList(bbox)));
        } else if (imageKnown) {
            const QSizeF size = imageSizes.value(imageId);
            if (size.isValid()
                && (box[0] < -kTolerance || box[1] < -kTolerance
                    || box[0] + box[2] > size.width() + kTolerance
                    || box[1] + box[3] > size.height() + kTolerance))
                problems.append(tr("%1: bbox [%2] is not inside image %3 (%4×%5).")
                                    .arg(at, numberList(bbox))
                                    .arg(imageId)
                                    .arg(size.width())
                                    .arg(size.height()));
        }

        const bool hasSegmentation = checkSegmentation(
            annotation.value(QLatin1String("segmentation")), iscrowd, at, &problems);
        double area = 0;
        if (!finiteNumber(annotation.value(QLatin1String("area")), &area) || area < 0)
            problems.append(tr("%1: “area” is missing or not a number of 0 or more.").arg(at));
        else if (hasSegmentation && area <= 0)
            problems.append(tr("%1: the area is 0 although it has a segmentation.").arg(at));
    }
    return problems;
}

} // namespace provena
