// SPDX-License-Identifier: MIT
#include "core/commands/addremoveregions.h"

#include "core/document/articledocument.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace provena {

AddRemoveRegions::AddRemoveRegions(ArticleDocument *document, const QString &text,
                                   QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , mDocument(document)
{
}

void AddRemoveRegions::addRegions()
{
    // Ascending positions: each insert lands where the region was, given the earlier ones.
    for (const auto &[index, region] : std::as_const(mEntries))
        mDocument->insertRegion(index, region);
}

void AddRemoveRegions::removeRegions()
{
    for (auto it = mEntries.crbegin(); it != mEntries.crend(); ++it)
        mDocument->takeRegion(it->second.id);
}

AddRegionsCommand::AddRegionsCommand(ArticleDocument *document, QList<Region> regions,
                                     QUndoCommand *parent)
    : AddRemoveRegions(document,
                       regions.size() == 1
                           ? QCoreApplication::translate("UndoCommands", "Add Region")
                           : QCoreApplication::translate("UndoCommands", "Add %n Region(s)",
                                                         nullptr, int(regions.size())),
                       parent)
{
    int position = int(document->regions().size());
    for (Region &region : regions) {
        if (region.id.isNull())
            region.id = QUuid::createUuid();
        // Each later than the one before: `created` is the order regions come back in on reload.
        if (!region.created.isValid())
            region.created = document->creationTime();
        if (!region.modified.isValid())
            region.modified = region.created;
        if (region.author.isEmpty())
            region.author = document->author();
        mEntries.append({position++, region});
    }
}

RemoveRegionsCommand::RemoveRegionsCommand(ArticleDocument *document, const QList<QUuid> &ids,
                                           QUndoCommand *parent)
    : AddRemoveRegions(document,
                       ids.size() == 1
                           ? QCoreApplication::translate("UndoCommands", "Delete Region")
                           : QCoreApplication::translate("UndoCommands", "Delete %n Region(s)",
                                                         nullptr, int(ids.size())),
                       parent)
{
    for (const QUuid &id : ids) {
        const int index = document->regionIndex(id);
        if (index >= 0)
            mEntries.append({index, document->regions().at(index)});
    }
    std::sort(mEntries.begin(), mEntries.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    if (mEntries.isEmpty()) {
        setObsolete(true);
        return;
    }
    QSet<QUuid> removed;
    for (const auto &entry : std::as_const(mEntries))
        removed.insert(entry.second.id);
    QSet<QUuid> candidates;
    for (const auto &entry : std::as_const(mEntries)) {
        for (const QUuid &anchorId : entry.second.links)
            candidates.insert(anchorId);
    }
    for (const QUuid &anchorId : std::as_const(candidates)) {
        const TextAnchor *anchor = document->anchor(anchorId);
        // An anchor with a note of its own is the analyst's mark on the text: it stays.
        if (!anchor || !anchor->note.isEmpty())
            continue;
        const QList<QUuid> users = document->regionsLinkedTo(anchorId);
        if (std::all_of(users.cbegin(), users.cend(),
                        [&removed](const QUuid &id) { return removed.contains(id); }))
            mAnchors.append({document->anchorIndex(anchorId), *anchor});
    }
    std::sort(mAnchors.begin(), mAnchors.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
}

void RemoveRegionsCommand::redo()
{
    removeRegions();
    for (auto it = mAnchors.crbegin(); it != mAnchors.crend(); ++it)
        mDocument->takeAnchor(it->second.id);
}

void RemoveRegionsCommand::undo()
{
    // Anchors first, so that every link of a region coming back resolves at once.
    for (const auto &[index, anchor] : std::as_const(mAnchors))
        mDocument->insertAnchor(index, anchor);
    addRegions();
}

QList<QUuid> RemoveRegionsCommand::removedAnchorIds() const
{
    QList<QUuid> ids;
    for (const auto &entry : mAnchors)
        ids.append(entry.second.id);
    return ids;
}

} // namespace provena
