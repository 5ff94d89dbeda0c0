// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/labeltaxonomy.h"
#include "core/model/provenance.h"
#include "core/model/region.h"
#include "core/model/textanchor.h"

#include <QJsonObject>
#include <QList>
#include <QUndoCommand>

namespace provena {

class ArticleDocument;

/** What a sidecar merge replaces in an open document: everything the sidecar holds. */
struct MergedAnnotations
{
    QList<Region> regions;
    QList<TextAnchor> anchors;
    LabelTaxonomy labels;
    QList<ImageProvenance> provenance;
    CollectionMergeConflicts collectionConflicts;
    QJsonObject sidecarExtra;

    /** The document's current annotations. */
    static MergedAnnotations of(const ArticleDocument &document);
};

/**
 * Puts the result of merging the sidecar changed on disk into the open document
 * (DocumentSession, docs/gui.md "Changes from disk"): regions, anchors, labels and provenance
 * become the merged ones, item by item, so views update in place and the undo history before
 * it stays usable. Undo brings back the state before the merge.
 */
class ApplySidecarMergeCommand : public QUndoCommand
{
public:
    ApplySidecarMergeCommand(ArticleDocument *document, MergedAnnotations merged,
                             QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /** Regions in the merge that the document did not have before it. */
    int regionsAdded() const;
    /** Regions the document had that the merge dropped (deleted on disk). */
    int regionsRemoved() const;

private:
    ArticleDocument *mDocument;
    MergedAnnotations mBefore;
    MergedAnnotations mAfter;
};

/**
 * Resolves one MergeConflict of a region or a text anchor: the item takes `resolved` (the
 * analyst's choice, "Keep mine" or "Take theirs"), the conflict on `field` goes, and
 * needsReview is cleared when no conflict remains. Undo brings the conflict back.
 */
class ResolveMergeConflictCommand : public QUndoCommand
{
public:
    /** "Keep mine": the region or anchor `id` keeps what it shows; the conflict goes. */
    static ResolveMergeConflictCommand *keepMine(ArticleDocument *document, const QUuid &id,
                                                 const QString &field);
    /** The region takes `resolved`'s fields (e.g. theirs, worked out from the sidecar). */
    ResolveMergeConflictCommand(ArticleDocument *document, const Region &resolved,
                                const QString &field, QUndoCommand *parent = nullptr);
    /** The anchor takes `resolved`'s fields. */
    ResolveMergeConflictCommand(ArticleDocument *document, const TextAnchor &resolved,
                                const QString &field, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ArticleDocument *mDocument;
    QList<Region> mRegion; ///< before, after; empty for an anchor
    QList<TextAnchor> mAnchor; ///< before, after; empty for a region
};

} // namespace provena
