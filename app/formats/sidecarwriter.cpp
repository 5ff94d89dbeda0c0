// SPDX-License-Identifier: MIT
#include "formats/sidecarwriter.h"

#include "core/document/articledocument.h"
#include "core/model/codepointindex.h"
#include "formats/sidecarvocabulary_p.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>
#include <utility>
#include <vector>

namespace provena {

using namespace provena::detail;

namespace {

/**
 * Builds the JSON tree member by member in document order; Qt's JSON (QJsonObject, which keeps
 * keys sorted, and QJsonDocument) does all serialisation, so output is canonical and stable.
 * The writer code reads like a stream: key(), then a value or a nested begin/end.
 */
class JsonOut
{
public:
    /** The finished top-level value, once every begin has met its end. */
    QJsonValue result;

    void beginObject() { open(true); }
    void endObject() { close(); }
    void beginArray() { open(false); }
    void endArray() { close(); }

    /** Names the member the next value or container becomes. */
    void key(QStringView k) { mPendingKey = k.toString(); }
    /** Array elements are appended in order; kept so call sites read like the JSON. */
    void element() { }

    void string(QStringView s) { put(s.toString()); }
    void number(double d) { put(std::isfinite(d) ? QJsonValue(d) : QJsonValue()); }
    void integer(qint64 i) { put(QJsonValue(i)); }
    void boolean(bool b) { put(QJsonValue(b)); }
    /** Any QJsonValue (unknown fields, the context, label definitions). */
    void value(const QJsonValue &v) { put(v); }

private:
    struct Frame
    {
        bool isObject = true;
        QJsonObject object;
        QJsonArray array;
        QString keyInParent;
    };

    void open(bool isObject)
    {
        Frame frame;
        frame.isObject = isObject;
        frame.keyInParent = std::exchange(mPendingKey, QString());
        mStack.push_back(std::move(frame));
    }
    void close()
    {
        Frame frame = std::move(mStack.back());
        mStack.pop_back();
        mPendingKey = frame.keyInParent;
        put(frame.isObject ? QJsonValue(frame.object) : QJsonValue(frame.array));
    }
    void put(const QJsonValue &v)
    {
        if (mStack.empty()) {
            result = v;
            return;
        }
        Frame &top = mStack.back();
        if (top.isObject)
            top.object.insert(std::exchange(mPendingKey, QString()), v);
        else
            top.array.append(v);
    }

    std::vector<Frame> mStack;
    QString mPendingKey;
};

/**
 * One object being written, seeded with `extra` (the unknown fields kept from the file, minus
 * pseudo-keys, see isPseudoKey): known keys written afterwards replace extra ones of the same name.
 */
class ObjectScope
{
public:
    ObjectScope(JsonOut &out, const QJsonObject &extra = {})
        : mOut(out)
    {
        mOut.beginObject();
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
            if (!isPseudoKey(it.key())) {
                mOut.key(it.key());
                mOut.value(it.value());
            }
        }
    }
    ~ObjectScope() { mOut.endObject(); }
    Q_DISABLE_COPY_MOVE(ObjectScope)

    JsonOut &key(const char *k)
    {
        mOut.key(QString(QLatin1StringView(k)));
        return mOut;
    }
    void string(const char *k, QStringView v) { key(k).string(v); }

private:
    JsonOut &mOut;
};

/** The unknown parts kept in one model object's `extra` (see sidecarvocabulary_p.h). */
class Parts
{
public:
    explicit Parts(const QJsonObject &extra)
        : mParts(extra.value(kPartsKey).toObject())
    {
    }
    QJsonObject get(const QString &path) const
    {
        return mParts.isEmpty() ? QJsonObject() : mParts.value(path).toObject();
    }
    QJsonObject body(QStringView purpose) const
    {
        return mParts.isEmpty() ? QJsonObject() : get(bodyPart(purpose));
    }
    QJsonObject selector(QStringView resource, QStringView type) const
    {
        return mParts.isEmpty() ? QJsonObject() : get(selectorPart(resource, type));
    }

private:
    QJsonObject mParts;
};

QString num(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString timestamp(const QDateTime &t)
{
    // xsd:dateTime in UTC with "Z" and no fractions (W3C model §3.3.1).
    QDateTime utc = t.toUTC();
    utc = utc.addMSecs(-utc.time().msec());
    return utc.toString(Qt::ISODate);
}

struct Context
{
    const ArticleDocument &doc;
    QString articleIri;
    QStringList imageIris;
    QList<QSize> imageSizes;
};

void writeCreator(ObjectScope &o, const QString &name, const Parts &parts)
{
    JsonOut &out = o.key("creator");
    // The kept creator applies only while it is still the same person.
    QJsonObject kept = parts.get(kPartCreator);
    if (kept.value(QLatin1String("name")) != name)
        kept = {};
    ObjectScope c(out, kept);
    c.string("name", name);
    c.string("type", u"Person");
}

void writeImageSelector(JsonOut &out, const RegionGeometry &g, const QSize &imageSize,
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

/**
 * Writes the "selector" member: what `writeOurs` writes (as array elements when `asArray`), then
 * the selectors kept from the file in `resourcePart`, in an array.
 */
template<typename WriteOurs>
void writeSelectors(ObjectScope &resource, const QJsonObject &resourcePart, bool asArray,
                    WriteOurs writeOurs)
{
    const QJsonArray others = resourcePart.value(kOtherSelectorsKey).toArray();
    JsonOut &s = resource.key("selector");
    if (!asArray && others.isEmpty()) {
        writeOurs(s);
        return;
    }
    s.beginArray();
    if (!asArray)
        s.element();
    writeOurs(s);
    for (const QJsonValue &other : others) {
        s.element();
        s.value(other);
    }
    s.endArray();
}

/** A region's target; `extra` is the region's (`full`, with geometry) or a link's. */
void writeRegionTarget(JsonOut &out, const Context &c, const Region &r, const QJsonObject &extra,
                       bool full)
{
    const Parts parts(extra);
    const QJsonObject targetPart = parts.get(kPartTarget);
    ObjectScope t(out, targetPart);
    const int i = r.imageIndex;
    if (full) {
        JsonOut &g = t.key("geometry");
        ObjectScope geometry(g, parts.get(kPartGeometry));
        JsonOut &p = geometry.key("points");
        p.beginArray();
        for (const QPointF &point : r.geometry.points()) {
            p.element();
            p.number(point.x());
            p.element();
            p.number(point.y());
        }
        p.endArray();
        geometry.string("shape", RegionGeometry::shapeName(r.geometry.shape()));
    }
    t.key("imageIndex").integer(i);
    writeSelectors(t, targetPart, false, [&](JsonOut &s) {
        writeImageSelector(s, r.geometry, c.imageSizes.value(i), parts);
    });
    t.string("source", c.imageIris.value(i));
    t.string("type", u"SpecificResource");
}

/** A text span as a SpecificResource: an anchor's "target" or a link's "body" (`name`). */
void writeTextTarget(JsonOut &out, const Context &c, const TextAnchor &a, const QJsonObject &extra,
                     const QString &name)
{
    const Parts parts(extra);
    const QJsonObject resourcePart = parts.get(name);
    ObjectScope t(out, resourcePart);
    writeSelectors(t, resourcePart, true, [&](JsonOut &s) {
        {
            s.element();
            ObjectScope position(s, parts.selector(name, u"TextPositionSelector"));
            position.key("end").integer(qMax<qint64>(0, a.range.end));
            position.key("start").integer(qMax<qint64>(0, a.range.start));
            position.string("type", u"TextPositionSelector");
        }
        s.element();
        ObjectScope quote(s, parts.selector(name, u"TextQuoteSelector"));
        quote.string("exact", a.exact);
        if (!a.prefix.isEmpty())
            quote.string("prefix", a.prefix);
        if (!a.suffix.isEmpty())
            quote.string("suffix", a.suffix);
        quote.string("type", u"TextQuoteSelector");
    });
    t.string("source", c.articleIri);
    t.string("type", u"SpecificResource");
}

void writeRegion(JsonOut &out, const Context &c, const Region &r)
{
    ObjectScope a(out, r.extra);
    const Parts parts(r.extra);
    const QJsonArray others = r.extra.value(kOtherBodiesKey).toArray();
    QString motivation = QStringLiteral("highlighting");
    if (!r.note.isEmpty())
        motivation = QStringLiteral("describing");
    if (!r.entity.isEmpty())
        motivation = QStringLiteral("identifying");
    if (!r.label.isEmpty())
        motivation = QStringLiteral("tagging");
    if (!r.label.isEmpty() || !r.entity.isEmpty() || !r.note.isEmpty() || !others.isEmpty()) {
        JsonOut &b = a.key("body");
        b.beginArray();
        if (!r.label.isEmpty()) {
            b.element();
            ObjectScope tag(b, parts.body(u"tagging"));
            tag.string("purpose", u"tagging");
            tag.string("type", u"TextualBody");
            tag.string("value", r.label);
        }
        if (!r.entity.isEmpty()) {
            b.element();
            ObjectScope e(b, parts.body(u"identifying"));
            if (isAbsoluteIri(r.entity.identifier)) {
                if (!r.entity.name.isEmpty())
                    e.string("label", r.entity.name);
                e.string("purpose", u"identifying");
                e.string("source", r.entity.identifier);
                e.string("type", u"SpecificResource");
            } else {
                if (!r.entity.identifier.isEmpty())
                    e.string("entityIdentifier", r.entity.identifier);
                e.string("purpose", u"identifying");
                e.string("type", u"TextualBody");
                e.string("value", r.entity.name);
            }
        }
        if (!r.note.isEmpty()) {
            b.element();
            ObjectScope note(b, parts.body(u"describing"));
            note.string("format", u"text/plain");
            note.string("purpose", u"describing");
            note.string("type", u"TextualBody");
            note.string("value", r.note);
        }
        for (const QJsonValue &other : others) {
            b.element();
            b.value(other);
        }
        b.endArray();
    }
    if (r.hasConfidence())
        a.key("confidence").number(r.confidence);
    if (r.created.isValid())
        a.string("created", timestamp(r.created));
    if (!r.author.isEmpty())
        writeCreator(a, r.author, parts);
    a.string("id", uuidIri(r.id));
    if (r.modified.isValid())
        a.string("modified", timestamp(r.modified));
    a.string("motivation", motivation);
    if (r.needsReview)
        a.key("needsReview").boolean(true);
    a.string("role", kRoleRegion);
    writeRegionTarget(a.key("target"), c, r, r.extra, true);
    a.string("type", u"Annotation");
}

void writeAnchor(JsonOut &out, const Context &c, const TextAnchor &t)
{
    ObjectScope a(out, t.extra);
    const Parts parts(t.extra);
    if (t.status == TextAnchor::Status::Orphaned)
        a.string("anchorStatus", u"orphaned");
    const QJsonArray others = t.extra.value(kOtherBodiesKey).toArray();
    if (!t.note.isEmpty() || !others.isEmpty()) {
        JsonOut &b = a.key("body");
        b.beginArray();
        if (!t.note.isEmpty()) {
            b.element();
            ObjectScope note(b, parts.body(u"commenting"));
            note.string("format", u"text/plain");
            note.string("purpose", u"commenting");
            note.string("type", u"TextualBody");
            note.string("value", t.note);
        }
        for (const QJsonValue &other : others) {
            b.element();
            b.value(other);
        }
        b.endArray();
    }
    if (t.created.isValid())
        a.string("created", timestamp(t.created));
    if (!t.author.isEmpty())
        writeCreator(a, t.author, parts);
    a.string("id", uuidIri(t.id));
    a.string("motivation", t.note.isEmpty() ? u"highlighting" : u"commenting");
    a.string("role", kRoleAnchor);
    writeTextTarget(a.key("target"), c, t, t.extra, kPartTarget);
    a.string("type", u"Annotation");
}

void writeLink(JsonOut &out, const Context &c, const Region &r, const TextAnchor &t)
{
    // The link itself is the claim ("this text span is about this region"), so it is its own
    // annotation: body = the text span, target = the region (W3C model §3.2.6 would make two
    // targets mean "the same body for each target separately", not a link between them).
    const QJsonObject extra = r.linkExtra.value(t.id);
    ObjectScope a(out, extra);
    writeTextTarget(a.key("body"), c, t, extra, kPartBody);
    // Another tool's id for the link is kept; Provena's own is derived from the pair.
    QString id = extra.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        id = linkIri(r.id, t.id);
    a.string("id", id);
    a.string("linkedAnchor", uuidIri(t.id));
    a.string("linkedRegion", uuidIri(r.id));
    a.string("motivation", u"linking");
    a.string("role", kRoleLink);
    writeRegionTarget(a.key("target"), c, r, extra, false);
    a.string("type", u"Annotation");
}

} // namespace

QByteArray SidecarWriter::write(const ArticleDocument &doc)
{
    const Article &article = doc.article();
    const QFileInfo articleInfo(article.path);
    const QDir articleDir = articleInfo.absoluteDir();
    const QJsonObject extra = doc.sidecarExtra();
    const Parts parts(extra);

    Context c {doc, {}, {}, {}};
    c.articleIri = niIri(doc.articleSha256());
    if (c.articleIri.isEmpty())
        c.articleIri = uuidIri(derivedUuid(QStringLiteral("article ") + articleInfo.fileName()));

    // Images: the article's, then any the sidecar recorded beyond them (kept for their regions).
    struct ImageEntry
    {
        QString url;
        QString localPath;
        ImageRecord record;
    };
    QList<ImageEntry> images;
    const qsizetype imageCount = qMax(article.images.size(), doc.imageRecords().size());
    for (qsizetype i = 0; i < imageCount; ++i) {
        const ImageRef ref = article.images.value(i);
        ImageEntry e {ref.url, {}, doc.imageRecord(int(i))};
        if (!ref.localPath.isEmpty())
            e.localPath = QDir::fromNativeSeparators(articleDir.relativeFilePath(ref.localPath));
        if (i >= article.images.size()) {
            e.url = e.record.extra.value(QStringLiteral("originalUrl")).toString();
            e.localPath = e.record.extra.value(QStringLiteral("localPath")).toString();
        }
        QString iri = absoluteHttpIri(e.url);
        if (iri.isEmpty())
            iri = niIri(e.record.sha256);
        if (iri.isEmpty())
            iri = uuidIri(derivedUuid(QStringLiteral("image %1 ").arg(i) + e.url));
        c.imageIris.append(iri);
        c.imageSizes.append(e.record.pixelSize);
        images.append(e);
    }

    QHash<QUuid, const TextAnchor *> anchors;
    anchors.reserve(doc.anchors().size());
    for (const TextAnchor &t : doc.anchors())
        anchors.insert(t.id, &t);
    const QJsonObject pageExtra = parts.get(kPartPage);
    const QJsonArray otherItems = pageExtra.value(kOtherItemsKey).toArray();
    qsizetype total = doc.anchors().size() + doc.regions().size() + otherItems.size();
    for (const Region &r : doc.regions()) {
        for (const QUuid &id : r.links)
            total += anchors.contains(id) ? 1 : 0;
    }

    // Labels the regions use, so the sidecar opens the same on a machine without them.
    LabelTaxonomy used;
    for (const Region &r : doc.regions()) {
        if (const Label *label = doc.labels().find(r.label); label && !used.contains(label->id))
            used.insert(*label);
    }

    QString collectionId = extra.value(QStringLiteral("id")).toString();
    if (uuidFromIri(collectionId).isNull())
        collectionId = uuidIri(derivedUuid(QStringLiteral("collection ") + c.articleIri));
    QString pageId = pageExtra.value(QStringLiteral("id")).toString();
    if (uuidFromIri(pageId).isNull())
        pageId = uuidIri(derivedUuid(QStringLiteral("page ") + collectionId));

    JsonOut out;
    {
        ObjectScope root(out, extra);
        QJsonArray context = sidecarContext();
        if (const QJsonObject terms = parts.get(kPartContext); !terms.isEmpty()) {
            // Terms a newer Provena or another tool declared; ours win.
            QJsonObject merged = terms;
            const QJsonObject ours = provenaContext();
            for (auto it = ours.begin(); it != ours.end(); ++it)
                merged.insert(it.key(), it.value());
            context[1] = merged;
        }
        root.key("@context").value(context);
        {
            ObjectScope a(root.key("annotatedArticle"), parts.get(kPartArticle));
            a.key("codePointLength").integer(codePointLength(article.text));
            if (!article.encoding.isEmpty())
                a.string("encoding", article.encoding);
            a.string("format",
                     article.format == QLatin1String("markdown") ? u"text/markdown"
                                                                 : u"text/plain");
            a.string("id", c.articleIri);
            a.string("localPath", articleInfo.fileName());
            if (!doc.articleSha256().isEmpty())
                a.string("sha256", doc.articleSha256());
            a.string("type", u"Text");
        }
        {
            JsonOut &list = root.key("annotatedImages");
            list.beginArray();
            for (qsizetype i = 0; i < images.size(); ++i) {
                const ImageEntry &e = images.at(i);
                list.element();
                ObjectScope o(list, e.record.extra);
                o.string("id", c.imageIris.at(i));
                if (!e.localPath.isEmpty())
                    o.string("localPath", e.localPath);
                if (!e.url.isEmpty())
                    o.string("originalUrl", e.url);
                if (e.record.pixelSize.isValid()) {
                    o.key("pixelHeight").integer(e.record.pixelSize.height());
                    o.key("pixelWidth").integer(e.record.pixelSize.width());
                }
                if (!e.record.sha256.isEmpty())
                    o.string("sha256", e.record.sha256);
                o.string("type", u"Image");
            }
            list.endArray();
        }
        if (total > 0) {
            ObjectScope page(root.key("first"), pageExtra);
            page.string("id", pageId);
            JsonOut &items = page.key("items");
            items.beginArray();
            for (const TextAnchor &t : doc.anchors()) {
                items.element();
                writeAnchor(items, c, t);
            }
            for (const Region &r : doc.regions()) {
                items.element();
                writeRegion(items, c, r);
                for (const QUuid &anchorId : r.links) {
                    if (const TextAnchor *t = anchors.value(anchorId)) {
                        items.element();
                        writeLink(items, c, r, *t);
                    }
                }
            }
            for (const QJsonValue &other : otherItems) {
                items.element();
                items.value(other);
            }
            items.endArray();
            page.string("partOf", collectionId);
            page.key("startIndex").integer(0);
            page.string("type", u"AnnotationPage");
        }
        root.string("id", collectionId);
        root.string("label", article.title.isEmpty() ? articleInfo.fileName() : article.title);
        if (!used.labels().isEmpty())
            root.key("labels").value(used.toJsonArray());
        if (total > 0)
            root.string("last", pageId);
        root.key("schemaVersion").integer(kSidecarSchemaVersion);
        root.key("total").integer(total);
        root.string("type", u"AnnotationCollection");
    }
    return QJsonDocument(out.result.toObject()).toJson(QJsonDocument::Indented);
}

QJsonObject SidecarWriter::toJson(const ArticleDocument &document)
{
    return QJsonDocument::fromJson(write(document)).object();
}

} // namespace provena
