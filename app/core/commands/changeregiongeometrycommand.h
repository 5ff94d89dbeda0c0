// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/regiongeometry.h"

#include <QDateTime>
#include <QHash>
#include <QUndoCommand>
#include <QUuid>

namespace provena {

class ArticleDocument;

/**
 * Moves, resizes or reshapes one or more regions. Tools push one per mouse move during a drag
 * and call setMergeable(true) on all but the first, so a whole drag is one undo step.
 */
class ChangeRegionGeometryCommand : public QUndoCommand
{
public:
    ChangeRegionGeometryCommand(ArticleDocument *document, QHash<QUuid, RegionGeometry> newGeometry,
                                const QString &text = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    void setMergeable(bool mergeable) { mMergeable = mergeable; }

private:
    struct Change
    {
        RegionGeometry before;
        RegionGeometry after;
        QDateTime modifiedBefore;
    };
    ArticleDocument *mDocument;
    QHash<QUuid, Change> mChanges;
    QDateTime mStamp;
    bool mMergeable = false;
};

} // namespace provena
