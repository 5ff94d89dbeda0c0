// SPDX-License-Identifier: MIT
#include "ui/docks/collectionconflictsdock.h"

#include "core/document/articledocument.h"
#include "formats/sidecarcontent.h"
#include "session/collectionconflicts.h"
#include "ui/docks/mergeconflictpanel.h"

#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace provena {

CollectionConflictsDock::CollectionConflictsDock(QWidget *parent)
    : QDockWidget(tr("Merge Conflicts"), parent)
    , mRows(new QVBoxLayout)
    , mSummary(new QLabel)
    , mError(new QLabel)
{
    setObjectName(QStringLiteral("mergeConflictsDock"));
    setAccessibleName(tr("Merge conflicts"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    mSummary->setObjectName(QStringLiteral("mergeConflictsSummary"));
    mSummary->setWordWrap(true);
    layout->addWidget(mSummary);
    mError->setObjectName(QStringLiteral("mergeConflictError"));
    mError->setWordWrap(true);
    mError->hide();
    layout->addWidget(mError);
    layout->addLayout(mRows);
    layout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    setWidget(scroll);
    rebuild();
}

void CollectionConflictsDock::setDocument(ArticleDocument *document)
{
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    mError->hide();
    if (mDocument) {
        connect(mDocument, &ArticleDocument::collectionConflictsChanged, this, [this] {
            const bool had = mShown > 0;
            rebuild();
            if (!had && mShown > 0) {
                show(); // a merge just brought some: the analyst should see them
                raise();
            }
        });
        // Words for claims and labels follow their edits.
        connect(mDocument, &ArticleDocument::provenanceChanged, this,
                &CollectionConflictsDock::rebuild);
        connect(mDocument, &ArticleDocument::labelsChanged, this,
                &CollectionConflictsDock::rebuild);
    }
    rebuild();
    if (mShown > 0) {
        show();
        raise();
    }
}

void CollectionConflictsDock::rebuild()
{
    // deleteLater: a click on a button changes the conflicts, which rebuilds this dock while
    // the button's handler still runs.
    while (QLayoutItem *item = mRows->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    const CollectionMergeConflicts conflicts
        = mDocument ? mDocument->collectionConflicts() : CollectionMergeConflicts {};
    mShown = int(conflicts.size());
    mSummary->setText(
        conflicts.isEmpty()
            ? tr("No merge conflicts outside the regions.")
            : tr("The article needs review: %n change(s) merged from another copy conflict "
                 "with yours. Your value is kept until you choose.",
                 nullptr, mShown));
    if (conflicts.isEmpty())
        return;
    const SidecarContent content = SidecarContent::fromDocument(*mDocument);
    for (const CollectionMergeConflict &conflict : conflicts) {
        QGroupBox *box = MergeConflictPanel::conflictBox(
            tr("%1: %2").arg(CollectionConflicts::describe(content, conflict),
                             conflict.conflict.field),
            conflict.conflict.field, MergeConflictPanel::valueText(conflict.conflict.ours),
            MergeConflictPanel::valueText(conflict.conflict.theirs),
            [this, conflict](bool takeTheirs) { resolve(conflict, takeTheirs); });
        mRows->addWidget(box);
    }
}

void CollectionConflictsDock::resolve(const CollectionMergeConflict &conflict, bool takeTheirs)
{
    if (!mDocument)
        return;
    Result<std::unique_ptr<QUndoCommand>> command = CollectionConflicts::resolve(
        *mDocument, conflict.item, conflict.conflict.field,
        takeTheirs ? SidecarPull::Take::Theirs : SidecarPull::Take::Ours);
    if (!command) {
        mError->setText(command.error().message);
        mError->show();
        return;
    }
    mError->hide();
    mDocument->undoStack()->push(command.value().release());
}

} // namespace provena
