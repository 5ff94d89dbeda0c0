// SPDX-License-Identifier: MIT
#include "core/commands/addremoveregions.h"

#include "core/document/articledocument.h"

#include <QCoreApplication>

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
    const QDateTime now = document->now();
    int position = int(document->regions().size());
    for (Region &region : regions) {
        if (region.id.isNull())
            region.id = QUuid::createUuid();
        if (!region.created.isValid())
            region.created = now;
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
    if (mEntries.isEmpty())
        setObsolete(true);
}

} // namespace provena
