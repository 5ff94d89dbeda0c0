// SPDX-License-Identifier: MIT
#include "ui/docks/metadatadock.h"

#include "metadata/metadatareader.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
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
    for (const MetadataField &field : read.value().fields) {
        auto *item = new QTreeWidgetItem(mTree, {field.key, field.value, originName(field.origin)});
        item->setToolTip(1, field.value);
    }
    mTree->resizeColumnToContents(0);
    mStatus->setText(tr("%n field(s) in %1", nullptr, int(read.value().fields.size()))
                         .arg(QFileInfo(imagePath).fileName()));
    applyFilter();
}

void MetadataDock::applyFilter()
{
    const QString text = mFilter->text();
    for (int i = 0; i < mTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = mTree->topLevelItem(i);
        item->setHidden(!text.isEmpty() && !item->text(0).contains(text, Qt::CaseInsensitive)
                        && !item->text(1).contains(text, Qt::CaseInsensitive));
    }
}

} // namespace provena
