// SPDX-License-Identifier: MIT
#include "core/commands/markregionsreviewedcommand.h"

#include "core/document/articledocument.h"

#include <QCoreApplication>

namespace provena {

MarkRegionsReviewedCommand::MarkRegionsReviewedCommand(ArticleDocument *document,
                                                       const QList<QUuid> &ids,
                                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , mDocument(document)
{
    const QDateTime now = document->now();
    for (const QUuid &id : ids) {
        const Region *current = document->region(id);
        if (!current || !current->needsReview)
            continue;
        Region after = *current;
        after.needsReview = false;
        after.modified = now;
        mBefore.append(*current);
        mAfter.append(after);
    }
    setText(QCoreApplication::translate("UndoCommands", "Mark %n Region(s) Reviewed", nullptr,
                                        int(mAfter.size())));
    if (mAfter.isEmpty())
        setObsolete(true);
}

void MarkRegionsReviewedCommand::redo()
{
    for (const Region &region : std::as_const(mAfter))
        mDocument->replaceRegion(region);
}

void MarkRegionsReviewedCommand::undo()
{
    for (const Region &region : std::as_const(mBefore))
        mDocument->replaceRegion(region);
}

} // namespace provena
