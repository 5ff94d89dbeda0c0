// SPDX-License-Identifier: MIT
#include "formats/viareader.h"

#include "formats/annotationimport_p.h"

#include <QJsonArray>
#include <QPolygonF>
#include <QRectF>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

namespace provena {

namespace {

using detail::toNumber;

Error fileError(const QString &path, const QString &message, const QString &detail = {})
{
    Error e;
    e.path = path;
    e.message = message;
    e.detail = detail;
    return e;
}

/** A region list as VIA 2 writes it (an array) or VIA 1 (an object keyed "0", "1", …), in order,
 *  with the key or index each region had. */
QList<std::pair<QString, QJsonValue>> regionsOf(const QJsonValue &regions)
{
    QList<std::pair<QString, QJsonValue>> out;
    if (regions.isArray()) {
        const QJsonArray array = regions.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            out.append({QString::number(i), array.at(i)});
        return out;
    }
    const QJsonObject object = regions.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        out.append({it.key(), it.value()});
    // QJsonObject orders keys as text ("10" before "2"); VIA 1 numbered them.
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        bool aNumber = false;
        bool bNumber = false;
        const qlonglong an = a.first.toLongLong(&aNumber);
        const qlonglong bn = b.first.toLongLong(&bNumber);
        return aNumber && bNumber ? an < bn : (aNumber && !bNumber);
    });
    return out;
}

/** What region_attributes give as the label: a label, or why the region is refused. */
struct LabelChoice
{
    QString label;
    QString refusal;
};

LabelChoice labelFromValue(const QString &attribute, const QJsonValue &value)
{
    if (value.isString())
        return {value.toString().trimmed(), {}};
    if (value.isDouble() || value.isBool())
        return {value.toVariant().toString(), {}};
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isObject()) {
        QStringList chosen;
        const QJsonObject options = value.toObject();
        for (auto it = options.constBegin(); it != options.constEnd(); ++it) {
            if (it.value().toBool())
                chosen.append(it.key());
        }
        if (chosen.size() > 1)
            return {{},
                    ViaReader::tr("the attribute “%1” has several options ticked (%2); a region "
                                  "has one label")
                        .arg(attribute, chosen.join(QLatin1String(", ")))};
        return {chosen.value(0), {}};
    }
    return {{}, ViaReader::tr("the attribute “%1” is a list, not a label").arg(attribute)};
}

} // namespace

Result<ShapeImport> ViaReader::read(const QString &path, const AnnotationTarget &target,
                                    const QString &labelAttribute)
{
    const Result<QByteArray> bytes = detail::readAnnotationFile(path, QStringLiteral("VIA"));
    if (!bytes)
        return bytes.error();
    return parse(bytes.value(), path, target, labelAttribute);
}

Result<ShapeImport> ViaReader::parse(const QByteArray &json, const QString &path,
                                     const AnnotationTarget &target, const QString &labelAttribute)
{
    const Result<QJsonObject> parsed
        = detail::parseAnnotationJson(json, path, QStringLiteral("VIA"));
    if (!parsed)
        return parsed.error();
    const QJsonObject &root = parsed.value();
    if (root.value(QLatin1String("project")).isObject()
        && (root.contains(QLatin1String("metadata")) || root.contains(QLatin1String("attribute"))
            || root.contains(QLatin1String("file"))))
        return fileError(path,
                         tr("This is a VIA 3 project; Provena does not read VIA 3 files yet. "
                            "Convert it to COCO or to a VIA 2 project first, or annotate the "
                            "image in VIA 2."));

    const bool project = root.value(QLatin1String("_via_img_metadata")).isObject();
    const QJsonObject entries
        = project ? root.value(QLatin1String("_via_img_metadata")).toObject() : root;
    const QString where = project ? QStringLiteral("_via_img_metadata") : QString();

    QStringList fileNames;
    QStringList matches;
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        if (!entry.value(QLatin1String("filename")).isString())
            continue;
        const QString name = entry.value(QLatin1String("filename")).toString();
        fileNames.append(name);
        if (detail::fileNameOf(name) == target.fileName)
            matches.append(it.key());
    }
    if (fileNames.isEmpty())
        return fileError(path,
                         tr("This is not a VIA file: it has no “_via_img_metadata” and no "
                            "image entries with a “filename”. Choose a VIA 2 project or a "
                            "VIA annotations export (JSON), or another --format."));
    if (matches.isEmpty()) {
        constexpr qsizetype kShown = 5;
        QString shown = fileNames.mid(0, kShown).join(QLatin1String(", "));
        if (fileNames.size() > kShown)
            shown += QStringLiteral(", … (%1)").arg(fileNames.size());
        return fileError(path, tr("The VIA file has no image named “%1”.").arg(target.fileName),
                         tr("images: %1").arg(shown));
    }
    if (matches.size() > 1)
        return fileError(path,
                         tr("The VIA file has %1 entries for an image named “%2” (%3); keep one "
                            "of them in VIA and save again.")
                             .arg(matches.size())
                             .arg(target.fileName, matches.join(QLatin1String(", "))));

    const QString key = matches.constFirst();
    const QJsonObject entry = entries.value(key).toObject();
    ShapeImport import;
    import.format = QStringLiteral("via");
    import.sourcePath = path;

    static const QStringList kLabelNames = {QStringLiteral("label"), QStringLiteral("name"),
                                            QStringLiteral("type"), QStringLiteral("class")};
    QStringList withoutAttribute;
    QStringList undecided;
    const auto regions = regionsOf(entry.value(QLatin1String("regions")));
    for (const auto &[index, value] : regions) {
        const QString origin = QStringLiteral("%1[\"%2\"].regions[%3]").arg(where, key, index);
        const QJsonObject region = value.toObject();
        const QJsonObject shape = region.value(QLatin1String("shape_attributes")).toObject();
        const QJsonObject attributes = region.value(QLatin1String("region_attributes")).toObject();

        // The label first: a refused label refuses the region, whatever its shape.
        QString attribute;
        if (!labelAttribute.isEmpty()) {
            attribute = labelAttribute;
            if (!attributes.contains(attribute))
                withoutAttribute.append(origin);
        } else if (attributes.size() == 1) {
            attribute = attributes.constBegin().key();
        } else {
            for (const QString &name : kLabelNames) {
                if (attributes.contains(name)) {
                    attribute = name;
                    break;
                }
            }
            if (attribute.isEmpty() && !attributes.isEmpty())
                undecided.append(origin);
        }
        const LabelChoice label = attribute.isEmpty()
            ? LabelChoice()
            : labelFromValue(attribute, attributes.value(attribute));
        if (!label.refusal.isEmpty()) {
            import.refused.append(QStringLiteral("%1: %2").arg(origin, label.refusal));
            continue;
        }

        const QString name = shape.value(QLatin1String("name")).toString();
        QString missing;
        const auto number = [&](const char *field) {
            double v = 0;
            if (!toNumber(shape.value(QLatin1String(field)), &v) && missing.isEmpty())
                missing = QLatin1String(field);
            return v;
        };
        const auto pointList = [&]() {
            const QJsonArray xs = shape.value(QLatin1String("all_points_x")).toArray();
            const QJsonArray ys = shape.value(QLatin1String("all_points_y")).toArray();
            QPolygonF points;
            if (xs.size() != ys.size())
                missing = QStringLiteral("all_points_x/all_points_y");
            for (qsizetype i = 0; missing.isEmpty() && i < xs.size(); ++i) {
                double x = 0;
                double y = 0;
                if (!toNumber(xs.at(i), &x) || !toNumber(ys.at(i), &y))
                    missing = QStringLiteral("all_points_x/all_points_y");
                points.append(QPointF(x, y));
            }
            return points;
        };

        ImportedShape imported;
        imported.label = label.label;
        imported.origin = origin;
        QString refusal;
        if (name == QLatin1String("rect")) {
            const QRectF rect(number("x"), number("y"), number("width"), number("height"));
            if (missing.isEmpty() && (rect.width() < 0 || rect.height() < 0))
                refusal = tr("the rect has a negative width or height");
            imported.geometry = RegionGeometry::rectangle(rect);
        } else if (name == QLatin1String("circle")) {
            const double cx = number("cx");
            const double cy = number("cy");
            const double r = number("r");
            if (missing.isEmpty() && r < 0)
                refusal = tr("the circle has a negative radius");
            imported.geometry = RegionGeometry::ellipse(QRectF(cx - r, cy - r, 2 * r, 2 * r));
        } else if (name == QLatin1String("ellipse")) {
            double rx = number("rx");
            double ry = number("ry");
            const double cx = number("cx");
            const double cy = number("cy");
            double theta = 0;
            const QJsonValue thetaValue = shape.value(QLatin1String("theta"));
            if (!thetaValue.isUndefined() && !toNumber(thetaValue, &theta) && missing.isEmpty())
                missing = QStringLiteral("theta");
            // A quarter turn leaves the ellipse axis-aligned with its axes swapped: the same
            // outline, not an approximation.
            const double quarterTurns = theta / (std::numbers::pi / 2);
            const double nearest = std::round(quarterTurns);
            if (missing.isEmpty() && std::abs(quarterTurns - nearest) > 1e-6)
                refusal = tr("the ellipse is rotated (theta %1 rad); Provena has no rotated "
                             "ellipse. Draw it as a polygon in VIA.")
                              .arg(theta);
            else if (std::fmod(std::abs(nearest), 2.0) == 1.0)
                std::swap(rx, ry);
            if (refusal.isEmpty() && missing.isEmpty() && (rx < 0 || ry < 0))
                refusal = tr("the ellipse has a negative radius");
            imported.geometry = RegionGeometry::ellipse(QRectF(cx - rx, cy - ry, 2 * rx, 2 * ry));
        } else if (name == QLatin1String("polygon")) {
            const QPolygonF points = pointList();
            if (missing.isEmpty() && points.size() < 3)
                refusal = tr("the polygon has %n point(s); a polygon needs at least 3", nullptr,
                             int(points.size()));
            imported.geometry = RegionGeometry::polygon(points);
        } else if (name == QLatin1String("polyline")) {
            const QPolygonF points = pointList();
            if (missing.isEmpty() && points.size() < 2)
                refusal = tr("the polyline has %n point(s); a polyline needs at least 2", nullptr,
                             int(points.size()));
            imported.geometry = RegionGeometry::polyline(points);
        } else if (name == QLatin1String("point")) {
            const double cx = number("cx");
            const double cy = number("cy");
            imported.geometry = RegionGeometry::point(QPointF(cx, cy));
        } else {
            refusal = name.isEmpty()
                ? tr("the region has no shape_attributes.name")
                : tr("the VIA shape “%1” has no Provena region shape").arg(name);
        }
        if (refusal.isEmpty() && !missing.isEmpty())
            refusal = tr("the %1 has no valid number in %2").arg(name, missing);
        if (!refusal.isEmpty()) {
            import.refused.append(QStringLiteral("%1: %2").arg(origin, refusal));
            continue;
        }
        import.shapes.append(imported);
    }

    if (!withoutAttribute.isEmpty())
        import.warnings.append(
            tr("%1 have no attribute “%2”: imported without a label.")
                .arg(withoutAttribute.join(QLatin1String(", ")), labelAttribute));
    if (!undecided.isEmpty())
        import.warnings.append(
            tr("%1 have several region attributes and none is called label, name, type or "
               "class: imported without a label. Name the attribute that holds the label.")
                .arg(undecided.join(QLatin1String(", "))));
    if (target.orientation != 1 && !import.shapes.isEmpty())
        import.warnings.append(
            tr("“%1” has EXIF orientation %2 and a VIA file records no image size to tell on "
               "which grid it was drawn: the coordinates are taken on the image as displayed, as "
               "browsers show it.")
                .arg(target.fileName)
                .arg(target.orientation));
    return import;
}

} // namespace provena
