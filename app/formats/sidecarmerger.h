// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "core/model/mergeconflict.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace provena {

/** A conflict as the merge reports it: which item, which field, the three values. */
struct SidecarMergeConflict
{
    QString itemId; ///< the annotation's `urn:uuid:` id, or the image's IRI, or the collection id
    MergeConflict conflict;
};

/** What SidecarMerger::merge produced. */
struct SidecarMergeResult
{
    /**
     * A sidecar SidecarReader reads: additions from both sides, deletions honoured, each field
     * changed on one side taken from that side; a field both sides changed differently holds
     * `ours`, and its item carries the conflict (`mergeConflicts`, with both values) and
     * `needsReview`, so Provena opens it and shows it (docs/sidecar-format.md).
     */
    QByteArray merged;
    QList<SidecarMergeConflict> conflicts;

    bool hasConflicts() const { return !conflicts.isEmpty(); }
};

/**
 * Three-way merge of two sidecars of the same article by annotation id, and inside an
 * annotation by field (docs/collaboration.md): the git merge driver (`provena-cli merge`) and
 * the GUI's merge of a sidecar changed on disk use this one function.
 */
class SidecarMerger
{
public:
    /**
     * `base` is the common ancestor (empty when there is none: both sides created the file).
     * Fails, naming the side (`base`, `ours`, `theirs`), when one cannot be read as a sidecar;
     * never returns a file SidecarReader would refuse.
     */
    static Result<SidecarMergeResult> merge(const QByteArray &base, const QByteArray &ours,
                                            const QByteArray &theirs);
};

} // namespace provena
