// SPDX-License-Identifier: MIT
#include "formats/sidecarwriter.h"

#include "core/document/articledocument.h"
#include "core/model/codepointindex.h"
#include "formats/sidecarvocabulary_p.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace provena {

using namespace provena::detail;

namespace {

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

/** Inserts the keys of `extra` that `object` does not have yet (unknown fields go back). */
void mergeExtra(QJsonObject &object, const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (it.key().startsWith(QLatin1String("provena:")) || object.contains(it.key()))
            continue;
        object.insert(it.key(), it.value());
    }
}

QJsonObject creator(const QString &name)
{
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("Person")},
                        {QStringLiteral("name"), name}};
}

struct Context
{
    const ArticleDocument &doc;
    QString articleIri;
    QStringList imageIris;
    QList<QSize> imageSizes;
};

QJsonObject imageSelector(const RegionGeometry &g, const QSize &imageSize)
{
    const QRectF box = g.boundingRect();
    if (g.shape() == RegionGeometry::Shape::Rectangle) {
        // Media Fragments allow whole numbers only: write the smallest covering pixel box; the
        // exact outline is in "geometry".
        const qint64 x = qMax<qint64>(0, qint64(std::floor(box.left())));
        const qint64 y = qMax<qint64>(0, qint64(std::floor(box.top())));
        const qint64 w = qMax<qint64>(0, qint64(std::ceil(box.right())) - x);
        const qint64 h = qMax<qint64>(0, qint64(std::ceil(box.bottom())) - y);
        return {{QStringLiteral("type"), QStringLiteral("FragmentSelector")},
                {QStringLiteral("conformsTo"), kMediaFragsIri},
                {QStringLiteral("value"),
                 QStringLiteral("xywh=pixel:%1,%2,%3,%4").arg(x).arg(y).arg(w).arg(h)}};
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
    return {
        {QStringLiteral("type"), QStringLiteral("SvgSelector")},
        {QStringLiteral("value"),
         QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\">%3</svg>")
             .arg(num(canvas.width()), num(canvas.height()), shape)}};
}

QJsonObject regionTarget(const Context &c, const Region &r, bool withExtra)
{
    QJsonObject target;
    const int i = r.imageIndex;
    target.insert(QStringLiteral("type"), QStringLiteral("SpecificResource"));
    target.insert(QStringLiteral("source"), c.imageIris.value(i));
    target.insert(QStringLiteral("imageIndex"), i);
    target.insert(QStringLiteral("selector"), imageSelector(r.geometry, c.imageSizes.value(i)));
    QJsonArray points;
    for (const QPointF &p : r.geometry.points()) {
        points.append(p.x());
        points.append(p.y());
    }
    target.insert(
        QStringLiteral("geometry"),
        QJsonObject {{QStringLiteral("shape"), RegionGeometry::shapeName(r.geometry.shape())},
                     {QStringLiteral("points"), points}});
    if (withExtra)
        mergeExtra(target, r.extra.value(kTargetExtraKey).toObject());
    return target;
}

QJsonObject textTarget(const Context &c, const TextAnchor &a)
{
    QJsonObject position {{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                          {QStringLiteral("start"), qMax<qint64>(0, a.range.start)},
                          {QStringLiteral("end"), qMax<qint64>(0, a.range.end)}};
    QJsonObject quote {{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                       {QStringLiteral("exact"), a.exact}};
    if (!a.prefix.isEmpty())
        quote.insert(QStringLiteral("prefix"), a.prefix);
    if (!a.suffix.isEmpty())
        quote.insert(QStringLiteral("suffix"), a.suffix);
    return {{QStringLiteral("type"), QStringLiteral("SpecificResource")},
            {QStringLiteral("source"), c.articleIri},
            {QStringLiteral("selector"), QJsonArray {position, quote}}};
}

QJsonObject regionAnnotation(const Context &c, const Region &r)
{
    QJsonObject a;
    a.insert(QStringLiteral("id"), uuidIri(r.id));
    a.insert(QStringLiteral("type"), QStringLiteral("Annotation"));
    a.insert(QStringLiteral("role"), kRoleRegion);
    QJsonArray bodies;
    QString motivation = QStringLiteral("highlighting");
    if (!r.note.isEmpty()) {
        bodies.prepend(QJsonObject {{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                    {QStringLiteral("purpose"), QStringLiteral("describing")},
                                    {QStringLiteral("format"), QStringLiteral("text/plain")},
                                    {QStringLiteral("value"), r.note}});
        motivation = QStringLiteral("describing");
    }
    if (!r.entity.isEmpty()) {
        QJsonObject e;
        if (isAbsoluteIri(r.entity.identifier)) {
            e.insert(QStringLiteral("type"), QStringLiteral("SpecificResource"));
            e.insert(QStringLiteral("source"), r.entity.identifier);
            if (!r.entity.name.isEmpty())
                e.insert(QStringLiteral("label"), r.entity.name);
        } else {
            e.insert(QStringLiteral("type"), QStringLiteral("TextualBody"));
            e.insert(QStringLiteral("value"), r.entity.name);
            if (!r.entity.identifier.isEmpty())
                e.insert(QStringLiteral("entityIdentifier"), r.entity.identifier);
        }
        e.insert(QStringLiteral("purpose"), QStringLiteral("identifying"));
        bodies.prepend(e);
        motivation = QStringLiteral("identifying");
    }
    if (!r.label.isEmpty()) {
        bodies.prepend(QJsonObject {{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                    {QStringLiteral("purpose"), QStringLiteral("tagging")},
                                    {QStringLiteral("value"), r.label}});
        motivation = QStringLiteral("tagging");
    }
    for (const QJsonValue &other : r.extra.value(kOtherBodiesKey).toArray())
        bodies.append(other);
    if (!bodies.isEmpty())
        a.insert(QStringLiteral("body"), bodies);
    a.insert(QStringLiteral("motivation"), motivation);
    a.insert(QStringLiteral("target"), regionTarget(c, r, true));
    if (r.hasConfidence())
        a.insert(QStringLiteral("confidence"), r.confidence);
    if (!r.author.isEmpty())
        a.insert(QStringLiteral("creator"), creator(r.author));
    if (r.created.isValid())
        a.insert(QStringLiteral("created"), timestamp(r.created));
    if (r.modified.isValid())
        a.insert(QStringLiteral("modified"), timestamp(r.modified));
    if (r.needsReview)
        a.insert(QStringLiteral("needsReview"), true);
    mergeExtra(a, r.extra);
    return a;
}

QJsonObject anchorAnnotation(const Context &c, const TextAnchor &t)
{
    QJsonObject a;
    a.insert(QStringLiteral("id"), uuidIri(t.id));
    a.insert(QStringLiteral("type"), QStringLiteral("Annotation"));
    a.insert(QStringLiteral("role"), kRoleAnchor);
    QJsonArray bodies;
    if (!t.note.isEmpty()) {
        bodies.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                   {QStringLiteral("purpose"), QStringLiteral("commenting")},
                                   {QStringLiteral("format"), QStringLiteral("text/plain")},
                                   {QStringLiteral("value"), t.note}});
    }
    for (const QJsonValue &other : t.extra.value(kOtherBodiesKey).toArray())
        bodies.append(other);
    if (!bodies.isEmpty())
        a.insert(QStringLiteral("body"), bodies);
    a.insert(QStringLiteral("motivation"),
             t.note.isEmpty() ? QStringLiteral("highlighting") : QStringLiteral("commenting"));
    QJsonObject target = textTarget(c, t);
    mergeExtra(target, t.extra.value(kTargetExtraKey).toObject());
    a.insert(QStringLiteral("target"), target);
    if (!t.author.isEmpty())
        a.insert(QStringLiteral("creator"), creator(t.author));
    if (t.created.isValid())
        a.insert(QStringLiteral("created"), timestamp(t.created));
    if (t.status == TextAnchor::Status::Orphaned)
        a.insert(QStringLiteral("anchorStatus"), QStringLiteral("orphaned"));
    mergeExtra(a, t.extra);
    return a;
}

QJsonObject linkAnnotation(const Context &c, const Region &r, const TextAnchor &t)
{
    // The link itself is the claim ("this text span is about this region"), so it is its own
    // annotation: body = the text span, target = the region (W3C model §3.2.6 would make two
    // targets mean "the same body for each target separately", not a link between them).
    const QString name = uuidIri(r.id) + u' ' + uuidIri(t.id);
    QJsonObject a;
    a.insert(QStringLiteral("id"), uuidIri(derivedUuid(QStringLiteral("link ") + name)));
    a.insert(QStringLiteral("type"), QStringLiteral("Annotation"));
    a.insert(QStringLiteral("role"), kRoleLink);
    a.insert(QStringLiteral("motivation"), QStringLiteral("linking"));
    a.insert(QStringLiteral("body"), textTarget(c, t));
    QJsonObject target = regionTarget(c, r, false);
    target.remove(QStringLiteral("geometry"));
    a.insert(QStringLiteral("target"), target);
    a.insert(QStringLiteral("linkedRegion"), uuidIri(r.id));
    a.insert(QStringLiteral("linkedAnchor"), uuidIri(t.id));
    return a;
}

} // namespace

QJsonObject SidecarWriter::toJson(const ArticleDocument &doc)
{
    const Article &article = doc.article();
    const QFileInfo articleInfo(article.path);
    const QDir articleDir = articleInfo.absoluteDir();
    const QJsonObject extra = doc.sidecarExtra();

    Context c {doc, {}, {}, {}};
    c.articleIri = niIri(doc.articleSha256());
    if (c.articleIri.isEmpty())
        c.articleIri = uuidIri(derivedUuid(QStringLiteral("article ") + articleInfo.fileName()));

    // Images: the article's, then any the sidecar recorded beyond them (kept for their regions).
    const qsizetype imageCount = qMax(article.images.size(), doc.imageRecords().size());
    QJsonArray images;
    for (qsizetype i = 0; i < imageCount; ++i) {
        const ImageRef ref = article.images.value(i);
        const ImageRecord record = doc.imageRecord(int(i));
        QString url = ref.url;
        QString localPath;
        if (!ref.localPath.isEmpty())
            localPath = QDir::fromNativeSeparators(articleDir.relativeFilePath(ref.localPath));
        if (i >= article.images.size()) {
            url = record.extra.value(QStringLiteral("originalUrl")).toString();
            localPath = record.extra.value(QStringLiteral("localPath")).toString();
        }
        QString iri = absoluteHttpIri(url);
        if (iri.isEmpty())
            iri = niIri(record.sha256);
        if (iri.isEmpty())
            iri = uuidIri(derivedUuid(QStringLiteral("image %1 ").arg(i) + url));
        c.imageIris.append(iri);
        c.imageSizes.append(record.pixelSize);
        QJsonObject o;
        o.insert(QStringLiteral("id"), iri);
        o.insert(QStringLiteral("type"), QStringLiteral("Image"));
        if (!url.isEmpty())
            o.insert(QStringLiteral("originalUrl"), url);
        if (!localPath.isEmpty())
            o.insert(QStringLiteral("localPath"), localPath);
        if (!record.sha256.isEmpty())
            o.insert(QStringLiteral("sha256"), record.sha256);
        if (record.pixelSize.isValid()) {
            o.insert(QStringLiteral("pixelWidth"), record.pixelSize.width());
            o.insert(QStringLiteral("pixelHeight"), record.pixelSize.height());
        }
        mergeExtra(o, record.extra);
        images.append(o);
    }

    QJsonObject articleObject;
    articleObject.insert(QStringLiteral("id"), c.articleIri);
    articleObject.insert(QStringLiteral("type"), QStringLiteral("Text"));
    articleObject.insert(QStringLiteral("format"),
                         article.format == QLatin1String("markdown")
                             ? QStringLiteral("text/markdown")
                             : QStringLiteral("text/plain"));
    articleObject.insert(QStringLiteral("localPath"), articleInfo.fileName());
    if (!doc.articleSha256().isEmpty())
        articleObject.insert(QStringLiteral("sha256"), doc.articleSha256());
    if (!article.encoding.isEmpty())
        articleObject.insert(QStringLiteral("encoding"), article.encoding);
    articleObject.insert(QStringLiteral("codePointLength"), codePointLength(article.text));
    mergeExtra(articleObject, extra.value(kArticleExtraKey).toObject());

    QJsonArray items;
    QHash<QUuid, const TextAnchor *> anchors;
    anchors.reserve(doc.anchors().size());
    for (const TextAnchor &t : doc.anchors()) {
        anchors.insert(t.id, &t);
        items.append(anchorAnnotation(c, t));
    }
    for (const Region &r : doc.regions()) {
        items.append(regionAnnotation(c, r));
        for (const QUuid &anchorId : r.links) {
            if (const TextAnchor *t = anchors.value(anchorId))
                items.append(linkAnnotation(c, r, *t));
        }
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
    QJsonObject root;
    root.insert(QStringLiteral("@context"), sidecarContext());
    root.insert(QStringLiteral("id"), collectionId);
    root.insert(QStringLiteral("type"), QStringLiteral("AnnotationCollection"));
    root.insert(QStringLiteral("label"),
                article.title.isEmpty() ? articleInfo.fileName() : article.title);
    root.insert(QStringLiteral("schemaVersion"), kSidecarSchemaVersion);
    root.insert(QStringLiteral("annotatedArticle"), articleObject);
    root.insert(QStringLiteral("annotatedImages"), images);
    if (!used.labels().isEmpty())
        root.insert(QStringLiteral("labels"), used.toJsonArray());
    root.insert(QStringLiteral("total"), items.size());
    if (!items.isEmpty()) {
        const QJsonObject pageExtra = extra.value(kPageExtraKey).toObject();
        QString pageId = pageExtra.value(QStringLiteral("id")).toString();
        if (uuidFromIri(pageId).isNull())
            pageId = uuidIri(derivedUuid(QStringLiteral("page ") + collectionId));
        QJsonObject page {{QStringLiteral("id"), pageId},
                          {QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                          {QStringLiteral("partOf"), collectionId},
                          {QStringLiteral("startIndex"), 0},
                          {QStringLiteral("items"), items}};
        mergeExtra(page, pageExtra);
        root.insert(QStringLiteral("first"), page);
        root.insert(QStringLiteral("last"), pageId);
    }
    mergeExtra(root, extra);
    return root;
}

QByteArray SidecarWriter::write(const ArticleDocument &document)
{
    // QJsonDocument indents by four spaces; the format uses two. JSON strings never hold a raw
    // newline, so halving each line's leading spaces cannot touch string content.
    const QByteArray four = QJsonDocument(toJson(document)).toJson(QJsonDocument::Indented);
    QByteArray out;
    out.reserve(four.size() * 9 / 10);
    qsizetype i = 0;
    while (i < four.size()) {
        qsizetype spaces = 0;
        while (i + spaces < four.size() && four.at(i + spaces) == ' ')
            ++spaces;
        out.append(spaces / 2, ' ');
        i += spaces;
        qsizetype end = four.indexOf('\n', i);
        end = end < 0 ? four.size() : end + 1;
        out.append(four.constData() + i, end - i);
        i = end;
    }
    return out;
}

} // namespace provena
