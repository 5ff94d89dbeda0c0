// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/region.h"
#include "core/model/textanchor.h"

#include <QList>
#include <QUndoCommand>

namespace provena {

class ArticleDocument;

/** Shared base: adding and removing are each other's undo. */
class AddRemoveRegions : public QUndoCommand
{
protected:
    AddRemoveRegions(ArticleDocument *document, const QString &text, QUndoCommand *parent);
    void addRegions();
    void removeRegions();

    ArticleDocument *mDocument;
    /** The regions with the list position each had (for removal) or gets (for adding). */
    QList<QPair<int, Region>> mEntries;
};

/** Adds new regions (ids must be fresh). Stamps author/created/modified if missing. */
class AddRegionsCommand : public AddRemoveRegions
{
public:
    AddRegionsCommand(ArticleDocument *document, QList<Region> regions,
                      QUndoCommand *parent = nullptr);
    void redo() override { addRegions(); }
    void undo() override { removeRegions(); }
};

/**
 * Removes regions; their links go with them and come back on undo. A text anchor that only the
 * removed regions link to and that has no note of its own is removed too, as unlinking does
 * (UnlinkRegionFromTextCommand); undo puts it back where it was.
 */
class RemoveRegionsCommand : public AddRemoveRegions
{
public:
    RemoveRegionsCommand(ArticleDocument *document, const QList<QUuid> &ids,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    /** The anchors this removal takes with it, by id. */
    QList<QUuid> removedAnchorIds() const;

private:
    /** The anchors with the list position each had, ascending. */
    QList<QPair<int, TextAnchor>> mAnchors;
};

} // namespace provena
