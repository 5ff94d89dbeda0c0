// SPDX-License-Identifier: MIT
#pragma once

#include "core/document/articledocument.h"
#include <QAbstractTableModel>
#include <QPointer>
#include <QUuid>

namespace provena {

/** The document's regions as a table (one row per region, in document order). */
class RegionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LabelColumn,
        ReviewColumn, ///< "Needs review" when the region's image changed since it was drawn
        ShapeColumn,
        ImageColumn, ///< the image number, with its verdict's badge (ProvenanceBadge) when decided
        EntityColumn,
        NoteColumn,
        LinksColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int NeedsReviewRole = Qt::UserRole + 2;
    /** The verdict's stable name ("corroborated") on the region's image; empty when undecided. */
    static constexpr int VerdictRole = Qt::UserRole + 3;

    explicit RegionListModel(QObject *parent = nullptr);

    void setDocument(ArticleDocument *document);

    QUuid regionId(const QModelIndex &index) const;
    QModelIndex indexOf(const QUuid &id, int column = 0) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reset();
    void verdictsChanged();

    QPointer<ArticleDocument> mDocument;
};

} // namespace provena
