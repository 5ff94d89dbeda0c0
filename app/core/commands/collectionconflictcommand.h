// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/imagerecord.h"
#include "core/model/labeltaxonomy.h"
#include "core/model/mergeconflict.h"
#include "core/model/provenance.h"

#include <QJsonObject>
#include <QList>
#include <QUndoCommand>

#include <optional>

namespace provena {

class ArticleDocument;

/**
 * What resolving a merge conflict marked on the collection may change: everything of the sidecar
 * that is not a region or a text anchor. Parts left unset stay as the document has them.
 */
struct CollectionChanges
{
    std::optional<LabelTaxonomy> labels;
    std::optional<QList<ImageProvenance>> provenance;
    /** Image records by image index (an image entry's fields). */
    QList<std::pair<int, ImageRecord>> imageRecords;
    std::optional<QJsonObject> sidecarExtra;
};

/**
 * Resolves one CollectionMergeConflict (ArticleDocument::collectionConflicts): the document
 * takes `changes` (nothing for "Keep mine", the other side's value worked out from the sidecar
 * for "Take theirs", SidecarPull::resolveCollection) and the conflict goes; the document no
 * longer needs review when it was the last. Undo brings both back. GUI and CLI push this same
 * command.
 */
class ResolveCollectionConflictCommand : public QUndoCommand
{
public:
    ResolveCollectionConflictCommand(ArticleDocument *document,
                                     const CollectionMergeConflict &conflict,
                                     const CollectionChanges &changes = {},
                                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    struct State
    {
        LabelTaxonomy labels;
        QList<ImageProvenance> provenance;
        QList<std::pair<int, ImageRecord>> imageRecords;
        QJsonObject sidecarExtra;
        CollectionMergeConflicts conflicts;
    };
    void apply(const State &state);

    ArticleDocument *mDocument;
    State mBefore;
    State mAfter;
};

} // namespace provena
