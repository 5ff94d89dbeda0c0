// SPDX-License-Identifier: MIT
#include "core/commands/collectionconflictcommand.h"

#include "core/document/articledocument.h"

#include <QCoreApplication>

namespace provena {

ResolveCollectionConflictCommand::ResolveCollectionConflictCommand(
    ArticleDocument *document, const CollectionMergeConflict &conflict,
    const CollectionChanges &changes, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Resolve Merge Conflict"), parent)
    , mDocument(document)
{
    mBefore = {document->labels(),
               document->provenance(),
               {},
               document->sidecarExtra(),
               document->collectionConflicts()};
    mAfter = mBefore;
    if (!mBefore.conflicts.contains(conflict)) {
        setObsolete(true); // resolved meanwhile: nothing to do
        return;
    }
    mAfter.conflicts.removeOne(conflict);
    if (changes.labels)
        mAfter.labels = *changes.labels;
    if (changes.provenance)
        mAfter.provenance = *changes.provenance;
    if (changes.sidecarExtra)
        mAfter.sidecarExtra = *changes.sidecarExtra;
    // Only the records that change are kept: a hash measured later must not be undone.
    for (const auto &[index, record] : changes.imageRecords) {
        if (document->imageRecord(index) == record)
            continue;
        mBefore.imageRecords.append({index, document->imageRecord(index)});
        mAfter.imageRecords.append({index, record});
    }
}

void ResolveCollectionConflictCommand::apply(const State &state)
{
    if (!(mDocument->labels().labels() == state.labels.labels()))
        mDocument->setLabels(state.labels);
    const QList<ImageProvenance> &now = mDocument->provenance();
    if (now.size() == state.provenance.size()) {
        // Image by image, so views of other images keep their state.
        for (int i = 0; i < int(now.size()); ++i) {
            if (now.at(i) != state.provenance.at(i))
                mDocument->replaceImageProvenance(i, state.provenance.at(i));
        }
    } else {
        mDocument->setProvenance(state.provenance);
    }
    for (const auto &[index, record] : state.imageRecords)
        mDocument->setImageRecord(index, record);
    mDocument->setSidecarExtra(state.sidecarExtra);
    mDocument->setCollectionConflicts(state.conflicts);
}

void ResolveCollectionConflictCommand::redo()
{
    apply(mAfter);
}

void ResolveCollectionConflictCommand::undo()
{
    apply(mBefore);
}

} // namespace provena
