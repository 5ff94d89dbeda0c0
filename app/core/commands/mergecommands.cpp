// SPDX-License-Identifier: MIT
#include "core/commands/mergecommands.h"

#include "core/document/articledocument.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace provena {

namespace {

QSet<QUuid> idsOf(const auto &items)
{
    QSet<QUuid> ids;
    for (const auto &item : items)
        ids.insert(item.id);
    return ids;
}

/**
 * Turns the document's annotations into `target` with the mutators commands use, so views see
 * additions, removals and changes of single items rather than a reset (which would clear the
 * undo stack). Regions go before the anchors they link to, anchors come before their regions.
 */
void applyAnnotations(ArticleDocument &document, const MergedAnnotations &target)
{
    const QSet<QUuid> targetRegions = idsOf(target.regions);
    const QSet<QUuid> targetAnchors = idsOf(target.anchors);
    for (const QUuid &id : idsOf(document.regions())) {
        if (!targetRegions.contains(id))
            document.takeRegion(id);
    }
    for (const QUuid &id : idsOf(document.anchors())) {
        if (!targetAnchors.contains(id))
            document.takeAnchor(id);
    }
    if (!(document.labels().labels() == target.labels.labels()))
        document.setLabels(target.labels);
    for (int i = 0; i < target.anchors.size(); ++i) {
        const TextAnchor &anchor = target.anchors.at(i);
        const int at = document.anchorIndex(anchor.id);
        if (at < 0) {
            document.insertAnchor(i, anchor);
        } else if (at != i) {
            document.takeAnchor(anchor.id);
            document.insertAnchor(i, anchor);
        } else if (!(document.anchors().at(at) == anchor)) {
            document.replaceAnchor(anchor);
        }
    }
    for (int i = 0; i < target.regions.size(); ++i) {
        const Region &region = target.regions.at(i);
        const int at = document.regionIndex(region.id);
        if (at < 0) {
            document.insertRegion(i, region);
        } else if (at != i) {
            document.takeRegion(region.id);
            document.insertRegion(i, region);
        } else if (!(document.regions().at(at) == region)) {
            document.replaceRegion(region);
        }
    }
    if (document.provenance() != target.provenance)
        document.setProvenance(target.provenance);
    document.setSidecarExtra(target.sidecarExtra);
    document.setCollectionConflicts(target.collectionConflicts);
}

/** Drops the conflict on `field`; needsReview goes with the last one. */
template<typename Item> void dropConflict(Item &item, const QString &field)
{
    item.mergeConflicts.removeIf([&](const MergeConflict &c) { return c.field == field; });
    if constexpr (requires { item.needsReview; }) {
        if (item.mergeConflicts.isEmpty())
            item.needsReview = false;
    }
}

QString resolveText()
{
    return QCoreApplication::translate("UndoCommands", "Resolve Merge Conflict");
}

} // namespace

MergedAnnotations MergedAnnotations::of(const ArticleDocument &document)
{
    return {document.regions(),
            document.anchors(),
            document.labels(),
            document.provenance(),
            document.collectionConflicts(),
            document.sidecarExtra()};
}

ApplySidecarMergeCommand::ApplySidecarMergeCommand(ArticleDocument *document,
                                                   MergedAnnotations merged, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Merge Changes from Disk"), parent)
    , mDocument(document)
    , mBefore(MergedAnnotations::of(*document))
    , mAfter(std::move(merged))
{
    // Nothing to apply (their change was already here): the undo stack drops the command.
    setObsolete(mBefore.regions == mAfter.regions && mBefore.anchors == mAfter.anchors
                && mBefore.labels.labels() == mAfter.labels.labels()
                && mBefore.provenance == mAfter.provenance
                && mBefore.collectionConflicts == mAfter.collectionConflicts
                && mBefore.sidecarExtra == mAfter.sidecarExtra);
}

void ApplySidecarMergeCommand::redo()
{
    applyAnnotations(*mDocument, mAfter);
}

void ApplySidecarMergeCommand::undo()
{
    applyAnnotations(*mDocument, mBefore);
}

int ApplySidecarMergeCommand::regionsAdded() const
{
    const QSet<QUuid> before = idsOf(mBefore.regions);
    return int(std::count_if(mAfter.regions.cbegin(), mAfter.regions.cend(),
                             [&](const Region &r) { return !before.contains(r.id); }));
}

int ApplySidecarMergeCommand::regionsRemoved() const
{
    const QSet<QUuid> after = idsOf(mAfter.regions);
    return int(std::count_if(mBefore.regions.cbegin(), mBefore.regions.cend(),
                             [&](const Region &r) { return !after.contains(r.id); }));
}

ResolveMergeConflictCommand *ResolveMergeConflictCommand::keepMine(ArticleDocument *document,
                                                                   const QUuid &id,
                                                                   const QString &field)
{
    if (const Region *region = document->region(id))
        return new ResolveMergeConflictCommand(document, *region, field);
    if (const TextAnchor *anchor = document->anchor(id))
        return new ResolveMergeConflictCommand(document, *anchor, field);
    return nullptr;
}

ResolveMergeConflictCommand::ResolveMergeConflictCommand(ArticleDocument *document,
                                                         const Region &resolved,
                                                         const QString &field, QUndoCommand *parent)
    : QUndoCommand(resolveText(), parent)
    , mDocument(document)
{
    const Region *current = document->region(resolved.id);
    if (!current) {
        setObsolete(true);
        return;
    }
    Region after = resolved;
    after.mergeConflicts = current->mergeConflicts;
    after.needsReview = current->needsReview;
    dropConflict(after, field);
    mRegion = {*current, after};
}

ResolveMergeConflictCommand::ResolveMergeConflictCommand(ArticleDocument *document,
                                                         const TextAnchor &resolved,
                                                         const QString &field, QUndoCommand *parent)
    : QUndoCommand(resolveText(), parent)
    , mDocument(document)
{
    const TextAnchor *current = document->anchor(resolved.id);
    if (!current) {
        setObsolete(true);
        return;
    }
    TextAnchor after = resolved;
    // Where the anchor sits now is this session's finding, not a field of either side.
    after.range = current->range;
    after.status = current->status;
    after.similarity = current->similarity;
    after.mergeConflicts = current->mergeConflicts;
    dropConflict(after, field);
    mAnchor = {*current, after};
}

void ResolveMergeConflictCommand::redo()
{
    if (!mRegion.isEmpty())
        mDocument->replaceRegion(mRegion.at(1));
    if (!mAnchor.isEmpty())
        mDocument->replaceAnchor(mAnchor.at(1));
}

void ResolveMergeConflictCommand::undo()
{
    if (!mRegion.isEmpty())
        mDocument->replaceRegion(mRegion.at(0));
    if (!mAnchor.isEmpty())
        mDocument->replaceAnchor(mAnchor.at(0));
}

} // namespace provena
