// SPDX-License-Identifier: MIT
#include "core/commands/attachimagefilecommand.h"

#include "core/document/articledocument.h"

#include <QCoreApplication>

namespace provena {

AttachImageFileCommand::AttachImageFileCommand(ArticleDocument *document, int imageIndex,
                                               const QString &localPath, const QString &sha256,
                                               const QSize &pixelSize, QUndoCommand *parent)
    : QUndoCommand(
        QCoreApplication::translate("UndoCommands", "Attach File to Image %1").arg(imageIndex + 1),
        parent)
    , mDocument(document)
    , mImageIndex(imageIndex)
    , mPathAfter(localPath)
{
    if (imageIndex < 0 || imageIndex >= document->article().images.size()) {
        setObsolete(true);
        return;
    }
    mPathBefore = document->article().images.at(imageIndex).localPath;
    mBefore = document->imageRecord(imageIndex);
    mAfter = mBefore;
    mAfter.sha256 = sha256;
    mAfter.pixelSize = pixelSize;
    // The attached file was measured: what was wrong with the previous one no longer holds.
    mAfter.problem = ImageRecord::Problem::None;
    mAfter.problemPath.clear();
    mAfter.problemDetail.clear();
    mAfter.keptLocalPath.clear();
    // The hash the regions were drawn against: the recorded one when the file had already
    // changed, else the one the document knew.
    const QString drawnOn = mBefore.contentChanged ? mBefore.recordedSha256 : mBefore.sha256;
    const bool hasRegions = !document->regionsOnImage(imageIndex).isEmpty();
    mAfter.contentChanged = hasRegions && !drawnOn.isEmpty() && drawnOn != sha256;
    mAfter.recordedSha256 = mAfter.contentChanged ? drawnOn : QString();
    if (mPathBefore == mPathAfter && mBefore == mAfter)
        setObsolete(true);
}

void AttachImageFileCommand::redo()
{
    mDocument->setImageFile(mImageIndex, mPathAfter, mAfter);
}

void AttachImageFileCommand::undo()
{
    mDocument->setImageFile(mImageIndex, mPathBefore, mBefore);
}

} // namespace provena
