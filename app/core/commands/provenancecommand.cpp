// SPDX-License-Identifier: MIT
#include "core/commands/provenancecommand.h"

#include "core/document/articledocument.h"

namespace provena {

ProvenanceCommand::ProvenanceCommand(ArticleDocument *document, int imageIndex,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , mDocument(document)
    , mImageIndex(imageIndex)
    , mBefore(document->imageProvenance(imageIndex))
    , mAfter(mBefore)
{
}

void ProvenanceCommand::setAfter(const ImageProvenance &after)
{
    mAfter = after;
    if (mAfter == mBefore || mImageIndex < 0)
        setObsolete(true);
}

void ProvenanceCommand::redo()
{
    mDocument->replaceImageProvenance(mImageIndex, mAfter);
}

void ProvenanceCommand::undo()
{
    mDocument->replaceImageProvenance(mImageIndex, mBefore);
}

} // namespace provena
