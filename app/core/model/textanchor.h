// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/mergeconflict.h"
#include "core/model/textrange.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace provena {

/**
 * A span of the article text, kept both by position (code points) and by quote, so it can be
 * found again when the article text changes. Regions link to anchors; an anchor may also carry
 * a note of its own without any region.
 */
struct TextAnchor
{
    enum class Status {
        Resolved, ///< found at its recorded position
        Moved, ///< the quote (with prefix/suffix) was found elsewhere
        Fuzzy, ///< found by approximate match above the threshold
        Orphaned ///< not found; kept with its last known quote, never dropped
    };

    QUuid id;
    TextRange range;
    QString exact;
    QString prefix;
    QString suffix;
    QString note;
    QString author;
    QDateTime created; ///< UTC
    Status status = Status::Resolved;
    double similarity = 1.0; ///< for Fuzzy: how close the match was (0..1)
    /** Fields a three-way merge found changed differently on both sides (see Region). */
    MergeConflicts mergeConflicts;
    /** Fields of this anchor's annotation (and its nested objects) Provena does not know. */
    QJsonObject extra;

    friend bool operator==(const TextAnchor &, const TextAnchor &) = default;
};

} // namespace provena
