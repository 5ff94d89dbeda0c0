// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/provenance.h"

#include <QUndoCommand>

namespace provena {

class ArticleDocument;

/**
 * Base of the commands that change what is recorded about one image's provenance: a subclass
 * computes the new record in its constructor (from the document's current one, stamping who and
 * when); redo() sets it and undo() puts the old one back, so undo is exact. A change that changes
 * nothing is obsolete (the undo stack drops it).
 */
class ProvenanceCommand : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;

    int imageIndex() const { return mImageIndex; }

protected:
    ProvenanceCommand(ArticleDocument *document, int imageIndex, QUndoCommand *parent);
    /** The record the command starts from (the document's, at construction). */
    const ImageProvenance &before() const { return mBefore; }
    /** Call once, at the end of the subclass constructor. */
    void setAfter(const ImageProvenance &after);
    ArticleDocument *document() const { return mDocument; }

private:
    ArticleDocument *mDocument;
    int mImageIndex;
    ImageProvenance mBefore;
    ImageProvenance mAfter;
};

} // namespace provena
