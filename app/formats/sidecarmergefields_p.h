// SPDX-License-Identifier: MIT
#pragma once

// The three-way merge of JSON values that SidecarMerger applies at every level of a sidecar:
// one value, the fields of one object, lists of objects keyed by id. Private to app/formats.

#include "formats/sidecarchecker_p.h"
#include "formats/sidecarmerger.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace provena::detail {

/** The conflicts a merge found so far, and where they go. */
struct MergeLog
{
    QList<SidecarMergeConflict> conflicts;

    void add(const QString &itemId, const QString &field, const QJsonValue &base,
             const QJsonValue &ours, const QJsonValue &theirs)
    {
        conflicts.append({itemId, MergeConflict {field, base, ours, theirs}});
    }
};

/**
 * The merged value when at most one side changed it (or both the same way); nullopt when both
 * changed it differently. Undefined stands for "absent".
 */
std::optional<QJsonValue> mergedValue(const QJsonValue &base, const QJsonValue &ours,
                                      const QJsonValue &theirs);

/** `o[key]`, or undefined when `o` is null (the item is missing on that side). */
QJsonValue fieldOf(const std::optional<QJsonObject> &o, const QString &key);

/**
 * An annotation (or claim, label, image entry) as fields: its keys, with a `body` array split
 * into one field per body purpose (`body[purpose=describing]`), so a note edited on one side and
 * a label on the other are different fields. unflatten() reverses it.
 */
QMap<QString, QJsonValue> flatten(const QJsonObject &o);
QJsonObject unflatten(const QMap<QString, QJsonValue> &fields);

/** How mergeFields treats a field both sides changed differently. */
enum class OnConflict {
    Record, ///< keep ours, report the conflict
    TakeOurs ///< keep ours silently (values the writer recomputes)
};

/**
 * Field-wise merge of one object present on at least one side (null = absent on that side).
 * Conflicts are appended to `conflicts` (field, base, ours, theirs). `policy` may name fields that
 * are not recorded as conflicts (`modified` takes the later time).
 */
QJsonObject mergeFields(const std::optional<QJsonObject> &base,
                        const std::optional<QJsonObject> &ours,
                        const std::optional<QJsonObject> &theirs, MergeConflicts *conflicts,
                        const std::function<OnConflict(const QString &field)> &policy = {});

/**
 * The fields one side changed against the base, as conflicts where the other side deleted the
 * item: `edited` is ours (`oursEdited`) or theirs. Empty when it changed nothing that matters.
 */
MergeConflicts editDeleteConflicts(const QJsonObject &base, const QJsonObject &edited,
                                   bool oursEdited, const QSet<QString> &ignored);

/** A list of objects identified by `key` ("id", "pillar"), or by their JSON text without one. */
struct KeyedList
{
    QStringList order;
    QMap<QString, QJsonObject> byKey;

    static KeyedList from(const QJsonValue &list, const QString &key);
};

/**
 * Three-way merge of keyed lists: additions from both sides kept (ours' order, then theirs'
 * additions); `mergeOne` decides each element (base, ours, theirs; absent where the side has
 * none), and drops it by returning nullopt. Elements deleted on both sides are not offered.
 */
QJsonArray mergeKeyedLists(const KeyedList &base, const KeyedList &ours, const KeyedList &theirs,
                           const std::function<std::optional<QJsonObject>(
                               const QString &key, const std::optional<QJsonObject> &base,
                               const std::optional<QJsonObject> &ours,
                               const std::optional<QJsonObject> &theirs)> &mergeOne);

/** The `annotatedImages` entries merged by position, provenance records by claim id. */
QJsonArray mergeImageEntries(const QJsonArray &base, const QJsonArray &ours,
                             const QJsonArray &theirs, MergeLog *log);

/**
 * Label definitions merged by id, field-wise. A definition one side dropped stays while a merged
 * region still uses it (`used`): the sidecar carries the labels its regions use.
 */
QJsonArray mergeLabels(const QJsonArray &base, const QJsonArray &ours, const QJsonArray &theirs,
                       const QSet<QString> &used, MergeLog *log, const QString &collectionId);

/** `conflicts` as written in the sidecar (`mergeConflicts`, docs/sidecar-format.md). */
QJsonArray conflictsToJson(const MergeConflicts &conflicts);
/** Collection-level conflicts, each with the `item` it concerns. */
QJsonArray conflictsToJson(const QList<SidecarMergeConflict> &conflicts);
/** The collection's conflicts as written in the sidecar, each with its `item`. */
QJsonArray conflictsToJson(const CollectionMergeConflicts &conflicts);
/** An annotation's `mergeConflicts` (absent: none); false after recording the problem in `c`. */
bool readMergeConflicts(JsonChecker &c, const QJsonObject &annotation, const JsonPath &where,
                        MergeConflicts *out);
/** The collection's `mergeConflicts` (`root`'s), each naming its `item`; as readMergeConflicts. */
bool readCollectionConflicts(JsonChecker &c, const QJsonObject &root,
                             CollectionMergeConflicts *out);

} // namespace provena::detail
