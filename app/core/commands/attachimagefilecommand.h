// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/imagerecord.h"

#include <QSize>
#include <QString>
#include <QUndoCommand>

namespace provena {

class ArticleDocument;

/**
 * Attaches a local file to one image of the article: the image's local path, and its record's
 * SHA-256 and pixel size (measured by the caller, after EXIF orientation). Undo restores the
 * previous path and record exactly.
 *
 * When the image's regions were drawn against a different file (the hash the document knew
 * differs from the new one), the record keeps that hash as `recordedSha256` and sets
 * `contentChanged`, as DocumentIO::open does for a changed file; otherwise both are cleared.
 */
class AttachImageFileCommand : public QUndoCommand
{
public:
    AttachImageFileCommand(ArticleDocument *document, int imageIndex, const QString &localPath,
                           const QString &sha256, const QSize &pixelSize,
                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const ImageRecord &recordAfter() const { return mAfter; }

private:
    ArticleDocument *mDocument;
    int mImageIndex;
    QString mPathBefore;
    QString mPathAfter;
    ImageRecord mBefore;
    ImageRecord mAfter;
};

} // namespace provena
