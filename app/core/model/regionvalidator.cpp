// SPDX-License-Identifier: MIT
#include "core/model/regionvalidator.h"

#include "core/model/labeltaxonomy.h"

#include <QUrl>

#include <algorithm>
#include <cmath>

namespace provena {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

bool RegionValidator::liesInside(const RegionGeometry &geometry, const QSizeF &imageSize)
{
    // Compare coordinates, not rectangles: QRectF::contains() is false for every rectangle of
    // zero width or height, which would put every point and straight line "outside".
    const QPolygonF &points = geometry.points();
    return std::all_of(points.cbegin(), points.cend(), [&imageSize](const QPointF &p) {
        return p.x() >= 0 && p.y() >= 0 && p.x() <= imageSize.width()
            && p.y() <= imageSize.height();
    });
}

QString RegionValidator::unknownSizeWarning(int imageNumber, int regionCount)
{
    return tr("the size of image %1 is unknown, so its %n region(s) could not be checked against "
              "its bounds; fetch or attach the image and run validate again",
              nullptr, regionCount)
        .arg(imageNumber);
}

QList<RegionProblem> RegionValidator::problems(const Region &region, const QSizeF &imageSize,
                                               const LabelTaxonomy *labels)
{
    QList<RegionProblem> out;
    const auto add = [&out](const QString &field, const QString &message) {
        out.append({field, message});
    };

    if (region.imageIndex < 0)
        add(QStringLiteral("imageIndex"), tr("image index %1 is negative").arg(region.imageIndex));

    const RegionGeometry &geometry = region.geometry;
    const QPolygonF &points = geometry.points();
    const RegionGeometry::Shape shape = geometry.shape();
    const QString shapeName = RegionGeometry::shapeName(shape);
    const bool exact = shape == RegionGeometry::Shape::Rectangle
        || shape == RegionGeometry::Shape::Ellipse || shape == RegionGeometry::Shape::Point;
    const qsizetype wanted = RegionGeometry::minimumPoints(shape);
    if (exact && points.size() != wanted)
        add(QStringLiteral("geometry.points"),
            tr("a %1 has exactly %2 point(s), not %3")
                .arg(shapeName)
                .arg(wanted)
                .arg(points.size()));
    else if (points.size() < wanted)
        add(QStringLiteral("geometry.points"),
            tr("a %1 needs at least %2 points, not %3")
                .arg(shapeName)
                .arg(wanted)
                .arg(points.size()));
    else if (points.size() > kMaxPoints)
        add(QStringLiteral("geometry.points"),
            tr("%1 points are more than the limit of %2").arg(points.size()).arg(kMaxPoints));
    bool coordinatesOk = true;
    for (qsizetype i = 0; i < points.size() && coordinatesOk; ++i) {
        const QPointF &p = points.at(i);
        const QString field = QStringLiteral("geometry.points[%1]").arg(i);
        if (!std::isfinite(p.x()) || !std::isfinite(p.y())) {
            add(field, tr("point %1 is not a pair of finite numbers").arg(i + 1));
            coordinatesOk = false;
        } else if (p.x() < 0 || p.y() < 0 || p.x() > kMaxCoordinate || p.y() > kMaxCoordinate) {
            add(field,
                tr("point %1 (%2, %3) is outside 0 to %4")
                    .arg(i + 1)
                    .arg(number(p.x()), number(p.y()), number(kMaxCoordinate)));
            coordinatesOk = false;
        }
    }
    if (coordinatesOk && !points.isEmpty() && imageSize.isValid()
        && !liesInside(geometry, imageSize)) {
        const QRectF box = geometry.boundingRect();
        add(QStringLiteral("geometry"),
            tr("the shape (%1,%2 to %3,%4) lies outside the image, which is %5×%6 pixels")
                .arg(number(box.left()), number(box.top()), number(box.right()),
                     number(box.bottom()), number(imageSize.width()), number(imageSize.height())));
    }

    if (!region.label.isEmpty()) {
        if (region.label.size() > kMaxStringLength || !LabelTaxonomy::isValidId(region.label))
            add(QStringLiteral("label"),
                tr("“%1” is not a label id (1 to 64 of a–z, 0–9, '-' and '_')")
                    .arg(region.label.left(80)));
        else if (labels && !labels->contains(region.label))
            add(QStringLiteral("label"), tr("“%1” is not a known label").arg(region.label));
    }

    const double c = region.confidence;
    if (std::isnan(c) || c > 1 || (c < 0 && c != -1))
        add(QStringLiteral("confidence"),
            tr("confidence %1 is not between 0 and 1").arg(number(c)));

    if (!region.entity.identifier.isEmpty()
        && region.entity.identifier.size() <= kMaxStringLength) {
        const QUrl iri(region.entity.identifier, QUrl::StrictMode);
        if (!iri.isValid() || iri.isRelative()
            || region.entity.identifier.trimmed().size() != region.entity.identifier.size())
            add(QStringLiteral("entity.identifier"),
                tr("“%1” is not an absolute IRI (e.g. http://www.wikidata.org/entity/Q42)")
                    .arg(region.entity.identifier.left(80)));
    }

    const struct
    {
        const char *field;
        const QString &value;
    } texts[] = {{"note", region.note},
                 {"entity.name", region.entity.name},
                 {"entity.identifier", region.entity.identifier},
                 {"author", region.author}};
    for (const auto &text : texts) {
        if (text.value.size() > kMaxStringLength)
            add(QString::fromLatin1(text.field),
                tr("text of %1 characters is longer than the limit of %2")
                    .arg(text.value.size())
                    .arg(kMaxStringLength));
    }
    return out;
}

Status RegionValidator::validate(const Region &region, const QSizeF &imageSize,
                                 const LabelTaxonomy *labels)
{
    const QList<RegionProblem> found = problems(region, imageSize, labels);
    if (found.isEmpty())
        return Status::success();
    QStringList lines;
    for (const RegionProblem &problem : found)
        lines.append(problem.field + QStringLiteral(": ") + problem.message);
    return Error {found.first().message, lines.join(u'\n'), {}};
}

} // namespace provena
