// SPDX-License-Identifier: MIT
#include "core/commands/changeregionscommand.h"

#include "core/commands/commandids.h"
#include "core/document/articledocument.h"

#include <QCoreApplication>

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

ChangeRegionsCommand *ChangeRegionsCommand::setNote(ArticleDocument *document, const QUuid &id,
                                                    const QString &note)
{
    Region r;
    r.id = id;
    r.note = note;
    auto *command = new ChangeRegionsCommand(
        document, {r}, Note, QCoreApplication::translate("UndoCommands", "Edit Note"));
    command->setMergeKey(Note);
    return command;
}

ChangeRegionsCommand *ChangeRegionsCommand::setEntity(ArticleDocument *document, const QUuid &id,
                                                      const Entity &entity)
{
    Region r;
    r.id = id;
    r.entity = entity;
    auto *command = new ChangeRegionsCommand(
        document, {r}, EntityProperty, QCoreApplication::translate("UndoCommands", "Set Entity"));
    command->setMergeKey(EntityProperty);
    return command;
}

ChangeRegionsCommand *ChangeRegionsCommand::setConfidence(ArticleDocument *document,
                                                          const QUuid &id, double confidence)
{
    Region r;
    r.id = id;
    r.confidence = confidence;
    auto *command = new ChangeRegionsCommand(
        document, {r}, Confidence, QCoreApplication::translate("UndoCommands", "Set Confidence"));
    command->setMergeKey(Confidence);
    return command;
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
