// SPDX-License-Identifier: MIT
#include "core/commands/changeregiongeometrycommand.h"

#include "core/commands/commandids.h"
#include "core/document/articledocument.h"

#include <QCoreApplication>
#include <QSet>

namespace provena {

ChangeRegionGeometryCommand::ChangeRegionGeometryCommand(ArticleDocument *document,
                                                         QHash<QUuid, RegionGeometry> newGeometry,
                                                         const QString &text, QUndoCommand *parent)
    : QUndoCommand(text.isEmpty() ? QCoreApplication::translate("UndoCommands", "Reshape Region")
                                  : text,
                   parent)
    , mDocument(document)
    , mStamp(document->now())
{
    for (auto it = newGeometry.cbegin(); it != newGeometry.cend(); ++it) {
        if (const Region *region = document->region(it.key()))
            mChanges.insert(it.key(), {region->geometry, it.value(), region->modified});
    }
    if (mChanges.isEmpty())
        setObsolete(true);
}

void ChangeRegionGeometryCommand::redo()
{
    for (auto it = mChanges.cbegin(); it != mChanges.cend(); ++it) {
        if (const Region *current = mDocument->region(it.key())) {
            Region region = *current;
            region.geometry = it->after;
            region.modified = mStamp;
            mDocument->replaceRegion(region);
        }
    }
}

void ChangeRegionGeometryCommand::undo()
{
    for (auto it = mChanges.cbegin(); it != mChanges.cend(); ++it) {
        if (const Region *current = mDocument->region(it.key())) {
            Region region = *current;
            region.geometry = it->before;
            region.modified = it->modifiedBefore;
            mDocument->replaceRegion(region);
        }
    }
}

int ChangeRegionGeometryCommand::id() const
{
    return ChangeRegionGeometryId;
}

bool ChangeRegionGeometryCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeRegionGeometryCommand *>(other);
    if (!next->mMergeable || next->mDocument != mDocument
        || QSet<QUuid>(next->mChanges.keyBegin(), next->mChanges.keyEnd())
            != QSet<QUuid>(mChanges.keyBegin(), mChanges.keyEnd()))
        return false;
    bool backToStart = true;
    for (auto it = mChanges.begin(); it != mChanges.end(); ++it) {
        it->after = next->mChanges.value(it.key()).after;
        backToStart = backToStart && it->after == it->before;
    }
    mStamp = next->mStamp;
    // Dragged back to where it started: the whole step disappears.
    setObsolete(backToStart);
    return true;
}

} // namespace provena
