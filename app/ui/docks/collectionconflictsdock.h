// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QVBoxLayout;

namespace provena {

class ArticleDocument;
struct CollectionMergeConflict;

/**
 * The merge conflicts a merge marked on the collection (ArticleDocument::collectionConflicts:
 * a provenance claim, an image entry, a label definition, a field of the sidecar): per conflict
 * what it concerns in words, the field, both values, and "Keep Mine" / "Take Theirs", each one
 * undoable ResolveCollectionConflictCommand. Shows itself when a document gains conflicts; the
 * View menu lists it.
 */
class CollectionConflictsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit CollectionConflictsDock(QWidget *parent = nullptr);

    void setDocument(ArticleDocument *document);
    /** How many conflicts are shown. */
    int conflictCount() const { return mShown; }

private:
    void rebuild();
    void resolve(const CollectionMergeConflict &conflict, bool takeTheirs);

    QPointer<ArticleDocument> mDocument;
    QVBoxLayout *mRows;
    QLabel *mSummary;
    QLabel *mError;
    int mShown = 0;
};

} // namespace provena
