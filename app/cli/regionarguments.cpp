// SPDX-License-Identifier: MIT
#include "cli/regionarguments.h"

#include "cli/annotationcli.h"

#include "core/document/textanchoring.h"
#include "core/io/jsonstrictness.h"
#include "core/model/codepointindex.h"
#include "core/model/regionvalidator.h"
#include "formats/sidecarreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

namespace {

Error problem(const QString &message)
{
    return Error {message, {}, {}};
}

std::optional<QList<double>> parseNumbers(const QString &value)
{
    QList<double> out;
    for (const QString &part : value.split(u',')) {
        bool ok = false;
        const double d = part.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return std::nullopt;
        out.append(d);
    }
    return out;
}

QPolygonF pairs(const QList<double> &n)
{
    QPolygonF p;
    for (qsizetype i = 0; i + 1 < n.size(); i += 2)
        p << QPointF(n.at(i), n.at(i + 1));
    return p;
}

} // namespace

Result<RegionGeometry> RegionArguments::parseShape(const QString &shape, const QString &numbers)
{
    const auto n = parseNumbers(numbers);
    if (shape == u"rect"_s || shape == u"rectangle"_s || shape == u"ellipse"_s) {
        if (!n || n->size() != 4 || n->at(2) <= 0 || n->at(3) <= 0)
            return problem(tr("expected X,Y,W,H with positive W and H"));
        const QRectF box(n->at(0), n->at(1), n->at(2), n->at(3));
        return shape == u"ellipse"_s ? RegionGeometry::ellipse(box)
                                     : RegionGeometry::rectangle(box);
    }
    if (shape == u"polygon"_s || shape == u"polyline"_s) {
        const bool closed = shape == u"polygon"_s;
        const int minimum = closed ? 3 : 2;
        if (!n || n->size() % 2 != 0 || n->size() < 2 * minimum)
            return problem(tr("expected x1,y1,x2,y2,… with at least %1 points").arg(minimum));
        return closed ? RegionGeometry::polygon(pairs(*n)) : RegionGeometry::polyline(pairs(*n));
    }
    if (shape == u"point"_s) {
        if (!n || n->size() != 2)
            return problem(tr("expected X,Y"));
        return RegionGeometry::point(QPointF(n->at(0), n->at(1)));
    }
    return problem(
        tr("unknown shape “%1”; use rect, ellipse, polygon, polyline or point").arg(shape));
}

Result<double> RegionArguments::parseConfidence(const QString &value)
{
    if (value.isEmpty() || value == u"none"_s)
        return -1.0;
    bool ok = false;
    const double confidence = value.toDouble(&ok);
    if (!ok || !std::isfinite(confidence) || confidence < 0 || confidence > 1)
        return problem(tr("confidence “%1” is not a number from 0 to 1 (or “none”)").arg(value));
    return confidence;
}

Result<NewRegion> RegionArguments::check(const ArticleDocument &doc, const RegionDraft &draft)
{
    const int imageCount = int(doc.article().images.size());
    if (draft.imageNumber < 1 || draft.imageNumber > imageCount)
        return problem(
            tr("image %1 does not exist: the article has %n image(s)", nullptr, imageCount)
                .arg(draft.imageNumber));
    const Label *label = doc.labels().findByIdOrName(draft.label);
    if (!label) {
        QStringList known;
        for (const Label &l : doc.labels().labels())
            known << l.id + u" (“"_s + l.displayName() + u"”)"_s;
        return problem(tr("unknown label “%1”; known labels (id or name): %2")
                           .arg(draft.label, known.join(u", "_s)));
    }
    NewRegion out;
    Region &region = out.region;
    region.id = QUuid::createUuid();
    region.imageIndex = draft.imageNumber - 1;
    region.geometry = draft.geometry;
    region.label = label->id;
    region.note = draft.note;
    region.entity = draft.entity;
    region.confidence = draft.confidence;
    const QSize size = doc.imageRecord(region.imageIndex).pixelSize;
    const QList<RegionProblem> problems = RegionValidator::problems(region, size, &doc.labels());
    if (!problems.isEmpty()) {
        const RegionProblem &first = problems.first();
        return problem(first.field == u"geometry"_s
                           ? tr("image %1: %2").arg(draft.imageNumber).arg(first.message)
                           : first.message);
    }
    out.links = draft.links;
    return out;
}

Result<QJsonArray> RegionArguments::regionsFromJson(const QByteArray &json, const QString &name)
{
    JsonLimits limits;
    limits.maxDepth = kMaxJsonDepth;
    limits.maxStringLength = SidecarReader::kMaxStringLength; // the regions go into the sidecar
    if (const auto found = JsonStrictness::check(json, limits)) {
        Error e;
        e.message = found->kind == JsonStrictness::Problem::Kind::Syntax
            ? tr("not valid JSON: %1").arg(found->description)
            : tr("not valid at %1: %2")
                  .arg(JsonStrictness::displayPath(found->jsonPath), found->description);
        e.detail = found->detail;
        e.path = name;
        e.line = found->line;
        e.column = found->column;
        return e;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {tr("not valid JSON: %1").arg(parseError.errorString()),
                      tr("byte %1").arg(parseError.offset), name};
    if (!document.isArray())
        return Error {tr("expected a JSON array of regions"), {}, name};
    return document.array();
}

Result<RegionDraft> RegionArguments::draftFromJson(const ArticleDocument &doc,
                                                   const QJsonValue &value)
{
    if (!value.isObject())
        return problem(tr("expected a region object"));
    const QJsonObject o = value.toObject();
    const auto string = [&o](const char *key, QString *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return false;
        *out = v.toString();
        return true;
    };
    RegionDraft draft;
    const QJsonValue image = o.value(u"image"_s);
    if (!image.isDouble() || image.toDouble() != std::floor(image.toDouble()))
        return problem(tr("“image” must be an image number, from 1"));
    draft.imageNumber = image.toInt();

    RegionGeometry::Shape shape;
    if (!RegionGeometry::shapeFromName(o.value(u"shape"_s).toString(), &shape))
        return problem(tr("“shape” must be rectangle, ellipse, polygon, polyline or point"));
    QPolygonF points;
    for (const QJsonValue &p : o.value(u"points"_s).toArray()) {
        const QJsonArray xy = p.toArray();
        if (xy.size() != 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
            return problem(tr("“points” must be an array of [x, y] number pairs"));
        points << QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
    }
    switch (shape) {
    case RegionGeometry::Shape::Rectangle:
    case RegionGeometry::Shape::Ellipse:
        if (points.size() != 2)
            return problem(tr("a %1 has two points: its top-left and bottom-right corners")
                               .arg(RegionGeometry::shapeName(shape)));
        draft.geometry = shape == RegionGeometry::Shape::Rectangle
            ? RegionGeometry::rectangle(QRectF(points.at(0), points.at(1)))
            : RegionGeometry::ellipse(QRectF(points.at(0), points.at(1)));
        break;
    case RegionGeometry::Shape::Polygon:
        draft.geometry = RegionGeometry::polygon(points);
        break;
    case RegionGeometry::Shape::Polyline:
        draft.geometry = RegionGeometry::polyline(points);
        break;
    case RegionGeometry::Shape::Point:
        if (points.size() != 1)
            return problem(tr("a point has exactly one [x, y]"));
        draft.geometry = RegionGeometry::point(points.first());
        break;
    }
    if (!string("label", &draft.label) || draft.label.isEmpty())
        return problem(tr("“label” must be a label id or name"));
    if (!string("note", &draft.note) || !string("entity", &draft.entity.name)
        || !string("identifier", &draft.entity.identifier))
        return problem(tr("“note”, “entity” and “identifier” must be strings"));
    const QJsonValue confidence = o.value(u"confidence"_s);
    if (confidence.isDouble())
        draft.confidence = confidence.toDouble();
    else if (!confidence.isUndefined() && !confidence.isNull())
        return problem(tr("“confidence” must be a number from 0 to 1, or null"));

    const QString &text = doc.article().text;
    const CodePointIndex index(text);
    const QJsonArray links = o.value(u"links"_s).toArray();
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QJsonObject link = links.at(i).toObject();
        const QString quote = link.value(u"text"_s).toString();
        const QJsonValue start = link.value(u"start"_s);
        const QJsonValue end = link.value(u"end"_s);
        TextRange range;
        if (start.isDouble() && end.isDouble()) {
            // As `region list --json` prints it: the span is taken when the text there is the
            // quote (or no quote is given); else the quote is looked for.
            const TextRange at {start.toInteger(), end.toInteger()};
            if (at.start >= 0 && at.start <= at.end && at.end <= index.codePointCount()
                && (quote.isEmpty() || index.slice(text, at) == quote))
                range = at;
        }
        if (!range.isValid() && !quote.isEmpty())
            range = CliSupport::findText(doc, {quote, link.value(u"occurrence"_s).toInt(1)});
        if (!range.isValid())
            return problem(tr("links[%1]: “%2” is not in the article text").arg(i).arg(quote));
        draft.links.append(range);
    }
    return draft;
}

QJsonObject RegionArguments::toJson(const ArticleDocument &doc, const Region &r)
{
    QJsonArray points;
    for (const QPointF &p : r.geometry.points())
        points.append(QJsonArray {p.x(), p.y()});
    QJsonArray links;
    for (const QUuid &a : r.links) {
        const TextAnchor *anchor = doc.anchor(a);
        links.append(QJsonObject {{u"anchor"_s, CliSupport::shortId(a)},
                                  {u"text"_s, anchor ? anchor->exact : QString()},
                                  {u"start"_s, anchor ? anchor->range.start : -1},
                                  {u"end"_s, anchor ? anchor->range.end : -1}});
    }
    QJsonObject region {
        {u"id"_s, CliSupport::shortId(r.id)},
        {u"image"_s, r.imageIndex + 1},
        {u"shape"_s, RegionGeometry::shapeName(r.geometry.shape())},
        {u"points"_s, points},
        {u"label"_s, r.label},
        {u"note"_s, r.note},
        {u"entity"_s, r.entity.name},
        {u"identifier"_s, r.entity.identifier},
        {u"confidence"_s, r.hasConfidence() ? QJsonValue(r.confidence) : QJsonValue()},
        {u"needsReview"_s, r.needsReview},
        {u"links"_s, links},
    };
    // Only when there are any: `region add --from-json` reads this output back.
    if (!r.mergeConflicts.isEmpty()) {
        QJsonArray conflicts;
        for (const MergeConflict &c : r.mergeConflicts) {
            QJsonObject conflict {{u"field"_s, c.field}};
            const std::pair<QString, QJsonValue> sides[]
                = {{u"base"_s, c.base}, {u"ours"_s, c.ours}, {u"theirs"_s, c.theirs}};
            for (const auto &[key, value] : sides) {
                if (!value.isUndefined())
                    conflict.insert(key, value);
            }
            conflicts.append(conflict);
        }
        region.insert(u"mergeConflicts"_s, conflicts);
    }
    return region;
}

QString RegionArguments::conflictValueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return tr("(deleted)");
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(
        QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
}

QString RegionArguments::geometryText(const RegionGeometry &g)
{
    QStringList parts;
    for (const QPointF &p : g.points())
        parts << QString::number(p.x()) + u',' + QString::number(p.y());
    return RegionGeometry::shapeName(g.shape()) + u' ' + parts.join(u' ');
}

} // namespace provena::cli
