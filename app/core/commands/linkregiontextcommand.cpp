// SPDX-License-Identifier: MIT
#include "core/commands/linkregiontextcommand.h"

#include "core/document/articledocument.h"

#include <QCoreApplication>

namespace provena {

LinkRegionToTextCommand::LinkRegionToTextCommand(ArticleDocument *document, const QUuid &regionId,
                                                 TextAnchor anchor, QUndoCommand *parent)
    : QUndoCommand(
        QCoreApplication::translate("UndoCommands", "Link Text “%1”").arg(anchor.exact.left(40)),
        parent)
    , mDocument(document)
    , mRegionId(regionId)
    , mAnchor(std::move(anchor))
{
    const Region *region = document->region(regionId);
    if (!region) {
        setObsolete(true);
        return;
    }
    mRegionBefore = *region;
    if (!document->anchor(mAnchor.id)) {
        // Reuse an existing anchor over exactly the same span rather than stacking duplicates.
        for (const TextAnchor &existing : document->anchors()) {
            if (existing.range == mAnchor.range && existing.exact == mAnchor.exact) {
                mAnchor = existing;
                break;
            }
        }
    }
    if (!document->anchor(mAnchor.id)) {
        mAddsAnchor = true;
        if (mAnchor.id.isNull())
            mAnchor.id = QUuid::createUuid();
        if (!mAnchor.created.isValid())
            mAnchor.created = document->creationTime();
        if (mAnchor.author.isEmpty())
            mAnchor.author = document->author();
    }
    if (region->links.contains(mAnchor.id))
        setObsolete(true);
}

void LinkRegionToTextCommand::redo()
{
    if (mAddsAnchor)
        mDocument->insertAnchor(int(mDocument->anchors().size()), mAnchor);
    Region region = mRegionBefore;
    region.links.append(mAnchor.id);
    region.modified = mDocument->now();
    mDocument->replaceRegion(region);
}

void LinkRegionToTextCommand::undo()
{
    mDocument->replaceRegion(mRegionBefore);
    if (mAddsAnchor)
        mDocument->takeAnchor(mAnchor.id);
}

UnlinkRegionFromTextCommand::UnlinkRegionFromTextCommand(ArticleDocument *document,
                                                         const QUuid &regionId,
                                                         const QUuid &anchorId,
                                                         QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Unlink Text"), parent)
    , mDocument(document)
    , mAnchorId(anchorId)
{
    const Region *region = document->region(regionId);
    if (!region || !region->links.contains(anchorId)) {
        setObsolete(true);
        return;
    }
    mRegionBefore = *region;
    const TextAnchor *anchor = document->anchor(anchorId);
    if (anchor && anchor->note.isEmpty() && document->regionsLinkedTo(anchorId).size() == 1) {
        mRemovesAnchor = true;
        mRemovedAnchor = *anchor;
        mAnchorIndex = document->anchorIndex(anchorId);
    }
}

void UnlinkRegionFromTextCommand::redo()
{
    Region region = mRegionBefore;
    region.links.removeAll(mAnchorId);
    region.modified = mDocument->now();
    mDocument->replaceRegion(region);
    if (mRemovesAnchor)
        mDocument->takeAnchor(mAnchorId);
}

void UnlinkRegionFromTextCommand::undo()
{
    if (mRemovesAnchor)
        mDocument->insertAnchor(mAnchorIndex, mRemovedAnchor);
    mDocument->replaceRegion(mRegionBefore);
}

} // namespace provena
