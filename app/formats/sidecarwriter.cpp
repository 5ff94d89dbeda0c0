// SPDX-License-Identifier: MIT
#include "formats/sidecarwriter.h"

#include "core/document/articledocument.h"
#include "core/model/codepointindex.h"
#include "formats/sidecarbodies_p.h"
#include "formats/sidecarjsonout_p.h"
#include "formats/sidecarselectors_p.h"
#include "formats/sidecarunknownfields_p.h"
#include "formats/sidecarvocabulary_p.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace provena {

using namespace provena::detail;

namespace {

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

/** A region's target; `extra` is the region's (`full`, with geometry) or a link's. */
void writeRegionTarget(JsonOut &out, const Context &c, const Region &r, const QJsonObject &extra,
                       bool full)
{
    const Parts parts(extra);
    const QJsonObject targetPart = parts.get(kPartTarget);
    ObjectScope t(out, targetPart);
    const int i = r.imageIndex;
    if (full)
        writeGeometry(t, r.geometry, parts);
    t.key("imageIndex").integer(i);
    writeSelectors(t, targetPart, false, [&](JsonOut &s) {
        writeRegionSelector(s, r.geometry, c.imageSizes.value(i), parts);
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
    writeSelectors(t, resourcePart, true,
                   [&](JsonOut &s) { writeTextSelectors(s, a, parts, name); });
    t.string("source", c.articleIri);
    t.string("type", u"SpecificResource");
}

void writeRegion(JsonOut &out, const Context &c, const Region &r)
{
    ObjectScope a(out, r.extra);
    const Parts parts(r.extra);
    writeRegionBodies(a, r, parts);
    if (r.hasConfidence())
        a.key("confidence").number(r.confidence);
    if (r.created.isValid())
        a.string("created", timestamp(r.created));
    writeCreator(a, r.author, parts);
    a.string("id", uuidIri(r.id));
    if (r.modified.isValid())
        a.string("modified", timestamp(r.modified));
    a.string("motivation", regionMotivation(r));
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
    writeAnchorBodies(a, t, parts);
    if (t.created.isValid())
        a.string("created", timestamp(t.created));
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
        root.key("@context").value(contextWithKeptTerms(parts));
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
            writeKept(items, otherItems);
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
