// SPDX-License-Identifier: MIT
#include "formats/sidecarselectors_p.h"

#include "formats/sidecarreader.h"
#include "formats/sidecarvocabulary_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>
#include <limits>

namespace provena::detail {

namespace {

/** Shortest round-trip form, as in the "geometry" numbers. */
QString num(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

/** The geometry of `shape` with exactly `pts` as its points, or nullopt when they do not fit. */
std::optional<RegionGeometry> makeGeometry(RegionGeometry::Shape shape, const QPolygonF &pts)
{
    RegionGeometry g;
    switch (shape) {
    case RegionGeometry::Shape::Rectangle:
        if (pts.size() != 2)
            return std::nullopt;
        g = RegionGeometry::rectangle(QRectF(pts.at(0), pts.at(1)));
        break;
    case RegionGeometry::Shape::Ellipse:
        if (pts.size() != 2)
            return std::nullopt;
        g = RegionGeometry::ellipse(QRectF(pts.at(0), pts.at(1)));
        break;
    case RegionGeometry::Shape::Polygon:
        g = RegionGeometry::polygon(pts);
        break;
    case RegionGeometry::Shape::Polyline:
        g = RegionGeometry::polyline(pts);
        break;
    case RegionGeometry::Shape::Point:
        if (pts.size() != 1)
            return std::nullopt;
        g = RegionGeometry::point(pts.at(0));
        break;
    }
    if (!g.isValid() || g.points() != pts)
        return std::nullopt;
    return g;
}

/** Geometry from a selector written by another tool (no "geometry" property). */
std::optional<RegionGeometry> geometryFromSelector(const QJsonObject &selector)
{
    const QString type = selector.value(QLatin1String("type")).toString();
    const QString value = selector.value(QLatin1String("value")).toString();
    if (type == QLatin1String("FragmentSelector")) {
        static const QRegularExpression re(
            QStringLiteral("^xywh=(?:pixel:)?(\\d+),(\\d+),(\\d+),(\\d+)$"));
        const auto m = re.match(value);
        if (!m.hasMatch())
            return std::nullopt;
        return RegionGeometry::rectangle(QRectF(m.captured(1).toDouble(), m.captured(2).toDouble(),
                                                m.captured(3).toDouble(),
                                                m.captured(4).toDouble()));
    }
    if (type != QLatin1String("SvgSelector"))
        return std::nullopt;
    QXmlStreamReader xml(value);
    auto attr = [&xml](const char *name) {
        return xml.attributes().value(QLatin1String(name)).toDouble();
    };
    auto points = [&xml]() {
        QPolygonF poly;
        const QStringList nums
            = xml.attributes()
                  .value(QLatin1String("points"))
                  .toString()
                  .split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i + 1 < nums.size(); i += 2)
            poly << QPointF(nums.at(i).toDouble(), nums.at(i + 1).toDouble());
        return poly;
    };
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("ellipse"))
            return RegionGeometry::ellipse(QRectF(attr("cx") - attr("rx"), attr("cy") - attr("ry"),
                                                  2 * attr("rx"), 2 * attr("ry")));
        if (name == QLatin1String("rect"))
            return RegionGeometry::rectangle(
                QRectF(attr("x"), attr("y"), attr("width"), attr("height")));
        if (name == QLatin1String("circle"))
            return RegionGeometry::point(QPointF(attr("cx"), attr("cy")));
        if (name == QLatin1String("polygon"))
            return RegionGeometry::polygon(points());
        if (name == QLatin1String("polyline"))
            return RegionGeometry::polyline(points());
    }
    return std::nullopt;
}

/** The "geometry" member of a region target: {shape, points: [x1, y1, …]}. */
std::optional<RegionGeometry> readGeometry(JsonChecker &c, const QJsonValue &v, const JsonPath &gw,
                                           QJsonObject *extra)
{
    const auto g = c.object(v, gw);
    if (!g)
        return std::nullopt;
    const JsonPath shapePath(gw, "shape");
    const auto shapeName = c.string(g->value(QLatin1String("shape")), shapePath);
    if (!shapeName)
        return std::nullopt;
    RegionGeometry::Shape shape;
    if (!RegionGeometry::shapeFromName(*shapeName, &shape)) {
        c.fail(shapePath, SidecarReaderText::tr("unknown shape “%1”").arg(shapeName->left(20)));
        return std::nullopt;
    }
    const JsonPath pointsPath(gw, "points");
    const QJsonValue pv = g->value(QLatin1String("points"));
    if (!pv.isArray() || pv.toArray().size() % 2 != 0 || pv.toArray().size() > 2'000'000) {
        c.fail(pointsPath, SidecarReaderText::tr("expected an array of x, y numbers"));
        return std::nullopt;
    }
    const QJsonArray pa = pv.toArray();
    QPolygonF pts;
    for (qsizetype i = 0; i < pa.size(); i += 2) {
        const auto x
            = c.number(pa.at(i), JsonPath(pointsPath, i), 0, SidecarReader::kMaxCoordinate);
        const auto y
            = c.number(pa.at(i + 1), JsonPath(pointsPath, i + 1), 0, SidecarReader::kMaxCoordinate);
        if (!x || !y)
            return std::nullopt;
        pts << QPointF(*x, *y);
    }
    const auto geometry = makeGeometry(shape, pts);
    if (!geometry) {
        c.fail(gw, SidecarReaderText::tr("the points do not make a valid %1").arg(*shapeName));
        return std::nullopt;
    }
    setUnknownPart(*extra, kPartGeometry, unknownKeys(*g, {"shape", "points"}));
    return geometry;
}

} // namespace

std::optional<QJsonObject> unknownSelectorKeys(const QJsonObject &s)
{
    const QString type = s.value(QLatin1String("type")).toString();
    if (type == QLatin1String("TextPositionSelector"))
        return unknownKeys(s, {"type", "start", "end"});
    if (type == QLatin1String("TextQuoteSelector"))
        return unknownKeys(s, {"type", "exact", "prefix", "suffix"});
    if (type == QLatin1String("FragmentSelector"))
        return unknownKeys(s, {"type", "conformsTo", "value"});
    if (type == QLatin1String("SvgSelector"))
        return unknownKeys(s, {"type", "value"});
    return std::nullopt;
}

std::optional<RegionGeometry> readRegionShape(JsonChecker &c, const QJsonObject &target,
                                              const JsonPath &tw, QJsonObject *extra)
{
    const QJsonValue selectorValue = target.value(QLatin1String("selector"));
    const JsonPath sw(tw, "selector");
    QJsonObject selector;
    if (selectorValue.isObject())
        selector = selectorValue.toObject();
    else if (selectorValue.isArray() && !selectorValue.toArray().isEmpty())
        selector = selectorValue.toArray().first().toObject();
    else {
        c.fail(sw, SidecarReaderText::tr("expected a selector object"));
        return std::nullopt;
    }
    const JsonPath valuePath(sw, "value");
    if (!c.string(selector.value(QLatin1String("value")), valuePath))
        return std::nullopt;
    if (target.contains(QLatin1String("geometry")))
        return readGeometry(c, target.value(QLatin1String("geometry")), JsonPath(tw, "geometry"),
                            extra);
    const auto geometry = geometryFromSelector(selector);
    if (!geometry || !geometry->isValid()) {
        c.fail(valuePath, SidecarReaderText::tr("no shape Provena can read"));
        return std::nullopt;
    }
    // The same limits as for "geometry", so what is accepted can be written back.
    for (const QPointF &p : geometry->points()) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || p.x() < 0 || p.y() < 0
            || p.x() > SidecarReader::kMaxCoordinate || p.y() > SidecarReader::kMaxCoordinate) {
            c.fail(valuePath,
                   SidecarReaderText::tr("the shape has coordinates outside 0 to %1")
                       .arg(SidecarReader::kMaxCoordinate));
            return std::nullopt;
        }
    }
    return geometry;
}

bool readTextSelectors(JsonChecker &c, const QJsonObject &target, const JsonPath &targetPath,
                       TextAnchor *anchor)
{
    const JsonPath selectorPath(targetPath, "selector");
    bool haveQuote = false;
    const bool ok = forEachElement(
        target.value(QLatin1String("selector")), selectorPath,
        [&](const QJsonValue &v, const JsonPath &at) {
            const auto s = c.object(v, at);
            if (!s)
                return false;
            const QString type = s->value(QLatin1String("type")).toString();
            if (type == QLatin1String("TextPositionSelector")) {
                const qint64 max = std::numeric_limits<qint32>::max();
                const auto start
                    = c.integer(s->value(QLatin1String("start")), JsonPath(at, "start"), 0, max);
                const auto end
                    = c.integer(s->value(QLatin1String("end")), JsonPath(at, "end"), 0, max);
                if (!start || !end)
                    return false;
                if (*end < *start)
                    return c.fail(JsonPath(at, "end"),
                                  SidecarReaderText::tr("end is before start"));
                anchor->range = {*start, *end};
            } else if (type == QLatin1String("TextQuoteSelector")) {
                const auto exact
                    = c.string(s->value(QLatin1String("exact")), JsonPath(at, "exact"));
                const auto prefix = c.optString(*s, "prefix", at);
                const auto suffix = c.optString(*s, "suffix", at);
                if (!exact || !prefix || !suffix)
                    return false;
                anchor->exact = *exact;
                anchor->prefix = *prefix;
                anchor->suffix = *suffix;
                haveQuote = true;
            }
            return true;
        });
    if (!ok)
        return false;
    if (!haveQuote)
        return c.fail(selectorPath, SidecarReaderText::tr("a TextQuoteSelector is required"));
    return true;
}

void writeRegionSelector(JsonOut &out, const RegionGeometry &g, const QSize &imageSize,
                         const Parts &parts)
{
    const bool fragment = g.shape() == RegionGeometry::Shape::Rectangle;
    ObjectScope s(out,
                  parts.selector(kPartTarget, fragment ? u"FragmentSelector" : u"SvgSelector"));
    const QRectF box = g.boundingRect();
    if (fragment) {
        // Media Fragments allow whole numbers only: write the smallest covering pixel box; the
        // exact outline is in "geometry".
        const qint64 x = qMax<qint64>(0, qint64(std::floor(box.left())));
        const qint64 y = qMax<qint64>(0, qint64(std::floor(box.top())));
        const qint64 w = qMax<qint64>(0, qint64(std::ceil(box.right())) - x);
        const qint64 h = qMax<qint64>(0, qint64(std::ceil(box.bottom())) - y);
        s.string("conformsTo", kMediaFragsIri);
        s.string("type", u"FragmentSelector");
        s.string("value", QStringLiteral("xywh=pixel:%1,%2,%3,%4").arg(x).arg(y).arg(w).arg(h));
        return;
    }
    QSizeF canvas = imageSize.isValid() ? QSizeF(imageSize) : QSizeF();
    if (!canvas.isValid() || canvas.isEmpty())
        canvas = QSizeF(std::ceil(qMax(1.0, box.right())), std::ceil(qMax(1.0, box.bottom())));
    QString shape;
    auto pointList = [&g] {
        QStringList parts;
        for (const QPointF &p : g.points())
            parts << num(p.x()) + u',' + num(p.y());
        return parts.join(u' ');
    };
    switch (g.shape()) {
    case RegionGeometry::Shape::Ellipse:
        shape = QStringLiteral("<ellipse cx=\"%1\" cy=\"%2\" rx=\"%3\" ry=\"%4\"/>")
                    .arg(num(box.center().x()), num(box.center().y()), num(box.width() / 2),
                         num(box.height() / 2));
        break;
    case RegionGeometry::Shape::Polygon:
        shape = QStringLiteral("<polygon points=\"%1\"/>").arg(pointList());
        break;
    case RegionGeometry::Shape::Polyline:
        shape = QStringLiteral("<polyline points=\"%1\" fill=\"none\"/>").arg(pointList());
        break;
    case RegionGeometry::Shape::Point:
    case RegionGeometry::Shape::Rectangle: {
        const QPointF p = g.points().value(0);
        shape = QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"1\"/>").arg(num(p.x()), num(p.y()));
        break;
    }
    }
    s.string("type", u"SvgSelector");
    s.string(
        "value",
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\">%3</svg>")
            .arg(num(canvas.width()), num(canvas.height()), shape));
}

void writeGeometry(ObjectScope &target, const RegionGeometry &geometry, const Parts &parts)
{
    ObjectScope g(target.key("geometry"), parts.get(kPartGeometry));
    JsonOut &p = g.key("points");
    p.beginArray();
    for (const QPointF &point : geometry.points()) {
        p.element();
        p.number(point.x());
        p.element();
        p.number(point.y());
    }
    p.endArray();
    g.string("shape", RegionGeometry::shapeName(geometry.shape()));
}

void writeTextSelectors(JsonOut &out, const TextAnchor &anchor, const Parts &parts,
                        QStringView resource)
{
    {
        out.element();
        ObjectScope position(out, parts.selector(resource, u"TextPositionSelector"));
        position.key("end").integer(qMax<qint64>(0, anchor.range.end));
        position.key("start").integer(qMax<qint64>(0, anchor.range.start));
        position.string("type", u"TextPositionSelector");
    }
    out.element();
    ObjectScope quote(out, parts.selector(resource, u"TextQuoteSelector"));
    quote.string("exact", anchor.exact);
    if (!anchor.prefix.isEmpty())
        quote.string("prefix", anchor.prefix);
    if (!anchor.suffix.isEmpty())
        quote.string("suffix", anchor.suffix);
    quote.string("type", u"TextQuoteSelector");
}

} // namespace provena::detail
