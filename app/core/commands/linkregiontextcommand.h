// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/region.h"
#include "core/model/textanchor.h"

#include <QUndoCommand>

namespace provena {

class ArticleDocument;

/**
 * Links a region to a span of the article text. When `anchor` is not yet in the document it is
 * added too (one undo step); when an anchor over the same range already exists it is reused.
 */
class LinkRegionToTextCommand : public QUndoCommand
{
public:
    LinkRegionToTextCommand(ArticleDocument *document, const QUuid &regionId, TextAnchor anchor,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    /** The id of the anchor the region ends up linked to. */
    QUuid anchorId() const { return mAnchor.id; }

private:
    ArticleDocument *mDocument;
    QUuid mRegionId;
    TextAnchor mAnchor;
    bool mAddsAnchor = false;
    Region mRegionBefore;
};

/**
 * Removes a region's link to an anchor. The anchor itself is removed too when no other region
 * links to it and it has no note of its own (it then has no reason to exist).
 */
class UnlinkRegionFromTextCommand : public QUndoCommand
{
public:
    UnlinkRegionFromTextCommand(ArticleDocument *document, const QUuid &regionId,
                                const QUuid &anchorId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ArticleDocument *mDocument;
    Region mRegionBefore;
    QUuid mAnchorId;
    int mAnchorIndex = -1;
    TextAnchor mRemovedAnchor;
    bool mRemovesAnchor = false;
};

} // namespace provena
