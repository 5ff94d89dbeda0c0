// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/region.h"

#include <QList>
#include <QUndoCommand>

namespace provena {

class ArticleDocument;

/**
 * Sets the descriptive properties of regions: label, note, entity, confidence (geometry and
 * links have their own commands). Typing in a note field pushes one per edit with the same
 * merge key, so a burst of typing is one undo step.
 */
class ChangeRegionsCommand : public QUndoCommand
{
public:
    enum Property { Label = 0x1, Note = 0x2, EntityProperty = 0x4, Confidence = 0x8 };
    Q_DECLARE_FLAGS(Properties, Property)

    /** Copies `properties` from `values` onto the regions with the same ids. */
    ChangeRegionsCommand(ArticleDocument *document, const QList<Region> &values,
                         Properties properties, const QString &text = {},
                         QUndoCommand *parent = nullptr);

    static ChangeRegionsCommand *relabel(ArticleDocument *document, const QList<QUuid> &ids,
                                         const QString &label);
    static ChangeRegionsCommand *setNote(ArticleDocument *document, const QUuid &id,
                                         const QString &note);
    static ChangeRegionsCommand *setEntity(ArticleDocument *document, const QUuid &id,
                                           const Entity &entity);
    static ChangeRegionsCommand *setConfidence(ArticleDocument *document, const QUuid &id,
                                               double confidence);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    /** Consecutive commands with the same non-zero key on the same regions merge. */
    void setMergeKey(int key) { mMergeKey = key; }

private:
    ArticleDocument *mDocument;
    QList<Region> mBefore;
    QList<Region> mAfter;
    int mMergeKey = 0;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeRegionsCommand::Properties)

} // namespace provena
