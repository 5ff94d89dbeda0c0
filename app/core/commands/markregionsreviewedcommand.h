// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/region.h"

#include <QList>
#include <QUndoCommand>

namespace provena {

class ArticleDocument;

/**
 * Clears Region::needsReview on regions the analyst has checked against their changed image.
 * Regions that are not flagged are left alone; with none flagged the command is obsolete (the
 * undo stack drops it). Undo flags them again.
 */
class MarkRegionsReviewedCommand : public QUndoCommand
{
public:
    MarkRegionsReviewedCommand(ArticleDocument *document, const QList<QUuid> &ids,
                               QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /** How many regions this clears. */
    int count() const { return int(mAfter.size()); }

private:
    ArticleDocument *mDocument;
    QList<Region> mBefore;
    QList<Region> mAfter;
};

} // namespace provena
