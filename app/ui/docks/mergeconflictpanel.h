// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QList>
#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace provena {

class ArticleDocument;

/**
 * The merge conflicts of a region and of the text anchors it links to (Region::mergeConflicts,
 * after merging a sidecar changed on disk): per field both values, and "Keep mine" / "Take
 * theirs", each one undoable ResolveMergeConflictCommand. Hidden when there is nothing to resolve.
 */
class MergeConflictPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MergeConflictPanel(QWidget *parent = nullptr);

    void setDocument(ArticleDocument *document);
    /** Shows the conflicts of `itemIds` (regions or anchors), in that order. */
    void setItems(const QList<QUuid> &itemIds);
    /** How many conflicts are shown. */
    int conflictCount() const { return mShown; }
    /** A conflict value as the analyst reads it: text as is, structures as compact JSON. */
    static QString valueText(const QJsonValue &value);

private:
    void rebuild();
    void resolve(const QUuid &id, const QString &field, bool takeTheirs);

    QPointer<ArticleDocument> mDocument;
    QList<QUuid> mItems;
    QVBoxLayout *mRows;
    QLabel *mError;
    int mShown = 0;
};

} // namespace provena
