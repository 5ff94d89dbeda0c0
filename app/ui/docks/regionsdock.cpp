// SPDX-License-Identifier: MIT
#include "ui/docks/regionsdock.h"

#include "ui/docks/regionlistmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace provena {

namespace {
/** Rows measured to fit the columns (QHeaderView::setResizeContentsPrecision). */
constexpr int kResizeContentsRows = 100;
} // namespace

/** The text filter over all columns, plus "needs review only". */
class RegionFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setReviewOnly(bool on)
    {
        mReviewOnly = on;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (mReviewOnly
            && !sourceModel()
                    ->index(row, 0, parent)
                    .data(RegionListModel::NeedsReviewRole)
                    .toBool())
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    bool mReviewOnly = false;
};

RegionsDock::RegionsDock(QWidget *parent)
    : QDockWidget(tr("Regions"), parent)
    , mModel(new RegionListModel(this))
    , mProxy(new RegionFilterProxy(this))
    , mView(new QTreeView)
    , mFilter(new QLineEdit)
    , mReviewOnly(new QCheckBox(tr("Needs re&view")))
{
    setObjectName(QStringLiteral("regionsDock"));
    setAccessibleName(tr("Regions"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    mFilter->setPlaceholderText(tr("Filter regions…"));
    mFilter->setClearButtonEnabled(true);
    mFilter->setAccessibleName(tr("Filter regions"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(mFilter, 1);
    mReviewOnly->setObjectName(QStringLiteral("reviewFilter"));
    mReviewOnly->setToolTip(tr("List only regions whose image changed since they were drawn"));
    mReviewOnly->setAccessibleName(tr("Only regions that need review"));
    filters->addWidget(mReviewOnly);
    layout->addLayout(filters);
    mProxy->setSourceModel(mModel);
    mProxy->setFilterKeyColumn(-1);
    mProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    mProxy->setSortRole(Qt::EditRole);
    mView->setModel(mProxy);
    mView->setRootIsDecorated(false);
    mView->setUniformRowHeights(true);
    mView->setSortingEnabled(true);
    mView->sortByColumn(-1, Qt::AscendingOrder);
    mView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setAlternatingRowColors(true);
    mView->setAccessibleName(tr("Region list"));
    // Entity and note share what the short columns leave, elided (the tooltip has the full
    // text): the list never scrolls sideways.
    mView->setTextElideMode(Qt::ElideRight);
    mView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = mView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Fitted to the rows around the visible ones, not to all of them: with a thousand regions,
    // measuring every row took 35 ms before the window's first paint.
    header->setResizeContentsPrecision(kResizeContentsRows);
    header->setSectionResizeMode(RegionListModel::EntityColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RegionListModel::NoteColumn, QHeaderView::Stretch);
    // A restored layout (or a drag) must not squash the list to nothing: the header and a few
    // rows always show.
    mView->setMinimumHeight(mView->fontMetrics().height() * kMinimumRows);
    layout->addWidget(mView);
    setWidget(content);

    connect(mFilter, &QLineEdit::textChanged, mProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(mReviewOnly, &QCheckBox::toggled, this, [this](bool on) { mProxy->setReviewOnly(on); });
    connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!mSyncing)
            Q_EMIT selectionChangedByUser(selectedRegions());
    });
    connect(mView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT regionActivated(mModel->regionId(mProxy->mapToSource(index)));
    });
}

void RegionsDock::setDocument(ArticleDocument *document)
{
    mModel->setDocument(document);
}

QList<QUuid> RegionsDock::selectedRegions() const
{
    QList<QUuid> ids;
    const QModelIndexList rows = mView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(mModel->regionId(mProxy->mapToSource(index)));
    return ids;
}

void RegionsDock::setSelectedRegions(const QList<QUuid> &ids)
{
    mSyncing = true;
    QItemSelection selection;
    for (const QUuid &id : ids) {
        const QModelIndex index = mProxy->mapFromSource(mModel->indexOf(id));
        if (index.isValid())
            selection.select(index, index);
    }
    mView->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        mView->scrollTo(selection.indexes().first());
    mSyncing = false;
}

} // namespace provena
