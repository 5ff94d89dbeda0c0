// SPDX-License-Identifier: MIT
#include "formats/sidecarmerger.h"

#include "formats/sidecarmergefields_p.h"
#include "formats/sidecarreader.h"
#include "formats/sidecarvocabulary_p.h"
#include "formats/sidecarwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace provena {

using namespace provena::detail;

namespace {

const QString kConflictsKey = QStringLiteral("mergeConflicts");

/**
 * One side read (migrated, checked) and written again by this Provena, so the three sides are
 * compared in one form: the current schema, Provena's own bodies, canonical order.
 */
Result<QJsonObject> normalised(const QByteArray &data, const char *side)
{
    const Result<SidecarContent> read = SidecarReader::read(data, QString::fromLatin1(side));
    if (!read)
        return read.error();
    return SidecarWriter::toJson(read.value());
}

QJsonArray itemsOf(const QJsonObject &root)
{
    return root.value(QLatin1String("first")).toObject().value(QLatin1String("items")).toArray();
}

/** Existing conflict markers: one side's when only it changed them, else both sides' together. */
QJsonArray mergedMarkers(const QJsonValue &b, const QJsonValue &o, const QJsonValue &t)
{
    if (const std::optional<QJsonValue> m = mergedValue(b, o, t))
        return m->toArray();
    QJsonArray both = o.toArray();
    for (const QJsonValue &c : t.toArray()) {
        if (!both.contains(c))
            both.append(c);
    }
    return both;
}

/** Fields Provena writes from others (or that only say an edit happened). */
bool isDerivedField(const QString &field)
{
    return field == QLatin1String("motivation") || field == QLatin1String("modified")
        || field == QLatin1String("needsReview") || field == kConflictsKey;
}

/** The label ids the regions among `items` carry (their tagging bodies). */
QSet<QString> labelsUsed(const QJsonArray &items)
{
    QSet<QString> used;
    for (const QJsonValue &item : items) {
        if (item.toObject().value(QLatin1String("role")) != kRoleRegion)
            continue;
        for (const QJsonValue &body : item.toObject().value(QLatin1String("body")).toArray()) {
            if (body.toObject().value(QLatin1String("purpose")) == QLatin1String("tagging"))
                used.insert(body.toObject().value(QLatin1String("value")).toString());
        }
    }
    return used;
}

class Merger
{
public:
    QJsonObject merge(const QJsonObject &base, const QJsonObject &ours, const QJsonObject &theirs);
    MergeLog log;

private:
    std::optional<QJsonObject> mergeItem(const std::optional<QJsonObject> &b,
                                         const std::optional<QJsonObject> &o,
                                         const std::optional<QJsonObject> &t);
    QJsonArray mergeItems(const QJsonObject &base, const QJsonObject &ours,
                          const QJsonObject &theirs);
};

std::optional<QJsonObject> Merger::mergeItem(const std::optional<QJsonObject> &b,
                                             const std::optional<QJsonObject> &o,
                                             const std::optional<QJsonObject> &t)
{
    const QJsonObject &any = o ? *o : *t;
    const QString role = any.value(QLatin1String("role")).toString();
    if (role == kRoleLink) {
        // A link's body and target repeat its anchor's and region's selectors: it is there or
        // not (links are a set), and the rest is written again from the region and the anchor.
        if (o && t)
            return mergeFields(b, o, t, nullptr,
                               [](const QString &) { return OnConflict::TakeOurs; });
        if (b)
            return std::nullopt; // unlinked on one side
        return o ? o : t;
    }
    MergeConflicts conflicts;
    QJsonObject merged;
    if (o && t) {
        merged = mergeFields(b, o, t, &conflicts, [](const QString &field) {
            return isDerivedField(field) ? OnConflict::TakeOurs : OnConflict::Record;
        });
    } else if (!b) {
        return o ? o : t; // added on one side
    } else {
        // Deleted on one side: honoured unless the other side edited it, then kept as edited
        // with the edits as conflicts (the deleting side's value undefined).
        static const QSet<QString> derived {QStringLiteral("motivation"),
                                            QStringLiteral("modified"),
                                            QStringLiteral("needsReview"), kConflictsKey};
        conflicts = editDeleteConflicts(*b, any, bool(o), derived);
        if (conflicts.isEmpty())
            return std::nullopt;
        merged = any;
    }
    QJsonArray markers = mergedMarkers(fieldOf(b, kConflictsKey), fieldOf(o, kConflictsKey),
                                       fieldOf(t, kConflictsKey));
    const QString id = any.value(QLatin1String("id")).toString();
    for (const MergeConflict &c : std::as_const(conflicts)) {
        log.add(id, c.field, c.base, c.ours, c.theirs);
        markers.append(conflictsToJson(MergeConflicts {c}).at(0));
    }
    if (markers.isEmpty())
        merged.remove(kConflictsKey);
    else
        merged.insert(kConflictsKey, markers);
    if (!conflicts.isEmpty() && role == kRoleRegion)
        merged.insert(QStringLiteral("needsReview"), true);
    return merged;
}

QJsonArray Merger::mergeItems(const QJsonObject &base, const QJsonObject &ours,
                              const QJsonObject &theirs)
{
    const QString id = QStringLiteral("id");
    QJsonArray items
        = mergeKeyedLists(KeyedList::from(itemsOf(base), id), KeyedList::from(itemsOf(ours), id),
                          KeyedList::from(itemsOf(theirs), id),
                          [this](const QString &, const auto &b, const auto &o, const auto &t) {
                              return mergeItem(b, o, t);
                          });
    // A link whose region or anchor is gone (deleted on one side) goes with it.
    QSet<QString> present;
    for (const QJsonValue &item : std::as_const(items)) {
        const QJsonObject o = item.toObject();
        if (o.value(QLatin1String("role")) != kRoleLink)
            present.insert(o.value(id).toString());
    }
    QJsonArray kept;
    for (const QJsonValue &item : std::as_const(items)) {
        const QJsonObject o = item.toObject();
        if (o.value(QLatin1String("role")) == kRoleLink
            && (!present.contains(o.value(QLatin1String("linkedRegion")).toString())
                || !present.contains(o.value(QLatin1String("linkedAnchor")).toString())))
            continue;
        kept.append(item);
    }
    return kept;
}

QJsonObject Merger::merge(const QJsonObject &base, const QJsonObject &ours,
                          const QJsonObject &theirs)
{
    const QString collectionId = ours.value(QLatin1String("id")).toString();
    const QStringList special {QStringLiteral("@context"),
                               QStringLiteral("annotatedImages"),
                               QStringLiteral("labels"),
                               QStringLiteral("first"),
                               QStringLiteral("total"),
                               QStringLiteral("last"),
                               kConflictsKey};
    const auto rest = [&](QJsonObject o) {
        for (const QString &k : special)
            o.remove(k);
        return o;
    };
    MergeConflicts collectionConflicts;
    QJsonObject root = mergeFields(rest(base), rest(ours), rest(theirs), &collectionConflicts);
    for (const MergeConflict &c : std::as_const(collectionConflicts))
        log.add(collectionId, c.field, c.base, c.ours, c.theirs);

    // The inline context: Provena's terms are the same on every side; terms kept from other
    // tools are merged by name.
    const QJsonValue context = ours.value(QLatin1String("@context"));
    QJsonArray mergedContext = context.toArray();
    if (mergedContext.size() == 2) {
        const auto inlineContext = [](const QJsonObject &root) {
            return std::optional<QJsonObject>(
                root.value(QLatin1String("@context")).toArray().at(1).toObject());
        };
        mergedContext[1]
            = mergeFields(inlineContext(base), inlineContext(ours), inlineContext(theirs), nullptr,
                          [](const QString &) { return OnConflict::TakeOurs; });
    }
    root.insert(QStringLiteral("@context"), mergedContext);

    const auto array = [](const QJsonObject &o, const char *key) {
        return o.value(QLatin1String(key)).toArray();
    };
    root.insert(QStringLiteral("annotatedImages"),
                mergeImageEntries(array(base, "annotatedImages"), array(ours, "annotatedImages"),
                                  array(theirs, "annotatedImages"), &log));
    const QJsonArray items = mergeItems(base, ours, theirs);
    const QJsonArray labels
        = mergeLabels(array(base, "labels"), array(ours, "labels"), array(theirs, "labels"),
                      labelsUsed(items), &log, collectionId);
    if (!labels.isEmpty())
        root.insert(QStringLiteral("labels"), labels);

    if (!items.isEmpty()) {
        const auto page = [](const QJsonObject &o) {
            QJsonObject p = o.value(QLatin1String("first")).toObject();
            p.remove(QStringLiteral("items"));
            return std::optional<QJsonObject>(p);
        };
        QJsonObject first = mergeFields(page(base), page(ours), page(theirs), nullptr,
                                        [](const QString &) { return OnConflict::TakeOurs; });
        first.insert(QStringLiteral("items"), items);
        root.insert(QStringLiteral("first"), first);
    }

    // What is not on an annotation (images, claims, labels, the collection's own fields) is
    // marked on the collection, with the item it concerns.
    QList<SidecarMergeConflict> elsewhere;
    QSet<QString> annotationIds;
    for (const QJsonValue &item : items)
        annotationIds.insert(item.toObject().value(QLatin1String("id")).toString());
    for (const SidecarMergeConflict &c : std::as_const(log.conflicts)) {
        if (!annotationIds.contains(c.itemId))
            elsewhere.append(c);
    }
    QJsonArray markers = mergedMarkers(base.value(kConflictsKey), ours.value(kConflictsKey),
                                       theirs.value(kConflictsKey));
    for (const QJsonValue &m : conflictsToJson(elsewhere))
        markers.append(m);
    if (!markers.isEmpty())
        root.insert(kConflictsKey, markers);
    return root;
}

} // namespace

Result<SidecarMergeResult> SidecarMerger::merge(const QByteArray &base, const QByteArray &ours,
                                                const QByteArray &theirs)
{
    QJsonObject baseRoot;
    if (!base.isEmpty()) {
        Result<QJsonObject> b = normalised(base, "base");
        if (!b)
            return b.error();
        baseRoot = b.value();
    }
    Result<QJsonObject> oursRoot = normalised(ours, "ours");
    if (!oursRoot)
        return oursRoot.error();
    Result<QJsonObject> theirsRoot = normalised(theirs, "theirs");
    if (!theirsRoot)
        return theirsRoot.error();
    // The cases where one side did not change: the other side is the result, as it was.
    if (ours == theirs || theirs == base)
        return SidecarMergeResult {ours, {}};
    if (ours == base)
        return SidecarMergeResult {theirs, {}};

    Merger merger;
    const QJsonObject merged = merger.merge(baseRoot, oursRoot.value(), theirsRoot.value());
    // Read back and written by the writer: checked like any sidecar, in canonical form (order,
    // `total`), and never a file Provena would refuse.
    const QByteArray json = QJsonDocument(merged).toJson(QJsonDocument::Indented);
    const Result<SidecarContent> content = SidecarReader::read(json, QStringLiteral("merged"));
    if (!content) {
        Error e = content.error();
        e.message = QCoreApplication::translate("SidecarMerger",
                                                "The merged sidecar would not be valid: %1")
                        .arg(e.message);
        return e;
    }
    return SidecarMergeResult {SidecarWriter::write(content.value()), merger.log.conflicts};
}

} // namespace provena
