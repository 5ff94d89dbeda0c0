// SPDX-License-Identifier: MIT
#include "formats/sidecarmergefields_p.h"

#include <QJsonDocument>

namespace provena::detail {

namespace {

const QString kBodyPrefix = QStringLiteral("body[purpose=");

QJsonObject withoutKeys(QJsonObject o, const QStringList &keys)
{
    for (const QString &k : keys)
        o.remove(k);
    return o;
}

std::optional<QJsonObject> objectOf(const QJsonValue &v)
{
    if (v.isObject())
        return v.toObject();
    return std::nullopt;
}

/** Conflicts found inside one object, reported for `itemId` with `prefix` before each field. */
void logAll(MergeLog *log, const QString &itemId, const QString &prefix,
            const MergeConflicts &conflicts)
{
    for (const MergeConflict &c : conflicts)
        log->add(itemId, prefix + c.field, c.base, c.ours, c.theirs);
}

/** An element of a list merged field-wise, deleted, or kept as edited against a deletion. */
std::optional<QJsonObject> mergeElement(const std::optional<QJsonObject> &b,
                                        const std::optional<QJsonObject> &o,
                                        const std::optional<QJsonObject> &t,
                                        MergeConflicts *conflicts)
{
    if (o && t)
        return mergeFields(b, o, t, conflicts);
    const std::optional<QJsonObject> &kept = o ? o : t;
    if (!kept)
        return std::nullopt;
    if (!b)
        return kept; // added on one side
    const MergeConflicts edited = editDeleteConflicts(*b, *kept, bool(o), {});
    if (edited.isEmpty())
        return std::nullopt; // deleted on one side, unchanged on the other
    conflicts->append(edited);
    return kept;
}

QJsonObject mergeProvenance(const QJsonObject &b, const QJsonObject &o, const QJsonObject &t,
                            MergeLog *log, const QString &imageId)
{
    const auto list = [](const QJsonObject &p, const char *name, const char *key) {
        return KeyedList::from(p.value(QLatin1String(name)), QLatin1String(key));
    };
    QJsonObject merged;
    const QJsonArray claims
        = mergeKeyedLists(list(b, "claims", "id"), list(o, "claims", "id"), list(t, "claims", "id"),
                          [&](const QString &id, const auto &bc, const auto &oc, const auto &tc) {
                              MergeConflicts conflicts;
                              auto m = mergeElement(bc, oc, tc, &conflicts);
                              logAll(log, id, {}, conflicts);
                              return m;
                          });
    const QJsonArray events = mergeKeyedLists(
        list(b, "recordedEvents", "-"), list(o, "recordedEvents", "-"),
        list(t, "recordedEvents", "-"),
        [&](const QString &, const auto &be, const auto &oe, const auto &te) {
            MergeConflicts conflicts; // elements are keyed by their whole text: none
            return mergeElement(be, oe, te, &conflicts);
        });
    const QJsonArray pillars = mergeKeyedLists(
        list(b, "pillars", "pillar"), list(o, "pillars", "pillar"), list(t, "pillars", "pillar"),
        [&](const QString &pillar, const auto &bp, const auto &op, const auto &tp) {
            MergeConflicts conflicts;
            auto m = mergeElement(bp, op, tp, &conflicts);
            logAll(log, imageId, QStringLiteral("provenance.pillars[%1].").arg(pillar), conflicts);
            return m;
        });
    MergeConflicts verdictConflicts;
    const std::optional<QJsonObject> verdict = mergeElement(
        objectOf(b.value(QLatin1String("verdict"))), objectOf(o.value(QLatin1String("verdict"))),
        objectOf(t.value(QLatin1String("verdict"))), &verdictConflicts);
    logAll(log, imageId, QStringLiteral("provenance.verdict."), verdictConflicts);

    const QStringList special {QStringLiteral("claims"), QStringLiteral("recordedEvents"),
                               QStringLiteral("pillars"), QStringLiteral("verdict")};
    MergeConflicts restConflicts;
    merged = mergeFields(withoutKeys(b, special), withoutKeys(o, special), withoutKeys(t, special),
                         &restConflicts);
    logAll(log, imageId, QStringLiteral("provenance."), restConflicts);
    if (!claims.isEmpty())
        merged.insert(QStringLiteral("claims"), claims);
    if (!events.isEmpty())
        merged.insert(QStringLiteral("recordedEvents"), events);
    if (!pillars.isEmpty())
        merged.insert(QStringLiteral("pillars"), pillars);
    if (verdict)
        merged.insert(QStringLiteral("verdict"), *verdict);
    return merged;
}

/** The stamps an edit sets (UTC, ISO 8601): when both sides edited, the later one stands. */
bool isEditTime(const QString &key)
{
    return key == QLatin1String("modified") || key == QLatin1String("recordedAt")
        || key == QLatin1String("assessedAt") || key == QLatin1String("decidedAt");
}

/** For the stamp of who edited (`recordedBy` …), the key of its time; empty for other keys. */
QString editTimeOf(const QString &key)
{
    for (const char *who : {"recordedBy", "assessedBy", "decidedBy"}) {
        if (key == QLatin1String(who))
            return key.chopped(2) + QLatin1String("At");
    }
    return {};
}

} // namespace

std::optional<QJsonValue> mergedValue(const QJsonValue &base, const QJsonValue &ours,
                                      const QJsonValue &theirs)
{
    if (ours == theirs || theirs == base)
        return ours;
    if (ours == base)
        return theirs;
    return std::nullopt;
}

QJsonValue fieldOf(const std::optional<QJsonObject> &o, const QString &key)
{
    return o ? o->value(key) : QJsonValue(QJsonValue::Undefined);
}

QMap<QString, QJsonValue> flatten(const QJsonObject &o)
{
    QMap<QString, QJsonValue> fields;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        fields.insert(it.key(), it.value());
    const QJsonValue body = o.value(QLatin1String("body"));
    if (!body.isArray())
        return fields;
    QMap<QString, QJsonValue> bodies;
    for (const QJsonValue &element : body.toArray()) {
        const QString purpose = element.toObject().value(QLatin1String("purpose")).toString();
        const QString key = kBodyPrefix + purpose + u']';
        if (!element.isObject() || purpose.isEmpty() || bodies.contains(key))
            return fields; // not one body per purpose: the bodies stay one field
        bodies.insert(key, element);
    }
    fields.remove(QStringLiteral("body"));
    fields.insert(bodies);
    return fields;
}

QJsonObject unflatten(const QMap<QString, QJsonValue> &fields)
{
    QJsonObject o;
    QJsonArray bodies;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it.key().startsWith(kBodyPrefix))
            bodies.append(it.value());
        else
            o.insert(it.key(), it.value());
    }
    if (!bodies.isEmpty())
        o.insert(QStringLiteral("body"), bodies);
    return o;
}

QJsonObject mergeFields(const std::optional<QJsonObject> &base,
                        const std::optional<QJsonObject> &ours,
                        const std::optional<QJsonObject> &theirs, MergeConflicts *conflicts,
                        const std::function<OnConflict(const QString &field)> &policy)
{
    const QMap<QString, QJsonValue> b = flatten(base.value_or(QJsonObject()));
    const QMap<QString, QJsonValue> o = flatten(ours.value_or(QJsonObject()));
    const QMap<QString, QJsonValue> t = flatten(theirs.value_or(QJsonObject()));
    QStringList keys = o.keys() + t.keys() + b.keys();
    keys.removeDuplicates();
    const QJsonValue absent(QJsonValue::Undefined);
    QMap<QString, QJsonValue> merged;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue bv = b.value(key, absent);
        const QJsonValue ov = o.value(key, absent);
        const QJsonValue tv = t.value(key, absent);
        std::optional<QJsonValue> value = mergedValue(bv, ov, tv);
        if (!value) {
            if (isEditTime(key)) {
                // The later edit time: both sides edited, which the fields themselves show.
                value = ov.toString() >= tv.toString() ? ov : tv;
            } else if (const QString time = editTimeOf(key); !time.isEmpty()) {
                // Who edited goes with the later edit time.
                value = o.value(time).toString() >= t.value(time).toString() ? ov : tv;
            } else {
                value = ov;
                if (!policy || policy(key) == OnConflict::Record)
                    conflicts->append(MergeConflict {key, bv, ov, tv});
            }
        }
        if (!value->isUndefined())
            merged.insert(key, *value);
    }
    return unflatten(merged);
}

MergeConflicts editDeleteConflicts(const QJsonObject &base, const QJsonObject &edited,
                                   bool oursEdited, const QSet<QString> &ignored)
{
    const QMap<QString, QJsonValue> b = flatten(base);
    const QMap<QString, QJsonValue> e = flatten(edited);
    QStringList keys = e.keys() + b.keys();
    keys.removeDuplicates();
    const QJsonValue absent(QJsonValue::Undefined);
    MergeConflicts conflicts;
    for (const QString &key : std::as_const(keys)) {
        if (ignored.contains(key))
            continue;
        const QJsonValue bv = b.value(key, absent);
        const QJsonValue ev = e.value(key, absent);
        if (bv == ev)
            continue;
        conflicts.append(
            MergeConflict {key, bv, oursEdited ? ev : absent, oursEdited ? absent : ev});
    }
    return conflicts;
}

KeyedList KeyedList::from(const QJsonValue &list, const QString &key)
{
    KeyedList out;
    const QJsonArray array = list.isArray() ? list.toArray()
        : list.isUndefined()                ? QJsonArray()
                                            : QJsonArray {list};
    for (const QJsonValue &element : array) {
        const QJsonObject o = element.toObject();
        QString k = o.value(key).toString();
        if (k.isEmpty()) {
            k = QStringLiteral("json:")
                + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
        // The same key twice (an unkeyed element repeated): the second is its own element.
        const QString unique = k;
        for (int n = 2; out.byKey.contains(k); ++n)
            k = unique + u'#' + QString::number(n);
        out.order.append(k);
        out.byKey.insert(k, o);
    }
    return out;
}

QJsonArray mergeKeyedLists(const KeyedList &base, const KeyedList &ours, const KeyedList &theirs,
                           const std::function<std::optional<QJsonObject>(
                               const QString &key, const std::optional<QJsonObject> &base,
                               const std::optional<QJsonObject> &ours,
                               const std::optional<QJsonObject> &theirs)> &mergeOne)
{
    QStringList keys = ours.order;
    for (const QString &k : theirs.order) {
        if (!ours.byKey.contains(k))
            keys.append(k);
    }
    const auto find = [](const KeyedList &l, const QString &k) -> std::optional<QJsonObject> {
        const auto it = l.byKey.constFind(k);
        if (it == l.byKey.constEnd())
            return std::nullopt;
        return *it;
    };
    QJsonArray merged;
    for (const QString &k : std::as_const(keys)) {
        if (const std::optional<QJsonObject> m
            = mergeOne(k, find(base, k), find(ours, k), find(theirs, k)))
            merged.append(*m);
    }
    return merged;
}

QJsonArray mergeImageEntries(const QJsonArray &base, const QJsonArray &ours,
                             const QJsonArray &theirs, MergeLog *log)
{
    const qsizetype count = qMax(ours.size(), theirs.size());
    QJsonArray merged;
    const QStringList derived {QStringLiteral("provenance")};
    const auto plain = [&](const QJsonArray &a, qsizetype i) -> std::optional<QJsonObject> {
        if (i >= a.size())
            return std::nullopt;
        QJsonObject o = withoutKeys(a.at(i).toObject(), derived);
        // The PROV-O view is written from the record, never read: not merged.
        for (const QString &k : o.keys()) {
            if (k.startsWith(QLatin1String("prov:")))
                o.remove(k);
        }
        return o;
    };
    const auto record = [](const QJsonArray &a, qsizetype i) {
        return a.at(i).toObject().value(QLatin1String("provenance")).toObject();
    };
    for (qsizetype i = 0; i < count; ++i) {
        const std::optional<QJsonObject> b = plain(base, i);
        const std::optional<QJsonObject> o = plain(ours, i);
        const std::optional<QJsonObject> t = plain(theirs, i);
        const QString imageId = fieldOf(o ? o : t, QStringLiteral("id")).toString();
        MergeConflicts conflicts;
        std::optional<QJsonObject> entry = mergeElement(b, o, t, &conflicts);
        logAll(log, imageId, {}, conflicts);
        if (!entry)
            continue;
        const QJsonObject provenance
            = mergeProvenance(i < base.size() ? record(base, i) : QJsonObject(),
                              i < ours.size() ? record(ours, i) : QJsonObject(),
                              i < theirs.size() ? record(theirs, i) : QJsonObject(), log, imageId);
        if (!provenance.isEmpty())
            entry->insert(QStringLiteral("provenance"), provenance);
        merged.append(*entry);
    }
    return merged;
}

QJsonArray mergeLabels(const QJsonArray &base, const QJsonArray &ours, const QJsonArray &theirs,
                       const QSet<QString> &used, MergeLog *log, const QString &collectionId)
{
    const QString id = QStringLiteral("id");
    return mergeKeyedLists(
        KeyedList::from(base, id), KeyedList::from(ours, id), KeyedList::from(theirs, id),
        [&](const QString &label, const auto &b, const auto &o, const auto &t) {
            MergeConflicts conflicts;
            auto m = mergeElement(b, o, t, &conflicts);
            logAll(log, collectionId, QStringLiteral("labels[%1].").arg(label), conflicts);
            if (!m && used.contains(label))
                return o ? o : t; // dropped by the side that stopped using it
            return m;
        });
}

QJsonArray conflictsToJson(const MergeConflicts &conflicts)
{
    QJsonArray out;
    for (const MergeConflict &c : conflicts) {
        QJsonObject o;
        o.insert(QStringLiteral("field"), c.field);
        if (!c.base.isUndefined())
            o.insert(QStringLiteral("base"), c.base);
        if (!c.ours.isUndefined())
            o.insert(QStringLiteral("ours"), c.ours);
        if (!c.theirs.isUndefined())
            o.insert(QStringLiteral("theirs"), c.theirs);
        out.append(o);
    }
    return out;
}

QJsonArray conflictsToJson(const QList<SidecarMergeConflict> &conflicts)
{
    QJsonArray out;
    for (const SidecarMergeConflict &c : conflicts) {
        QJsonObject o = conflictsToJson(MergeConflicts {c.conflict}).at(0).toObject();
        o.insert(QStringLiteral("item"), c.itemId);
        out.append(o);
    }
    return out;
}

QJsonArray conflictsToJson(const CollectionMergeConflicts &conflicts)
{
    QList<SidecarMergeConflict> asMerged;
    for (const CollectionMergeConflict &c : conflicts)
        asMerged.append({c.item, c.conflict});
    return conflictsToJson(asMerged);
}

namespace {

/**
 * The `mergeConflicts` array of `holder`, one entry at a time: `each` gets the entry and its
 * path after its `field` was checked, and returns false on a problem it recorded in `c`.
 */
bool readConflictArray(
    JsonChecker &c, const QJsonObject &holder, const JsonPath &at,
    const std::function<bool(const QJsonObject &, const JsonPath &, const MergeConflict &)> &each)
{
    const QJsonValue v = holder.value(QLatin1String("mergeConflicts"));
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return c.fail(at, SidecarReaderText::tr("expected an array"));
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const JsonPath elementAt(at, i);
        const auto o = c.object(array.at(i), elementAt);
        if (!o)
            return false;
        const auto field = c.string(o->value(QLatin1String("field")), JsonPath(elementAt, "field"));
        if (!field)
            return false;
        const MergeConflict conflict {*field, o->value(QLatin1String("base")),
                                      o->value(QLatin1String("ours")),
                                      o->value(QLatin1String("theirs"))};
        if (!each(*o, elementAt, conflict))
            return false;
    }
    return true;
}

} // namespace

bool readMergeConflicts(JsonChecker &c, const QJsonObject &annotation, const JsonPath &where,
                        MergeConflicts *out)
{
    return readConflictArray(c, annotation, JsonPath(where, "mergeConflicts"),
                             [out](const QJsonObject &, const JsonPath &, const MergeConflict &m) {
                                 out->append(m);
                                 return true;
                             });
}

bool readCollectionConflicts(JsonChecker &c, const QJsonObject &root, CollectionMergeConflicts *out)
{
    return readConflictArray(c, root, JsonPath(QStringLiteral("mergeConflicts")),
                             [&](const QJsonObject &o, const JsonPath &at, const MergeConflict &m) {
                                 const auto item = c.string(o.value(QLatin1String("item")),
                                                            JsonPath(at, "item"));
                                 if (!item)
                                     return false;
                                 out->append({*item, m});
                                 return true;
                             });
}

} // namespace provena::detail
