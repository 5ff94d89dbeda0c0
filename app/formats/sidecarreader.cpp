// SPDX-License-Identifier: MIT
#include "formats/sidecarreader.h"

#include "formats/sidecarvocabulary_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>
#include <optional>

namespace provena {

using namespace provena::detail;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SidecarReader", text);
}

/**
 * Where a value sits in the document, e.g. "first.items[3].target.selector.value". Built lazily:
 * a chain of stack objects, turned into text only when an error is reported, so reading a valid
 * file allocates no path strings.
 */
class Path
{
public:
    Path(QString root)
        : mRoot(std::move(root))
    {
    }
    Path(const Path &parent, const char *key)
        : mParent(&parent)
        , mKey(key)
    {
    }
    Path(const Path &parent, qsizetype index)
        : mParent(&parent)
        , mIndex(index)
    {
    }

    QString toString() const
    {
        if (!mParent)
            return mRoot;
        const QString base = mParent->toString();
        if (mKey)
            return base.isEmpty() ? QString::fromLatin1(mKey) : base + u'.' + QLatin1String(mKey);
        return base + u'[' + QString::number(mIndex) + u']';
    }

private:
    const Path *mParent = nullptr;
    QString mRoot;
    const char *mKey = nullptr;
    qsizetype mIndex = -1;
};

/** Fast path for what Provena writes, "YYYY-MM-DDTHH:MM:SSZ"; invalid for anything else. */
QDateTime parseUtcTimestamp(QStringView s)
{
    if (s.size() != 20 || s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':'
        || s[16] != u':' || s[19] != u'Z')
        return {};
    auto digits = [&s](qsizetype at, qsizetype n) {
        int v = 0;
        for (qsizetype i = at; i < at + n; ++i) {
            const char16_t c = s[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
    const QTime time(digits(11, 2), digits(14, 2), digits(17, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

/** Walks the JSON, checking types and limits; the first problem found is kept in `error`. */
class Checker
{
public:
    explicit Checker(QString file)
        : mFile(std::move(file))
    {
    }

    bool fail(const Path &where, const QString &what)
    {
        if (!mError) {
            Error e;
            e.detail = where.toString();
            e.message = tr("The sidecar is not valid at %1: %2").arg(e.detail, what);
            e.path = mFile;
            mError = e;
        }
        return false;
    }
    bool failed() const { return mError.has_value(); }
    Error error() const { return mError.value_or(Error {}); }

    std::optional<QJsonObject> object(const QJsonValue &v, const Path &where)
    {
        if (!v.isObject()) {
            fail(where, tr("expected an object"));
            return std::nullopt;
        }
        return v.toObject();
    }

    std::optional<QString> string(const QJsonValue &v, const Path &where)
    {
        if (!v.isString()) {
            fail(where, tr("expected a string"));
            return std::nullopt;
        }
        QString s = v.toString();
        if (s.size() > SidecarReader::kMaxStringLength) {
            fail(where,
                 tr("text of %1 characters is longer than the limit of %2")
                     .arg(s.size())
                     .arg(SidecarReader::kMaxStringLength));
            return std::nullopt;
        }
        return s;
    }

    /** Optional string: absent → empty. */
    std::optional<QString> optString(const QJsonObject &o, const char *key, const Path &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return QString();
        return string(v, Path(where, key));
    }

    std::optional<double> number(const QJsonValue &v, const Path &where, double min, double max)
    {
        if (!v.isDouble()) {
            fail(where, tr("expected a number"));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < min || d > max) {
            fail(
                where,
                tr("the number %1 is outside the allowed range %2 to %3").arg(d).arg(min).arg(max));
            return std::nullopt;
        }
        return d;
    }

    std::optional<qint64> integer(const QJsonValue &v, const Path &where, qint64 min, qint64 max)
    {
        const auto d = number(v, where, double(min), double(max));
        if (!d)
            return std::nullopt;
        if (*d != std::floor(*d)) {
            fail(where, tr("expected a whole number"));
            return std::nullopt;
        }
        return qint64(*d);
    }

    std::optional<QDateTime> dateTime(const QJsonObject &o, const char *key, const Path &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return QDateTime();
        const Path at(where, key);
        const auto s = string(v, at);
        if (!s)
            return std::nullopt;
        QDateTime t = parseUtcTimestamp(*s);
        if (!t.isValid())
            t = QDateTime::fromString(*s, Qt::ISODate);
        // Years beyond 1…9999 have no ISO 8601 basic form Provena could write back.
        if (!t.isValid() || t.toUTC().date().year() < 1 || t.toUTC().date().year() > 9999) {
            fail(at, tr("“%1” is not an xsd:dateTime").arg(s->left(40)));
            return std::nullopt;
        }
        t = t.toUTC();
        return t.addMSecs(-t.time().msec());
    }

    std::optional<QUuid> uuidId(const QJsonValue &v, const Path &where)
    {
        const auto s = string(v, where);
        if (!s)
            return std::nullopt;
        const QUuid id = uuidFromIri(*s);
        if (id.isNull()) {
            fail(where, tr("expected a “urn:uuid:” IRI, found “%1”").arg(s->left(60)));
            return std::nullopt;
        }
        return id;
    }

private:
    QString mFile;
    std::optional<Error> mError;
};

bool hasType(const QJsonValue &type, const QString &name)
{
    if (type.isString())
        return type.toString() == name;
    const QJsonArray a = type.toArray();
    return a.contains(QJsonValue(name));
}

QJsonObject unknownKeys(const QJsonObject &o, std::initializer_list<const char *> known)
{
    // Usually every key is known: count them with lookups that allocate nothing.
    qsizetype present = 0;
    for (const char *k : known)
        present += o.contains(QLatin1StringView(k)) ? 1 : 0;
    if (present == o.size())
        return {};
    // Builds the result instead of copying and removing: no detach of `o`.
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        bool isKnown = isPseudoKey(key);
        for (const char *k : known) {
            if (key == QLatin1String(k)) {
                isKnown = true;
                break;
            }
        }
        if (!isKnown)
            out.insert(key, it.value());
    }
    return out;
}

QList<QJsonValue> asList(const QJsonValue &v)
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        return QList<QJsonValue>(a.begin(), a.end());
    }
    if (v.isUndefined())
        return {};
    return {v};
}

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

/** The unknown keys of a selector Provena writes (per type); nullopt for other types. */
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

/**
 * Keeps what Provena does not know of a SpecificResource it writes (an annotation's target, or a
 * link's body): its unknown keys as part `resource`, its selectors' unknown keys as parts
 * "<resource>.selector[type=…]", and selectors of other types (or beyond the one Provena uses
 * for a region) under kOtherSelectorsKey of part `resource`.
 */
void keepResourceParts(const QJsonObject &resource, const QString &name,
                       std::initializer_list<const char *> known, bool oneSelector,
                       QJsonObject *extra)
{
    QJsonObject unknown = unknownKeys(resource, known);
    const QJsonValue sv = resource.value(QLatin1String("selector"));
    QJsonArray others;
    bool first = true;
    for (const QJsonValue &v : asList(sv)) {
        const QJsonObject s = v.toObject();
        const auto selectorUnknown = v.isObject() ? unknownSelectorKeys(s) : std::nullopt;
        if (!selectorUnknown || (oneSelector && !first))
            others.append(v);
        else if (!selectorUnknown->isEmpty()) // the common case builds no path
            setUnknownPart(*extra, selectorPart(name, s.value(u"type").toString()),
                           *selectorUnknown);
        first = false;
    }
    if (!others.isEmpty())
        unknown.insert(kOtherSelectorsKey, others);
    setUnknownPart(*extra, name, unknown);
}

class Reader
{
public:
    explicit Reader(const QString &file)
        : c(file)
    {
    }

    Result<SidecarContent> read(const QJsonObject &root, int version);

private:
    bool readArticle(const QJsonObject &o, const Path &where);
    bool readImages(const QJsonValue &v, const Path &where);
    bool readAnnotation(const QJsonValue &v, const Path &where);
    bool readRegion(const QJsonObject &a, const Path &where, const QUuid &id);
    bool readAnchor(const QJsonObject &a, const Path &where, const QUuid &id);
    bool readLink(const QJsonObject &a, const Path &where);
    bool readTextTarget(const QJsonValue &v, const Path &where, TextAnchor *anchor,
                        QJsonObject *extra);
    bool readCreator(const QJsonObject &a, const Path &where, QString *author, QJsonObject *extra);
    bool finishLinks();

    Checker c;
    SidecarContent mOut;
    QSet<QUuid> mIds;
    struct PendingLink
    {
        QUuid region;
        QUuid anchor;
        QString where;
        QJsonObject extra;
    };
    QList<PendingLink> mLinks;
    QJsonArray mOtherItems; ///< annotations Provena does not understand, kept verbatim
};

Result<SidecarContent> Reader::read(const QJsonObject &root, int version)
{
    mOut.schemaVersion = version;
    if (!hasType(root.value(QLatin1String("type")), QStringLiteral("AnnotationCollection"))) {
        c.fail(QStringLiteral("type"), tr("expected an “AnnotationCollection”"));
        return c.error();
    }
    const QJsonValue context = root.value(QLatin1String("@context"));
    if (!(context == QJsonValue(kAnnoContextIri)
          || (context.isArray() && context.toArray().contains(QJsonValue(kAnnoContextIri))))) {
        c.fail(QStringLiteral("@context"), tr("must name %1").arg(kAnnoContextIri));
        return c.error();
    }
    if (root.contains(QLatin1String("annotatedArticle"))) {
        const auto article = c.object(root.value(QLatin1String("annotatedArticle")),
                                      QStringLiteral("annotatedArticle"));
        if (!article || !readArticle(*article, QStringLiteral("annotatedArticle")))
            return c.error();
    }
    if (!readImages(root.value(QLatin1String("annotatedImages")),
                    QStringLiteral("annotatedImages")))
        return c.error();
    if (root.contains(QLatin1String("labels"))) {
        const QJsonValue labels = root.value(QLatin1String("labels"));
        if (!labels.isArray()) {
            c.fail(QStringLiteral("labels"), tr("expected an array"));
            return c.error();
        }
        auto taxonomy = LabelTaxonomy::fromJsonArray(labels.toArray(), {});
        if (!taxonomy) {
            c.fail(taxonomy.error().detail, taxonomy.error().message);
            return c.error();
        }
        mOut.labels = taxonomy.value();
    }
    QJsonObject extra
        = unknownKeys(root,
                      {"@context", "type", "label", "schemaVersion", "annotatedArticle",
                       "annotatedImages", "labels", "total", "first", "last"});
    if (root.contains(QLatin1String("id"))) {
        if (!c.string(root.value(QLatin1String("id")), QStringLiteral("id")))
            return c.error();
    }
    const QJsonValue firstValue = root.value(QLatin1String("first"));
    if (!firstValue.isUndefined()) {
        const auto first = c.object(firstValue, QStringLiteral("first"));
        if (!first)
            return c.error();
        const QJsonValue items = first->value(QLatin1String("items"));
        if (!items.isArray()) {
            c.fail(QStringLiteral("first.items"), tr("expected an array"));
            return c.error();
        }
        const QJsonArray array = items.toArray();
        const Path itemsPath(QStringLiteral("first.items"));
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!readAnnotation(array.at(i), Path(itemsPath, i)))
                return c.error();
        }
        QJsonObject pageExtra = unknownKeys(*first, {"type", "partOf", "startIndex", "items"});
        if (!mOtherItems.isEmpty())
            pageExtra.insert(kOtherItemsKey, mOtherItems);
        setUnknownPart(extra, kPartPage, pageExtra);
        if (first->contains(QLatin1String("next"))) {
            c.fail(QStringLiteral("first.next"),
                   tr("annotations on further pages are not supported; Provena writes one page"));
            return c.error();
        }
    }
    if (!finishLinks())
        return c.error();
    if (root.contains(QLatin1String("total"))) {
        const auto total = c.integer(root.value(QLatin1String("total")), QStringLiteral("total"), 0,
                                     std::numeric_limits<int>::max());
        if (!total)
            return c.error();
    }
    // Terms a newer Provena (or another tool) declared in the inline context.
    if (context.isArray()) {
        for (const QJsonValue &v : context.toArray()) {
            if (!v.isObject())
                continue;
            const QJsonObject ours = provenaContext();
            QJsonObject unknown;
            const QJsonObject theirs = v.toObject();
            for (auto it = theirs.begin(); it != theirs.end(); ++it) {
                if (!ours.contains(it.key()))
                    unknown.insert(it.key(), it.value());
            }
            setUnknownPart(extra, kPartContext, unknown);
            break;
        }
    }
    const QJsonObject articlePart = unknownPart(mOut.extra, kPartArticle);
    setUnknownPart(extra, kPartArticle, articlePart);
    mOut.extra = extra;
    return mOut;
}

bool Reader::readArticle(const QJsonObject &o, const Path &where)
{
    const auto localPath = c.optString(o, "localPath", where);
    const auto sha = c.optString(o, "sha256", where);
    const auto encoding = c.optString(o, "encoding", where);
    if (!localPath || !sha || !encoding)
        return false;
    if (!sha->isEmpty() && !isSha256Hex(*sha))
        return c.fail(Path(where, "sha256"), tr("expected 64 lower-case hex digits"));
    if (o.contains(QLatin1String("codePointLength"))) {
        const auto n
            = c.integer(o.value(QLatin1String("codePointLength")), Path(where, "codePointLength"),
                        0, std::numeric_limits<qint32>::max());
        if (!n)
            return false;
        mOut.articleCodePoints = *n;
    }
    mOut.articleLocalPath = *localPath;
    mOut.articleSha256 = *sha;
    mOut.articleEncoding = *encoding;
    setUnknownPart(
        mOut.extra, kPartArticle,
        unknownKeys(
            o, {"id", "type", "format", "localPath", "sha256", "encoding", "codePointLength"}));
    return true;
}

bool Reader::readImages(const QJsonValue &v, const Path &where)
{
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return c.fail(where, tr("expected an array"));
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Path at(where, i);
        const auto o = c.object(array.at(i), at);
        if (!o)
            return false;
        SidecarImage image;
        const auto iri = c.string(o->value(QLatin1String("id")), Path(at, "id"));
        const auto url = c.optString(*o, "originalUrl", at);
        const auto local = c.optString(*o, "localPath", at);
        const auto sha = c.optString(*o, "sha256", at);
        if (!iri || !url || !local || !sha)
            return false;
        if (!isAbsoluteIri(*iri))
            return c.fail(Path(at, "id"), tr("expected an absolute IRI"));
        if (!sha->isEmpty() && !isSha256Hex(*sha))
            return c.fail(Path(at, "sha256"), tr("expected 64 lower-case hex digits"));
        if (o->contains(QLatin1String("pixelWidth")) || o->contains(QLatin1String("pixelHeight"))) {
            const auto w = c.integer(o->value(QLatin1String("pixelWidth")), Path(at, "pixelWidth"),
                                     1, qint64(SidecarReader::kMaxCoordinate));
            const auto h
                = c.integer(o->value(QLatin1String("pixelHeight")), Path(at, "pixelHeight"), 1,
                            qint64(SidecarReader::kMaxCoordinate));
            if (!w || !h)
                return false;
            image.record.pixelSize = QSize(int(*w), int(*h));
        }
        image.iri = *iri;
        image.originalUrl = *url;
        image.localPath = *local;
        image.record.sha256 = *sha;
        image.record.extra = unknownKeys(
            *o, {"id", "type", "originalUrl", "localPath", "sha256", "pixelWidth", "pixelHeight"});
        mOut.images.append(image);
    }
    return true;
}

bool Reader::readCreator(const QJsonObject &a, const Path &where, QString *author,
                         QJsonObject *extra)
{
    const QJsonValue v = a.value(QLatin1String("creator"));
    if (v.isUndefined())
        return true;
    const QJsonObject o = v.toObject();
    // Only a {type: Person, name, …} object maps to `author`; any other creator is kept verbatim.
    if (v.isObject() && o.value(QLatin1String("type")) == QLatin1String("Person")
        && o.value(QLatin1String("name")).isString()) {
        const auto name = c.string(o.value(QLatin1String("name")), Path(where, "creator.name"));
        if (!name)
            return false;
        *author = *name;
        // Kept whole (with the name), so the writer applies the unknown keys only while the
        // creator is still this person.
        if (o.size() > 2)
            setUnknownPart(*extra, kPartCreator, o);
    } else {
        extra->insert(QStringLiteral("creator"), v);
    }
    return true;
}

bool Reader::readAnnotation(const QJsonValue &v, const Path &where)
{
    const auto a = c.object(v, where);
    if (!a)
        return false;
    QString role;
    if (a->contains(QLatin1String("role"))) {
        const auto r = c.string(a->value(QLatin1String("role")), Path(where, "role"));
        if (!r)
            return false;
        role = *r;
    } else {
        // A v0 / foreign annotation: infer the role from what it says.
        const QJsonValue targetValue = a->value(QLatin1String("target"));
        const QJsonObject target = targetValue.toObject();
        const QJsonValue selector = target.value(QLatin1String("selector"));
        bool text = false;
        bool image = false;
        for (const QJsonValue &s : asList(selector)) {
            const QString t = s.toObject().value(QLatin1String("type")).toString();
            text = text || t == QLatin1String("TextQuoteSelector")
                || t == QLatin1String("TextPositionSelector");
            image = image || t == QLatin1String("FragmentSelector")
                || t == QLatin1String("SvgSelector");
        }
        if (a->value(QLatin1String("motivation")) == QLatin1String("linking"))
            role = a->contains(QLatin1String("linkedRegion")) ? kRoleLink : QString();
        else if (text)
            role = kRoleAnchor;
        else if (targetValue.isObject() && (image || target.contains(QLatin1String("geometry"))))
            role = kRoleRegion;
    }
    const bool known = role == kRoleLink || role == kRoleRegion || role == kRoleAnchor;
    if (!known || !hasType(a->value(QLatin1String("type")), QStringLiteral("Annotation"))) {
        // Another tool's annotation, or a kind a newer Provena writes (its role, or a type that
        // is not "Annotation"): kept verbatim and written back after Provena's own items.
        mOtherItems.append(*a);
        return true;
    }
    if (role == kRoleLink)
        return readLink(*a, where);
    const auto id = c.uuidId(a->value(QLatin1String("id")), Path(where, "id"));
    if (!id)
        return false;
    if (mIds.contains(*id))
        return c.fail(Path(where, "id"), tr("the id %1 is used twice").arg(uuidIri(*id)));
    mIds.insert(*id);
    if (role == kRoleRegion)
        return readRegion(*a, where, *id);
    return readAnchor(*a, where, *id);
}

bool Reader::readRegion(const QJsonObject &a, const Path &where, const QUuid &id)
{
    Region r;
    r.id = id;
    QJsonObject extra
        = unknownKeys(a,
                      {"id", "type", "role", "motivation", "body", "target", "creator", "created",
                       "modified", "confidence", "needsReview"});
    if (!readCreator(a, where, &r.author, &extra))
        return false;
    const auto created = c.dateTime(a, "created", where);
    const auto modified = c.dateTime(a, "modified", where);
    if (!created || !modified)
        return false;
    r.created = *created;
    r.modified = *modified;
    if (a.contains(QLatin1String("confidence"))) {
        const auto conf
            = c.number(a.value(QLatin1String("confidence")), Path(where, "confidence"), 0, 1);
        if (!conf)
            return false;
        r.confidence = *conf;
    }
    if (a.contains(QLatin1String("needsReview"))) {
        if (!a.value(QLatin1String("needsReview")).isBool())
            return c.fail(Path(where, "needsReview"), tr("expected true or false"));
        r.needsReview = a.value(QLatin1String("needsReview")).toBool();
    }

    // Bodies.
    QJsonArray otherBodies;
    const QJsonValue bodyValue = a.value(QLatin1String("body"));
    const Path bodyPath(where, "body");
    const QList<QJsonValue> bodies = asList(bodyValue);
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        const Path at = bodyValue.isArray() ? Path(bodyPath, i) : bodyPath;
        const QJsonObject b = bodies.at(i).toObject();
        const QString purpose = b.value(QLatin1String("purpose")).toString();
        const bool textual = hasType(b.value(QLatin1String("type")), QStringLiteral("TextualBody"));
        if (textual && purpose == QLatin1String("tagging") && r.label.isEmpty()) {
            const auto value = c.string(b.value(QLatin1String("value")), Path(at, "value"));
            if (!value)
                return false;
            r.label = *value;
            setUnknownPart(extra, kPartTagging, unknownKeys(b, {"type", "purpose", "value"}));
        } else if (purpose == QLatin1String("identifying") && r.entity.isEmpty()) {
            if (textual) {
                const auto value = c.string(b.value(QLatin1String("value")), Path(at, "value"));
                const auto ident = c.optString(b, "entityIdentifier", at);
                if (!value || !ident)
                    return false;
                r.entity.name = *value;
                r.entity.identifier = *ident;
            } else {
                const auto source = c.string(b.value(QLatin1String("source")), Path(at, "source"));
                const auto label = c.optString(b, "label", at);
                if (!source || !label)
                    return false;
                r.entity.identifier = *source;
                r.entity.name = *label;
            }
            setUnknownPart(
                extra, kPartIdentifying,
                unknownKeys(b,
                            {"type", "purpose", "value", "entityIdentifier", "source", "label"}));
        } else if (textual
                   && (purpose == QLatin1String("describing")
                       || purpose == QLatin1String("commenting"))
                   && r.note.isEmpty()) {
            const auto value = c.string(b.value(QLatin1String("value")), Path(at, "value"));
            if (!value)
                return false;
            r.note = *value;
            setUnknownPart(extra, kPartDescribing,
                           unknownKeys(b, {"type", "purpose", "value", "format"}));
        } else {
            otherBodies.append(bodies.at(i));
        }
    }
    if (!otherBodies.isEmpty())
        extra.insert(kOtherBodiesKey, otherBodies);

    // Target.
    const Path tw(where, "target");
    const auto target = c.object(a.value(QLatin1String("target")), tw);
    if (!target)
        return false;
    const auto source = c.string(target->value(QLatin1String("source")), Path(tw, "source"));
    if (!source)
        return false;
    if (target->contains(QLatin1String("imageIndex"))) {
        const auto index
            = c.integer(target->value(QLatin1String("imageIndex")), Path(tw, "imageIndex"), 0,
                        qMax<qint64>(0, mOut.images.size() - 1));
        if (!index)
            return false;
        r.imageIndex = int(*index);
    } else {
        r.imageIndex = -1;
        for (qsizetype i = 0; i < mOut.images.size(); ++i) {
            if (mOut.images.at(i).iri == *source) {
                r.imageIndex = int(i);
                break;
            }
        }
        if (r.imageIndex < 0)
            return c.fail(Path(tw, "source"), tr("no image of annotatedImages has this IRI"));
    }
    const QJsonValue selectorValue = target->value(QLatin1String("selector"));
    const Path sw(tw, "selector");
    QJsonObject selector;
    if (selectorValue.isObject())
        selector = selectorValue.toObject();
    else if (selectorValue.isArray() && !selectorValue.toArray().isEmpty())
        selector = selectorValue.toArray().first().toObject();
    else
        return c.fail(sw, tr("expected a selector object"));
    if (!c.string(selector.value(QLatin1String("value")), Path(sw, "value")))
        return false;
    if (target->contains(QLatin1String("geometry"))) {
        const Path gw(tw, "geometry");
        const auto g = c.object(target->value(QLatin1String("geometry")), gw);
        if (!g)
            return false;
        const auto shapeName = c.string(g->value(QLatin1String("shape")), Path(gw, "shape"));
        if (!shapeName)
            return false;
        RegionGeometry::Shape shape;
        if (!RegionGeometry::shapeFromName(*shapeName, &shape))
            return c.fail(Path(gw, "shape"), tr("unknown shape “%1”").arg(shapeName->left(20)));
        const QJsonValue pv = g->value(QLatin1String("points"));
        if (!pv.isArray() || pv.toArray().size() % 2 != 0 || pv.toArray().size() > 2'000'000)
            return c.fail(Path(gw, "points"), tr("expected an array of x, y numbers"));
        const QJsonArray pa = pv.toArray();
        QPolygonF pts;
        const Path pointsPath(gw, "points");
        for (qsizetype i = 0; i < pa.size(); i += 2) {
            const auto x
                = c.number(pa.at(i), Path(pointsPath, i), 0, SidecarReader::kMaxCoordinate);
            const auto y
                = c.number(pa.at(i + 1), Path(pointsPath, i + 1), 0, SidecarReader::kMaxCoordinate);
            if (!x || !y)
                return false;
            pts << QPointF(*x, *y);
        }
        const auto geometry = makeGeometry(shape, pts);
        if (!geometry)
            return c.fail(gw, tr("the points do not make a valid %1").arg(*shapeName));
        r.geometry = *geometry;
        setUnknownPart(extra, kPartGeometry, unknownKeys(*g, {"shape", "points"}));
    } else {
        const auto geometry = geometryFromSelector(selector);
        if (!geometry || !geometry->isValid())
            return c.fail(Path(sw, "value"), tr("no shape Provena can read"));
        // The same limits as for "geometry", so what is accepted can be written back.
        for (const QPointF &p : geometry->points()) {
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || p.x() < 0 || p.y() < 0
                || p.x() > SidecarReader::kMaxCoordinate || p.y() > SidecarReader::kMaxCoordinate)
                return c.fail(Path(sw, "value"),
                              tr("the shape has coordinates outside 0 to %1")
                                  .arg(SidecarReader::kMaxCoordinate));
        }
        r.geometry = *geometry;
    }
    keepResourceParts(*target, kPartTarget,
                      {"type", "source", "selector", "imageIndex", "geometry"}, true, &extra);
    r.extra = extra;
    mOut.regions.append(r);
    return true;
}

bool Reader::readTextTarget(const QJsonValue &v, const Path &where, TextAnchor *anchor,
                            QJsonObject *extra)
{
    const auto target = c.object(v, where);
    if (!target)
        return false;
    if (!c.string(target->value(QLatin1String("source")), Path(where, "source")))
        return false;
    const QJsonValue sv = target->value(QLatin1String("selector"));
    const Path selectorPath(where, "selector");
    const QList<QJsonValue> selectors = asList(sv);
    bool haveQuote = false;
    for (qsizetype i = 0; i < selectors.size(); ++i) {
        const Path at = sv.isArray() ? Path(selectorPath, i) : selectorPath;
        const auto s = c.object(selectors.at(i), at);
        if (!s)
            return false;
        const QString type = s->value(QLatin1String("type")).toString();
        if (type == QLatin1String("TextPositionSelector")) {
            const qint64 max = std::numeric_limits<qint32>::max();
            const auto start
                = c.integer(s->value(QLatin1String("start")), Path(at, "start"), 0, max);
            const auto end = c.integer(s->value(QLatin1String("end")), Path(at, "end"), 0, max);
            if (!start || !end)
                return false;
            if (*end < *start)
                return c.fail(Path(at, "end"), tr("end is before start"));
            anchor->range = {*start, *end};
        } else if (type == QLatin1String("TextQuoteSelector")) {
            const auto exact = c.string(s->value(QLatin1String("exact")), Path(at, "exact"));
            const auto prefix = c.optString(*s, "prefix", at);
            const auto suffix = c.optString(*s, "suffix", at);
            if (!exact || !prefix || !suffix)
                return false;
            anchor->exact = *exact;
            anchor->prefix = *prefix;
            anchor->suffix = *suffix;
            haveQuote = true;
        }
    }
    if (!haveQuote)
        return c.fail(Path(where, "selector"), tr("a TextQuoteSelector is required"));
    keepResourceParts(*target, kPartTarget, {"type", "source", "selector"}, false, extra);
    return true;
}

bool Reader::readAnchor(const QJsonObject &a, const Path &where, const QUuid &id)
{
    TextAnchor t;
    t.id = id;
    QJsonObject extra = unknownKeys(a,
                                    {"id", "type", "role", "motivation", "body", "target",
                                     "creator", "created", "anchorStatus"});
    if (!readCreator(a, where, &t.author, &extra))
        return false;
    const auto created = c.dateTime(a, "created", where);
    if (!created)
        return false;
    t.created = *created;
    const QJsonValue bodyValue = a.value(QLatin1String("body"));
    const Path bodyPath(where, "body");
    const QList<QJsonValue> bodies = asList(bodyValue);
    QJsonArray otherBodies;
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        const Path at = bodyValue.isArray() ? Path(bodyPath, i) : bodyPath;
        const QJsonObject b = bodies.at(i).toObject();
        if (hasType(b.value(QLatin1String("type")), QStringLiteral("TextualBody"))
            && b.value(QLatin1String("purpose")) == QLatin1String("commenting")
            && t.note.isEmpty()) {
            const auto value = c.string(b.value(QLatin1String("value")), Path(at, "value"));
            if (!value)
                return false;
            t.note = *value;
            setUnknownPart(extra, kPartCommenting,
                           unknownKeys(b, {"type", "purpose", "value", "format"}));
        } else {
            otherBodies.append(bodies.at(i));
        }
    }
    if (!otherBodies.isEmpty())
        extra.insert(kOtherBodiesKey, otherBodies);
    if (!readTextTarget(a.value(QLatin1String("target")), Path(where, "target"), &t, &extra))
        return false;
    if (a.value(QLatin1String("anchorStatus")) == QLatin1String("orphaned"))
        t.status = TextAnchor::Status::Orphaned;
    t.extra = extra;
    mOut.anchors.append(t);
    return true;
}

bool Reader::readLink(const QJsonObject &a, const Path &where)
{
    std::optional<QString> id;
    if (a.contains(QLatin1String("id"))) {
        id = c.string(a.value(QLatin1String("id")), Path(where, "id"));
        if (!id)
            return false;
    }
    const auto region
        = c.uuidId(a.value(QLatin1String("linkedRegion")), Path(where, "linkedRegion"));
    const auto anchor
        = c.uuidId(a.value(QLatin1String("linkedAnchor")), Path(where, "linkedAnchor"));
    if (!region || !anchor)
        return false;
    // Body and target repeat the anchor's and region's selectors and are regenerated; only
    // what Provena does not know of them is kept.
    QJsonObject extra = unknownKeys(
        a, {"id", "type", "role", "motivation", "body", "target", "linkedRegion", "linkedAnchor"});
    if (id && *id != linkIri(*region, *anchor))
        extra.insert(QStringLiteral("id"), *id); // another tool's id: written back instead
    const QJsonValue body = a.value(QLatin1String("body"));
    if (body.isObject())
        keepResourceParts(body.toObject(), kPartBody, {"type", "source", "selector"}, false,
                          &extra);
    const QJsonValue target = a.value(QLatin1String("target"));
    if (target.isObject())
        keepResourceParts(target.toObject(), kPartTarget,
                          {"type", "source", "selector", "imageIndex"}, true, &extra);
    mLinks.append({*region, *anchor, where.toString(), extra});
    return true;
}

bool Reader::finishLinks()
{
    QHash<QUuid, qsizetype> regionAt;
    for (qsizetype i = 0; i < mOut.regions.size(); ++i)
        regionAt.insert(mOut.regions.at(i).id, i);
    QSet<QUuid> anchors;
    for (const TextAnchor &t : std::as_const(mOut.anchors))
        anchors.insert(t.id);
    for (const PendingLink &link : std::as_const(mLinks)) {
        const auto it = regionAt.constFind(link.region);
        if (it == regionAt.constEnd())
            return c.fail(Path(link.where, "linkedRegion"),
                          tr("no region has the id %1").arg(uuidIri(link.region)));
        if (!anchors.contains(link.anchor))
            return c.fail(Path(link.where, "linkedAnchor"),
                          tr("no text anchor has the id %1").arg(uuidIri(link.anchor)));
        Region &r = mOut.regions[*it];
        if (!r.links.contains(link.anchor))
            r.links.append(link.anchor);
        if (!link.extra.isEmpty())
            r.linkExtra.insert(link.anchor, link.extra);
    }
    return true;
}

} // namespace

void SidecarReader::lineAndColumn(const QByteArray &data, qint64 offset, int *line, int *column)
{
    offset = qBound<qint64>(0, offset, data.size());
    int l = 1;
    qint64 lineStart = 0;
    for (qint64 i = 0; i < offset; ++i) {
        if (data.at(i) == '\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    // Column in characters: count UTF-8 lead bytes, not continuation bytes.
    int col = 1;
    for (qint64 i = lineStart; i < offset; ++i) {
        if ((uchar(data.at(i)) & 0xC0) != 0x80)
            ++col;
    }
    *line = l;
    *column = col;
}

Result<QJsonObject> SidecarReader::migrate(QJsonObject root, int version, const QString &path)
{
    Q_UNUSED(path);
    // One step per version, so a v0 file goes v0 → v1 → … → current.
    if (version == 0) {
        // v0: a plain Web Annotation collection. Roles, image indexes and geometry are inferred
        // by the reader where missing; the step only states the version.
        root.insert(QStringLiteral("schemaVersion"), 1);
        version = 1;
    }
    return root;
}

Result<SidecarContent> SidecarReader::read(const QByteArray &data, const QString &path)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Error e;
        e.message = tr("The sidecar is not valid JSON: %1.").arg(parseError.errorString());
        e.path = path;
        lineAndColumn(data, parseError.offset, &e.line, &e.column);
        e.detail = tr("byte offset %1").arg(parseError.offset);
        return e;
    }
    if (!document.isObject()) {
        Error e;
        e.message = tr("The sidecar is not valid: the top level must be a JSON object.");
        e.path = path;
        return e;
    }
    QJsonObject root = document.object();
    int version = 0;
    Checker c(path);
    if (root.contains(QLatin1String("schemaVersion"))) {
        const auto v = c.integer(root.value(QLatin1String("schemaVersion")),
                                 QStringLiteral("schemaVersion"), 0, 1'000'000);
        if (!v)
            return c.error();
        version = int(*v);
    }
    if (version > kSchemaVersion) {
        Error e;
        e.message = tr("The sidecar was written by a newer Provena (schema version %1; this "
                       "version reads up to %2). Open it with a newer Provena.")
                        .arg(version)
                        .arg(kSchemaVersion);
        e.path = path;
        return e;
    }
    auto migrated = migrate(root, version, path);
    if (!migrated)
        return migrated.error();
    Reader reader(path);
    return reader.read(migrated.value(), version);
}

Result<SidecarContent> SidecarReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("Could not open the sidecar."), file.errorString(), path};
    if (file.size() > kMaxFileSize)
        return Error {
            tr("The sidecar is too large to be a Provena sidecar (%1 bytes).").arg(file.size()),
            {},
            path};
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error {tr("Could not read the sidecar."), file.errorString(), path};
    return read(data, path);
}

} // namespace provena
