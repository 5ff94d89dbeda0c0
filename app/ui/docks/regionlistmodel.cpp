// SPDX-License-Identifier: MIT
#include "ui/docks/regionlistmodel.h"

#include "core/document/articledocument.h"
#include "ui/docks/provenancebadge.h"

#include <QApplication>
#include <QPixmap>
#include <QStyle>

namespace provena {

RegionListModel::RegionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RegionListModel::setDocument(ArticleDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    beginResetModel();
    mDocument = document;
    endResetModel();
    if (!document)
        return;
    // Adds and removals are rare next to edits; a reset keeps this simple and correct.
    connect(document, &ArticleDocument::regionAdded, this, &RegionListModel::reset);
    connect(document, &ArticleDocument::regionRemoved, this, &RegionListModel::reset);
    connect(document, &ArticleDocument::annotationsReset, this, &RegionListModel::reset);
    connect(document, &ArticleDocument::labelsChanged, this, &RegionListModel::reset);
    connect(document, &ArticleDocument::provenanceChanged, this, &RegionListModel::verdictsChanged);
    connect(document, &ArticleDocument::provenanceReset, this, &RegionListModel::verdictsChanged);
    connect(document, &ArticleDocument::regionChanged, this, [this](const QUuid &id) {
        const QModelIndex first = indexOf(id);
        if (first.isValid())
            Q_EMIT dataChanged(first, index(first.row(), ColumnCount - 1));
    });
}

void RegionListModel::reset()
{
    beginResetModel();
    endResetModel();
}

void RegionListModel::verdictsChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ImageColumn), index(rowCount() - 1, ImageColumn));
}

QUuid RegionListModel::regionId(const QModelIndex &index) const
{
    if (!mDocument || !index.isValid() || index.row() >= mDocument->regions().size())
        return {};
    return mDocument->regions().at(index.row()).id;
}

QModelIndex RegionListModel::indexOf(const QUuid &id, int column) const
{
    const int row = mDocument ? mDocument->regionIndex(id) : -1;
    return row >= 0 ? index(row, column) : QModelIndex();
}

int RegionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !mDocument ? 0 : int(mDocument->regions().size());
}

int RegionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionListModel::data(const QModelIndex &index, int role) const
{
    if (!mDocument || !index.isValid() || index.row() >= mDocument->regions().size())
        return {};
    const Region &r = mDocument->regions().at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == NeedsReviewRole)
        return r.needsReview;
    if (index.column() == ReviewColumn && r.needsReview) {
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole && !r.mergeConflicts.isEmpty())
            return tr("Merged changes from disk conflict with yours on %n field(s). Choose "
                      "“Keep mine” or “Take theirs” in Properties.",
                      nullptr, int(r.mergeConflicts.size()));
        if (role == Qt::ToolTipRole)
            return tr("The image changed since this region was drawn. Check it, then use "
                      "Edit › Mark Region(s) Reviewed.");
    }
    if (index.column() == ImageColumn
        && (role == Qt::DecorationRole || role == Qt::ToolTipRole || role == VerdictRole)) {
        // The badge sits on the image number: the list stays as narrow as it was.
        const Verdict verdict = mDocument->imageProvenance(r.imageIndex).verdict;
        const bool shown = ProvenanceBadge::isShown(verdict);
        if (role == VerdictRole)
            return shown ? Verdict::valueName(verdict.value) : QString();
        if (role == Qt::DecorationRole)
            return shown ? QVariant(ProvenanceBadge::pixmap(verdict.value, 12)) : QVariant();
        return tr("Image %1 — %2").arg(r.imageIndex + 1).arg(ProvenanceBadge::toolTip(verdict));
    }
    if (role == Qt::DecorationRole && index.column() == LabelColumn) {
        QPixmap swatch(12, 12);
        swatch.fill(mDocument->labels().colourFor(r.label));
        return swatch;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case LabelColumn:
        return mDocument->labels().displayNameOf(r.label);
    case ReviewColumn:
        if (role == Qt::EditRole)
            return r.needsReview ? 1 : 0;
        return r.needsReview ? tr("Needs review") : QString();
    case ShapeColumn:
        switch (r.geometry.shape()) {
        case RegionGeometry::Shape::Rectangle:
            return tr("Rectangle");
        case RegionGeometry::Shape::Ellipse:
            return tr("Ellipse");
        case RegionGeometry::Shape::Polygon:
            return tr("Polygon");
        case RegionGeometry::Shape::Polyline:
            return tr("Polyline");
        case RegionGeometry::Shape::Point:
            return tr("Point");
        }
        return {};
    case ImageColumn:
        return role == Qt::EditRole ? QVariant(r.imageIndex + 1)
                                    : QVariant(QString::number(r.imageIndex + 1));
    case EntityColumn:
        if (role == Qt::ToolTipRole && !r.entity.identifier.isEmpty())
            return QStringLiteral("%1\n%2").arg(r.entity.name, r.entity.identifier);
        return r.entity.name;
    case NoteColumn:
        // One line in the cell; the whole note in the tooltip.
        return role == Qt::DisplayRole ? r.note.simplified() : r.note;
    case LinksColumn:
        return role == Qt::EditRole ? QVariant(int(r.links.size()))
                                    : QVariant(QString::number(r.links.size()));
    default:
        return {};
    }
}

QVariant RegionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case ReviewColumn:
        return tr("Review");
    case ShapeColumn:
        return tr("Shape");
    case ImageColumn:
        return tr("Image");
    case EntityColumn:
        return tr("Entity");
    case NoteColumn:
        return tr("Note");
    case LinksColumn:
        return tr("Links");
    default:
        return {};
    }
}

} // namespace provena
