// SPDX-License-Identifier: MIT
#include "ui/docks/metadatadock.h"

#include "metadata/metadatareader.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace provena {

namespace {

QString originName(MetadataOrigin origin)
{
    switch (origin) {
    case MetadataOrigin::Exif:
        return MetadataDock::tr("EXIF");
    case MetadataOrigin::Iptc:
        return MetadataDock::tr("IPTC");
    case MetadataOrigin::Xmp:
        return MetadataDock::tr("XMP");
    case MetadataOrigin::XmpSidecar:
        return MetadataDock::tr("XMP sidecar");
    case MetadataOrigin::None:
        break;
    }
    return {};
}

} // namespace

MetadataDock::MetadataDock(QWidget *parent)
    : QDockWidget(tr("Metadata"), parent)
    , mStatus(new QLabel)
    , mFilter(new QLineEdit)
    , mTree(new QTreeWidget)
{
    setObjectName(QStringLiteral("metadataDock"));
    setAccessibleName(tr("Metadata"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    mStatus->setWordWrap(true);
    layout->addWidget(mStatus);
    mFilter->setPlaceholderText(tr("Filter fields…"));
    mFilter->setClearButtonEnabled(true);
    mFilter->setAccessibleName(tr("Filter metadata fields"));
    layout->addWidget(mFilter);
    mTree->setColumnCount(3);
    mTree->setHeaderLabels({tr("Field"), tr("Value"), tr("From")});
    mTree->setRootIsDecorated(false);
    mTree->setUniformRowHeights(true);
    // The value takes the width the dock has; long values are elided in the middle (the whole
    // value is in the tooltip), so no horizontal scrolling is needed.
    mTree->setTextElideMode(Qt::ElideMiddle);
    mTree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mTree->header()->setStretchLastSection(false);
    mTree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    mTree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    mTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    mTree->setAlternatingRowColors(true);
    mTree->setSortingEnabled(true);
    mTree->sortByColumn(0, Qt::AscendingOrder);
    mTree->setAccessibleName(tr("Metadata fields"));
    layout->addWidget(mTree);
    setWidget(content);
    connect(mFilter, &QLineEdit::textChanged, this, &MetadataDock::applyFilter);
    setImage({});
}

void MetadataDock::setImage(const QString &imagePath)
{
    mTree->clear();
    if (imagePath.isEmpty()) {
        mStatus->setText(tr("No local image."));
        return;
    }
    const Result<ImageMetadata> read = MetadataReader::read(imagePath);
    if (!read) {
        mStatus->setText(read.error().message);
        return;
    }
    const QString fileName = QFileInfo(imagePath).fileName();
    const QList<MetadataField> &fields = read.value().fields;
    for (const MetadataField &field : fields) {
        const QString name = field.label.isEmpty() ? field.key : field.label;
        auto *item = new QTreeWidgetItem(mTree, {name, field.value, originName(field.origin)});
        item->setData(0, Qt::UserRole, field.key);
        item->setToolTip(0, field.key);
        item->setToolTip(1,
                         field.value.size() > 2000 ? field.value.left(2000) + u'…' : field.value);
    }
    // The names take what they need up to a third of the width; the values get the rest.
    mTree->resizeColumnToContents(0);
    mTree->setColumnWidth(0, qMin(mTree->columnWidth(0), qMax(80, mTree->viewport()->width() / 3)));
    if (fields.isEmpty()) {
        mStatus->setText(
            tr("%1 has no EXIF, IPTC or XMP metadata. News sites and social networks often strip "
               "it on upload: its absence proves nothing, but there is no camera, date or "
               "creator record here to check the photo's origin against.")
                .arg(fileName));
    } else {
        mStatus->setText(tr("%n field(s) in %1", nullptr, int(fields.size())).arg(fileName));
    }
    applyFilter();
}

void MetadataDock::applyFilter()
{
    const QString text = mFilter->text();
    for (int i = 0; i < mTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = mTree->topLevelItem(i);
        const bool shown = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
            || item->data(0, Qt::UserRole).toString().contains(text, Qt::CaseInsensitive)
            || item->text(1).contains(text, Qt::CaseInsensitive);
        item->setHidden(!shown);
    }
}

bool MetadataDock::showKey(const QString &key)
{
    for (QTreeWidgetItemIterator it(mTree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() != key)
            continue;
        if ((*it)->isHidden())
            mFilter->clear();
        mTree->setCurrentItem(*it);
        mTree->scrollToItem(*it);
        return true;
    }
    return false;
}

} // namespace provena
