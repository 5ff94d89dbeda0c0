// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "core/model/mergeconflict.h"
#include "session/sidecarpull.h"

#include <QString>
#include <QUndoCommand>
#include <QUuid>

#include <memory>

namespace provena {

class ArticleDocument;
struct SidecarContent;

/**
 * Merge conflicts marked on the collection (ArticleDocument::collectionConflicts): what each one
 * concerns, in words, and the command that resolves it. Shared by the GUI's Merge Conflicts dock,
 * `provena-cli inspect` and `provena-cli conflicts resolve`.
 */
namespace CollectionConflicts {

/** What a collection-level conflict concerns. */
struct Subject
{
    enum class Kind {
        Collection, ///< a field of the collection itself (its unknown fields, `label`)
        Label, ///< a label definition (`labels[ID].…`)
        Image, ///< an image entry, its provenance record's own fields, pillars or verdict
        Claim ///< a provenance claim
    };
    Kind kind = Kind::Collection;
    int imageIndex = -1; ///< Image and Claim: the image (0-based); -1 when it is not there
    QUuid claimId; ///< Claim
    QString labelId; ///< Label
    /** The field inside the subject: "colour" of a label, "status" of a claim. */
    QString field;
};

/** The subject of `conflict` in the sidecar `content` (SidecarContent::fromDocument). */
Subject subjectOf(const SidecarContent &content, const CollectionMergeConflict &conflict);
/** "collection", "label", "image", "claim": as `inspect --json` writes them. */
QString kindName(Subject::Kind kind);
/** The subject in words, translated: "Claim “KCNA” (Creator) of image 2", "Label “Protester”". */
QString describe(const SidecarContent &content, const CollectionMergeConflict &conflict);
/** describe() for the sidecar `document` would write. */
QString describe(const ArticleDocument &document, const CollectionMergeConflict &conflict);

/**
 * The ResolveCollectionConflictCommand (not pushed yet) that settles the conflict on `field` of
 * `item` (as the sidecar names it; a claim also by its bare uuid): Ours keeps what the document
 * shows, Theirs sets the field to the other side's value, read back through the sidecar format
 * (a value their side removed is removed). Fails, changing nothing, when there is no such
 * conflict or the result would not be a valid sidecar.
 */
Result<std::unique_ptr<QUndoCommand>> resolve(ArticleDocument &document, const QString &item,
                                              const QString &field, SidecarPull::Take take);

} // namespace CollectionConflicts

} // namespace provena
