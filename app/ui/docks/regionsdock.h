// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>
#include <QUuid>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace provena {

class ArticleDocument;
class RegionListModel;

/** Lists every region of the document with a filter; its selection follows the canvas. */
class RegionsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit RegionsDock(QWidget *parent = nullptr);

    void setDocument(ArticleDocument *document);
    /** Selects these rows without emitting selectionChangedByUser(). */
    void setSelectedRegions(const QList<QUuid> &ids);
    QList<QUuid> selectedRegions() const;
    QTreeView *view() const { return mView; }
    QLineEdit *filterEdit() const { return mFilter; }

Q_SIGNALS:
    void selectionChangedByUser(const QList<QUuid> &ids);
    void regionActivated(const QUuid &id);

private:
    RegionListModel *mModel;
    QSortFilterProxyModel *mProxy;
    QTreeView *mView;
    QLineEdit *mFilter;
    bool mSyncing = false;
};

} // namespace provena
