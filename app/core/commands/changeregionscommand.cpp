// SPDX-License-Identifier: MIT
#include "core/commands/changeregionscommand.h"

#include "core/commands/commandids.h"
#include "core/document/articledocument.h"

#include <QCoreApplication>

#include <functional>

namespace provena {

ChangeRegionsCommand::ChangeRegionsCommand(ArticleDocument *document, const QList<Region> &values,
                                           Properties properties, const QString &text,
                                           QUndoCommand *parent)
    : QUndoCommand(text.isEmpty() ? QCoreApplication::translate("UndoCommands", "Change Region")
                                  : text,
                   parent)
    , mDocument(document)
{
    const QDateTime now = document->now();
    for (const Region &value : values) {
        const Region *current = document->region(value.id);
        if (!current)
            continue;
        Region after = *current;
        if (properties & Label)
            after.label = value.label;
        if (properties & Note)
            after.note = value.note;
        if (properties & EntityProperty)
            after.entity = value.entity;
        if (properties & Confidence)
            after.confidence = value.confidence;
        after.modified = now;
        mBefore.append(*current);
        mAfter.append(after);
    }
    if (mAfter.isEmpty())
        setObsolete(true);
}

ChangeRegionsCommand *ChangeRegionsCommand::relabel(ArticleDocument *document,
                                                    const QList<QUuid> &ids, const QString &label)
{
    QList<Region> values;
    for (const QUuid &id : ids) {
        Region r;
        r.id = id;
        r.label = label;
        values.append(r);
    }
    return new ChangeRegionsCommand(
        document, values, Label,
        QCoreApplication::translate("UndoCommands", "Relabel Region as ‘%1’")
            .arg(document->labels().find(label) ? document->labels().find(label)->name : label));
}

namespace {

/** One region, one property, merging with the next edit of the same property (typing, spinning). */
ChangeRegionsCommand *editOne(ArticleDocument *document, const QUuid &id,
                              ChangeRegionsCommand::Property property,
                              const std::function<void(Region &)> &set, const char *text)
{
    Region r;
    r.id = id;
    set(r);
    auto *command = new ChangeRegionsCommand(document, {r}, property,
                                             QCoreApplication::translate("UndoCommands", text));
    command->setMergeKey(property);
    return command;
}

} // namespace

ChangeRegionsCommand *ChangeRegionsCommand::setNote(ArticleDocument *document, const QUuid &id,
                                                    const QString &note)
{
    return editOne(
        document, id, Note, [&](Region &r) { r.note = note; },
        QT_TRANSLATE_NOOP("UndoCommands", "Edit Note"));
}

ChangeRegionsCommand *ChangeRegionsCommand::setEntity(ArticleDocument *document, const QUuid &id,
                                                      const Entity &entity)
{
    return editOne(
        document, id, EntityProperty, [&](Region &r) { r.entity = entity; },
        QT_TRANSLATE_NOOP("UndoCommands", "Set Entity"));
}

ChangeRegionsCommand *ChangeRegionsCommand::setConfidence(ArticleDocument *document,
                                                          const QUuid &id, double confidence)
{
    return editOne(
        document, id, Confidence, [&](Region &r) { r.confidence = confidence; },
        QT_TRANSLATE_NOOP("UndoCommands", "Set Confidence"));
}

void ChangeRegionsCommand::redo()
{
    for (const Region &region : std::as_const(mAfter))
        mDocument->replaceRegion(region);
}

void ChangeRegionsCommand::undo()
{
    for (const Region &region : std::as_const(mBefore))
        mDocument->replaceRegion(region);
}

int ChangeRegionsCommand::id() const
{
    return ChangeRegionsId;
}

bool ChangeRegionsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeRegionsCommand *>(other);
    if (mMergeKey == 0 || next->mMergeKey != mMergeKey || next->mDocument != mDocument
        || next->mAfter.size() != mAfter.size())
        return false;
    for (int i = 0; i < mAfter.size(); ++i) {
        if (mAfter.at(i).id != next->mAfter.at(i).id)
            return false;
    }
    mAfter = next->mAfter;
    bool unchanged = true;
    for (int i = 0; i < mAfter.size(); ++i) {
        const Region &a = mAfter.at(i);
        const Region &b = mBefore.at(i);
        unchanged = unchanged && a.label == b.label && a.note == b.note && a.entity == b.entity
            && a.confidence == b.confidence;
    }
    setObsolete(unchanged);
    return true;
}

} // namespace provena
