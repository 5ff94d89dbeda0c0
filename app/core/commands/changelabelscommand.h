// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/labeltaxonomy.h"

#include <QUndoCommand>

namespace provena {

class ArticleDocument;

/**
 * Replaces the document's label taxonomy (e.g. after the analyst edited the label list). The
 * regions keep their label ids; undo restores the previous taxonomy. Obsolete when nothing
 * changes.
 */
class ChangeLabelsCommand : public QUndoCommand
{
public:
    ChangeLabelsCommand(ArticleDocument *document, LabelTaxonomy labels,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ArticleDocument *mDocument;
    LabelTaxonomy mBefore;
    LabelTaxonomy mAfter;
};

} // namespace provena
