// SPDX-License-Identifier: MIT
#include "core/commands/changelabelscommand.h"

#include "core/document/articledocument.h"

#include <QCoreApplication>

namespace provena {

ChangeLabelsCommand::ChangeLabelsCommand(ArticleDocument *document, LabelTaxonomy labels,
                                         QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Change Labels"), parent)
    , mDocument(document)
    , mBefore(document->labels())
    , mAfter(std::move(labels))
{
    if (mBefore.labels() == mAfter.labels())
        setObsolete(true);
}

void ChangeLabelsCommand::redo()
{
    mDocument->setLabels(mAfter);
}

void ChangeLabelsCommand::undo()
{
    mDocument->setLabels(mBefore);
}

} // namespace provena
