// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>
#include <QUuid>

class QCheckBox;
class QLineEdit;
class QTreeView;

namespace provena {

class ArticleDocument;
class RegionFilterProxy;
class RegionListModel;

/** Lists every region of the document with a filter; its selection follows the canvas. */
class RegionsDock : public QDockWidget
{
    Q_OBJECT

public:
    /** The list keeps room for about this many text lines (header and rows) at least. */
    static constexpr int kMinimumRows = 6;

    explicit RegionsDock(QWidget *parent = nullptr);

    void setDocument(ArticleDocument *document);
    /** Selects these rows without emitting selectionChangedByUser(). */
    void setSelectedRegions(const QList<QUuid> &ids);
    QList<QUuid> selectedRegions() const;
    QTreeView *view() const { return mView; }
    QLineEdit *filterEdit() const { return mFilter; }
    /** Checked: only regions that need review are listed. */
    QCheckBox *reviewFilter() const { return mReviewOnly; }

Q_SIGNALS:
    void selectionChangedByUser(const QList<QUuid> &ids);
    void regionActivated(const QUuid &id);

private:
    RegionListModel *mModel;
    RegionFilterProxy *mProxy;
    QTreeView *mView;
    QLineEdit *mFilter;
    QCheckBox *mReviewOnly;
    bool mSyncing = false;
};

} // namespace provena
