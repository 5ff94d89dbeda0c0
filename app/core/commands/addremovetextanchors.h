// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/region.h"
#include "core/model/textanchor.h"

#include <QList>
#include <QUndoCommand>

namespace provena {

class ArticleDocument;

/** Adds text anchors (spans with or without a note of their own). */
class AddTextAnchorsCommand : public QUndoCommand
{
public:
    AddTextAnchorsCommand(ArticleDocument *document, QList<TextAnchor> anchors,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ArticleDocument *mDocument;
    QList<TextAnchor> mAnchors;
};

/** Removes text anchors and every region's link to them; undo restores both. */
class RemoveTextAnchorsCommand : public QUndoCommand
{
public:
    RemoveTextAnchorsCommand(ArticleDocument *document, const QList<QUuid> &ids,
                             QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ArticleDocument *mDocument;
    QList<QPair<int, TextAnchor>> mAnchors;
    QList<Region> mRegionsBefore; ///< regions whose links change, as they were
};

/** Edits an anchor's own note; consecutive edits of the same anchor merge. */
class ChangeTextAnchorNoteCommand : public QUndoCommand
{
public:
    ChangeTextAnchorNoteCommand(ArticleDocument *document, const QUuid &id, const QString &note,
                                QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ArticleDocument *mDocument;
    QUuid mId;
    QString mBefore;
    QString mAfter;
};

} // namespace provena
