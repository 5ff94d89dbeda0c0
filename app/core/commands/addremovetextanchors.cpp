// SPDX-License-Identifier: MIT
#include "core/commands/addremovetextanchors.h"

#include "core/commands/commandids.h"
#include "core/document/articledocument.h"

#include <QCoreApplication>

#include <algorithm>

namespace provena {

AddTextAnchorsCommand::AddTextAnchorsCommand(ArticleDocument *document, QList<TextAnchor> anchors,
                                             QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Mark Text"), parent)
    , mDocument(document)
    , mAnchors(std::move(anchors))
{
    for (TextAnchor &anchor : mAnchors) {
        if (anchor.id.isNull())
            anchor.id = QUuid::createUuid();
        // Each later than the one before: `created` is the order anchors come back in on reload.
        if (!anchor.created.isValid())
            anchor.created = document->creationTime();
        if (anchor.author.isEmpty())
            anchor.author = document->author();
    }
}

void AddTextAnchorsCommand::redo()
{
    for (const TextAnchor &anchor : std::as_const(mAnchors))
        mDocument->insertAnchor(int(mDocument->anchors().size()), anchor);
}

void AddTextAnchorsCommand::undo()
{
    for (auto it = mAnchors.crbegin(); it != mAnchors.crend(); ++it)
        mDocument->takeAnchor(it->id);
}

RemoveTextAnchorsCommand::RemoveTextAnchorsCommand(ArticleDocument *document,
                                                   const QList<QUuid> &ids, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Remove Text Mark"), parent)
    , mDocument(document)
{
    for (const QUuid &id : ids) {
        const int index = document->anchorIndex(id);
        if (index >= 0)
            mAnchors.append({index, document->anchors().at(index)});
    }
    std::sort(mAnchors.begin(), mAnchors.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const Region &region : document->regions()) {
        for (const auto &entry : std::as_const(mAnchors)) {
            if (region.links.contains(entry.second.id)) {
                mRegionsBefore.append(region);
                break;
            }
        }
    }
    if (mAnchors.isEmpty())
        setObsolete(true);
}

void RemoveTextAnchorsCommand::redo()
{
    for (Region region : std::as_const(mRegionsBefore)) {
        for (const auto &entry : std::as_const(mAnchors))
            region.links.removeAll(entry.second.id);
        mDocument->replaceRegion(region);
    }
    for (auto it = mAnchors.crbegin(); it != mAnchors.crend(); ++it)
        mDocument->takeAnchor(it->second.id);
}

void RemoveTextAnchorsCommand::undo()
{
    for (const auto &[index, anchor] : std::as_const(mAnchors))
        mDocument->insertAnchor(index, anchor);
    for (const Region &region : std::as_const(mRegionsBefore))
        mDocument->replaceRegion(region);
}

ChangeTextAnchorNoteCommand::ChangeTextAnchorNoteCommand(ArticleDocument *document, const QUuid &id,
                                                         const QString &note, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Edit Text Note"), parent)
    , mDocument(document)
    , mId(id)
    , mAfter(note)
{
    const TextAnchor *anchor = document->anchor(id);
    if (anchor)
        mBefore = anchor->note;
    else
        setObsolete(true);
}

void ChangeTextAnchorNoteCommand::redo()
{
    if (const TextAnchor *current = mDocument->anchor(mId)) {
        TextAnchor anchor = *current;
        anchor.note = mAfter;
        mDocument->replaceAnchor(anchor);
    }
}

void ChangeTextAnchorNoteCommand::undo()
{
    if (const TextAnchor *current = mDocument->anchor(mId)) {
        TextAnchor anchor = *current;
        anchor.note = mBefore;
        mDocument->replaceAnchor(anchor);
    }
}

int ChangeTextAnchorNoteCommand::id() const
{
    return ChangeTextAnchorId;
}

bool ChangeTextAnchorNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeTextAnchorNoteCommand *>(other);
    if (next->mDocument != mDocument || next->mId != mId)
        return false;
    mAfter = next->mAfter;
    setObsolete(mAfter == mBefore);
    return true;
}

} // namespace provena
