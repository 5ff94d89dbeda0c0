// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QList>
#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <functional>

class QGroupBox;
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
    /**
     * One conflict as both conflict views show it: a box titled `title` (object name
     * "conflict-FIELD") with "Mine:" and "Theirs:" (selectable plain text, objects "mine" and
     * "theirs") and the "Keep Mine" / "Take Theirs" buttons ("keepMine", "takeTheirs"), which
     * call `resolve` with false or true.
     */
    static QGroupBox *conflictBox(const QString &title, const QString &field, const QString &mine,
                                  const QString &theirs,
                                  const std::function<void(bool takeTheirs)> &resolve);

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
