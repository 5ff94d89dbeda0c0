// SPDX-License-Identifier: MIT
#include "formats/labelmereader.h"

#include "formats/annotationimport_p.h"

#include <QJsonArray>
#include <QLineF>
#include <QMap>
#include <QRectF>

#include <optional>

namespace provena {

namespace {

using detail::toNumber;
using detail::toPointList;

/** The newest labelme file layout this reader was written against (labelme 5.x). */
constexpr int kKnownMajorVersion = 5;

/** The rectangle of 2 corners, or of 4 axis-aligned corners (as some labelme forks write). */
std::optional<QRectF> rectangleFrom(const QPolygonF &points)
{
    if (points.size() == 2)
        return QRectF(points.at(0), points.at(1)).normalized();
    if (points.size() != 4)
        return std::nullopt;
    const QRectF box = points.boundingRect();
    for (const QPointF &p : points) {
        const bool onCorner = (p.x() == box.left() || p.x() == box.right())
            && (p.y() == box.top() || p.y() == box.bottom());
        if (!onCorner)
            return std::nullopt;
    }
    return box;
}

} // namespace

Result<ShapeImport> LabelmeReader::read(const QString &path, const AnnotationTarget &target)
{
    const Result<QByteArray> bytes = detail::readAnnotationFile(path, QStringLiteral("labelme"));
    if (!bytes)
        return bytes.error();
    return parse(bytes.value(), path, target);
}

Result<ShapeImport> LabelmeReader::parse(const QByteArray &json, const QString &path,
                                         const AnnotationTarget &target)
{
    const Result<QJsonObject> parsed
        = detail::parseAnnotationJson(json, path, QStringLiteral("labelme"));
    if (!parsed)
        return parsed.error();
    const QJsonObject &root = parsed.value();
    if (!root.value(QLatin1String("shapes")).isArray()) {
        Error e;
        e.path = path;
        e.message = tr("This is not a labelme file: it has no “shapes” list. Choose the JSON file "
                       "labelme saved next to the image, or another --format.");
        return e;
    }

    ShapeImport import;
    import.format = QStringLiteral("labelme");
    import.sourcePath = path;

    const QString version = root.value(QLatin1String("version")).toString();
    if (version.section(QLatin1Char('.'), 0, 0).toInt() > kKnownMajorVersion)
        import.warnings.append(
            tr("The file was written by labelme %1, newer than the %2.x files this reader knows; "
               "check the imported shapes.")
                .arg(version)
                .arg(kKnownMajorVersion));

    const QJsonArray shapes = root.value(QLatin1String("shapes")).toArray();
    QMap<QString, QStringList> groups; // group_id -> the shapes that share it
    QStringList flagged;
    for (qsizetype i = 0; i < shapes.size(); ++i) {
        const QString origin = QStringLiteral("shapes[%1]").arg(i);
        if (!shapes.at(i).isObject()) {
            import.refused.append(tr("%1: not a shape object").arg(origin));
            continue;
        }
        const QJsonObject shape = shapes.at(i).toObject();
        const QJsonValue labelValue = shape.value(QLatin1String("label"));
        if (!labelValue.isString() && !labelValue.isUndefined() && !labelValue.isNull()) {
            import.refused.append(tr("%1: the label is not text").arg(origin));
            continue;
        }
        // labelme reads a shape without shape_type as a polygon (LabelFile.load).
        const QJsonValue typeValue = shape.value(QLatin1String("shape_type"));
        const QString type
            = typeValue.isString() ? typeValue.toString() : QStringLiteral("polygon");
        QPolygonF points;
        QString problem;
        if (!toPointList(shape.value(QLatin1String("points")), origin + QLatin1String(".points"),
                         &points, &problem)) {
            import.refused.append(problem);
            continue;
        }

        ImportedShape imported;
        imported.label = labelValue.toString();
        imported.note = shape.value(QLatin1String("description")).toString();
        imported.origin = origin;
        const auto wrongCount = [&](const QString &expected) {
            import.refused.append(tr("%1: a labelme %2 needs %3, this one has %n point(s)", nullptr,
                                     int(points.size()))
                                      .arg(origin, type, expected));
        };
        if (type == QLatin1String("rectangle")) {
            const std::optional<QRectF> rect = rectangleFrom(points);
            if (!rect) {
                if (points.size() == 4)
                    import.refused.append(
                        tr("%1: the rectangle's 4 corners are not axis-aligned; Provena has no "
                           "rotated rectangle (draw it as a polygon in labelme)")
                            .arg(origin));
                else
                    wrongCount(tr("2 corners"));
                continue;
            }
            imported.geometry = RegionGeometry::rectangle(*rect);
        } else if (type == QLatin1String("polygon")) {
            if (points.size() < 3) {
                wrongCount(tr("at least 3 points"));
                continue;
            }
            imported.geometry = RegionGeometry::polygon(points);
        } else if (type == QLatin1String("circle")) {
            if (points.size() != 2) {
                wrongCount(tr("its centre and a point on the circle"));
                continue;
            }
            const double r = QLineF(points.at(0), points.at(1)).length();
            const QPointF c = points.at(0);
            imported.geometry = RegionGeometry::ellipse(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        } else if (type == QLatin1String("point")) {
            if (points.size() != 1) {
                wrongCount(tr("1 point"));
                continue;
            }
            imported.geometry = RegionGeometry::point(points.at(0));
        } else if (type == QLatin1String("line") || type == QLatin1String("linestrip")) {
            if (points.size() < 2 || (type == QLatin1String("line") && points.size() != 2)) {
                wrongCount(type == QLatin1String("line") ? tr("2 points")
                                                         : tr("at least 2 points"));
                continue;
            }
            imported.geometry = RegionGeometry::polyline(points);
        } else if (type == QLatin1String("mask")) {
            import.refused.append(tr("%1: a labelme mask (a bitmap) cannot become a region: "
                                     "Provena has no bitmap regions; draw it as a polygon")
                                      .arg(origin));
            continue;
        } else {
            import.refused.append(tr("%1: the labelme shape type “%2” has no Provena region shape")
                                      .arg(origin, type));
            continue;
        }

        const QJsonValue group = shape.value(QLatin1String("group_id"));
        if (group.isDouble() || group.isString())
            groups[group.toVariant().toString()].append(origin);
        const QJsonObject flags = shape.value(QLatin1String("flags")).toObject();
        for (auto it = flags.constBegin(); it != flags.constEnd(); ++it) {
            if (it.value().toBool()) {
                flagged.append(origin);
                break;
            }
        }
        import.shapes.append(imported);
    }

    // Neither is a region property; saying so beats dropping them silently.
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (it.value().size() > 1)
            import.warnings.append(
                tr("%1 share group_id %2 in labelme (one object in several parts); Provena has no "
                   "groups and imports them as separate regions.")
                    .arg(it.value().join(QLatin1String(", ")), it.key()));
    }
    if (!flagged.isEmpty())
        import.warnings.append(tr("The flags set on %1 are not imported: Provena regions have no "
                                  "flags (use the region's note).")
                                   .arg(flagged.join(QLatin1String(", "))));

    const QString imagePath = root.value(QLatin1String("imagePath")).toString();
    detail::warnOnOtherFileName(&import, detail::fileNameOf(imagePath), target,
                                QStringLiteral("imagePath"));
    double width = 0;
    double height = 0;
    if (toNumber(root.value(QLatin1String("imageWidth")), &width)
        && toNumber(root.value(QLatin1String("imageHeight")), &height))
        detail::fitToImage(&import, QSizeF(width, height), target,
                           QStringLiteral("imageWidth/imageHeight"));
    return import;
}

} // namespace provena
