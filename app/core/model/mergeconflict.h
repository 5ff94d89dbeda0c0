// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace provena {

/**
 * One field of an annotation that both sides of a three-way merge changed differently
 * (SidecarMerger, docs/collaboration.md). The item keeps `ours` until the analyst resolves the
 * conflict; all three values stay available, as JSON, so nothing either side wrote is lost.
 */
struct MergeConflict
{
    QString field; ///< the annotation's JSON property, e.g. "body" or "target"
    QJsonValue base; ///< undefined when the common ancestor had no such field (or no such item)
    QJsonValue ours;
    QJsonValue theirs; ///< undefined when their side deleted the item (ours edited it)

    friend bool operator==(const MergeConflict &, const MergeConflict &) = default;
};

using MergeConflicts = QList<MergeConflict>;

/**
 * A merge conflict outside the annotations: in an image entry, a provenance claim, a pillar or
 * the verdict, a label definition, or a field of the collection itself. SidecarMerger marks these
 * on the collection (`mergeConflicts` with `item`, docs/sidecar-format.md); the document keeps
 * `ours` until the analyst resolves them, and needs review while any remain.
 */
struct CollectionMergeConflict
{
    QString item; ///< the image's IRI, the claim's `urn:uuid:` id, or the collection's id
    /**
     * `field` as SidecarMerger names it inside `item`: "status" (a claim), "sha256" or
     * "provenance.verdict.value" (an image), "labels[protester].colour" or "label" (the
     * collection).
     */
    MergeConflict conflict;

    friend bool operator==(const CollectionMergeConflict &, const CollectionMergeConflict &)
        = default;
};

using CollectionMergeConflicts = QList<CollectionMergeConflict>;

} // namespace provena
