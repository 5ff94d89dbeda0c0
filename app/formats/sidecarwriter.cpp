// SPDX-License-Identifier: MIT
#include "formats/sidecarwriter.h"

#include "formats/sidecarbodies_p.h"
#include "formats/sidecarjsonout_p.h"
#include "formats/sidecarmergefields_p.h"
#include "formats/sidecarselectors_p.h"
#include "formats/sidecarsources_p.h"
#include "formats/sidecarunknownfields_p.h"
#include "formats/sidecarvocabulary_p.h"

#include <QHash>
#include <QJsonArray>

#include <QJsonDocument>
#include <algorithm>

namespace provena {

using namespace provena::detail;

namespace {

QString timestamp(const QDateTime &t)
{
    return utcTimestamp(t);
}

/** What every item refers to: the article's and the images' IRIs and sizes. */
struct Context
{
    QString articleIri;
    const QList<SidecarImage> *images = nullptr;

    /** The image regions with `index` refer to; none (empty IRI, invalid size) out of range. */
    const SidecarImage &image(int index) const
    {
        static const SidecarImage none;
        return index >= 0 && index < images->size() ? images->at(index) : none;
    }
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
        writeRegionSelector(s, r.geometry, c.image(i).record.pixelSize, parts);
    });
    t.string("source", c.image(i).iri);
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
    if (!r.mergeConflicts.isEmpty())
        a.key("mergeConflicts").value(conflictsToJson(r.mergeConflicts));
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
    if (!t.mergeConflicts.isEmpty())
        a.key("mergeConflicts").value(conflictsToJson(t.mergeConflicts));
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

/**
 * `items` by id, whatever the model's order: two people's additions then land at random places of
 * the list, apart, and git merges them line by line (docs/sidecar-format.md, "Merging"). The
 * model's order (the order the analyst made them) comes back on reading, from `created`
 * (SidecarReader).
 */
template<typename T> QList<const T *> byId(const QList<T> &items)
{
    QList<const T *> ordered;
    ordered.reserve(items.size());
    for (const T &item : items)
        ordered.append(&item);
    std::sort(ordered.begin(), ordered.end(),
              [](const T *a, const T *b) { return uuidIri(a->id) < uuidIri(b->id); });
    return ordered;
}

/**
 * The label definitions by id, whatever order the regions used them in: two people's new labels
 * then land apart, and a label used first elsewhere does not move (docs/sidecar-format.md).
 */
QJsonArray labelsById(const LabelTaxonomy &labels)
{
    const QJsonArray definitions = labels.toJsonArray();
    QList<QJsonValue> ordered(definitions.cbegin(), definitions.cend());
    std::stable_sort(ordered.begin(), ordered.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a.toObject().value(QLatin1String("id")).toString()
            < b.toObject().value(QLatin1String("id")).toString();
    });
    QJsonArray out;
    for (const QJsonValue &definition : std::as_const(ordered))
        out.append(definition);
    return out;
}

} // namespace

QByteArray SidecarWriter::write(const SidecarContent &content)
{
    const QJsonObject &extra = content.extra;
    const Parts parts(extra);

    Context c;
    c.articleIri = articleIri(content);
    c.images = &content.images;

    QHash<QUuid, const TextAnchor *> anchors;
    anchors.reserve(content.anchors.size());
    for (const TextAnchor &t : content.anchors)
        anchors.insert(t.id, &t);
    const QJsonObject pageExtra = parts.get(kPartPage);
    const QJsonArray otherItems = pageExtra.value(kOtherItemsKey).toArray();
    // Whether the page has items (a page must have at least one). No `total` is written: the
    // W3C model has it as a SHOULD, and a count every addition changes would make two people's
    // additions conflict line by line (docs/sidecar-format.md, "Merging").
    const bool hasItems
        = !content.anchors.isEmpty() || !content.regions.isEmpty() || !otherItems.isEmpty();

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
        writeArticleEntry(root.key("annotatedArticle"), content, c.articleIri, parts);
        writeImageEntries(root.key("annotatedImages"), content.images, content.provenance);
        if (hasItems) {
            ObjectScope page(root.key("first"), pageExtra);
            page.string("id", pageId);
            JsonOut &items = page.key("items");
            items.beginArray();
            for (const TextAnchor *t : byId(content.anchors)) {
                items.element();
                writeAnchor(items, c, *t);
            }
            for (const Region *r : byId(content.regions)) {
                items.element();
                writeRegion(items, c, *r);
                // Link order is the region's own (the order the analyst linked in).
                for (const QUuid &anchorId : r->links) {
                    if (const TextAnchor *t = anchors.value(anchorId)) {
                        items.element();
                        writeLink(items, c, *r, *t);
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
        root.string("label", content.label);
        if (!content.labels.labels().isEmpty())
            root.key("labels").value(labelsById(content.labels));
        if (hasItems)
            root.string("last", pageId);
        if (!content.collectionConflicts.isEmpty())
            root.key("mergeConflicts").value(conflictsToJson(content.collectionConflicts));
        root.key("schemaVersion").integer(kSidecarSchemaVersion);
        root.string("type", u"AnnotationCollection");
    }
    return QJsonDocument(out.result.toObject()).toJson(QJsonDocument::Indented);
}

QByteArray SidecarWriter::write(const ArticleDocument &document)
{
    return write(SidecarContent::fromDocument(document));
}

QJsonObject SidecarWriter::toJson(const SidecarContent &content)
{
    return QJsonDocument::fromJson(write(content)).object();
}

QJsonObject SidecarWriter::toJson(const ArticleDocument &document)
{
    return QJsonDocument::fromJson(write(document)).object();
}

} // namespace provena
