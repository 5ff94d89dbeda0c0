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

} // namespace provena
