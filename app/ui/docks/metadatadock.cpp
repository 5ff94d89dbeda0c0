// SPDX-License-Identifier: MIT
#include "ui/docks/metadatadock.h"

#include "metadata/evidencegroups.h"
#include "metadata/metadatareader.h"
#include "session/imageevidence.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <optional>

namespace provena {

/** What the worker read for one request; errors as the message to show. */
struct MetadataDock::Loaded
{
    quint64 request = 0;
    QString imagePath;
    std::optional<ImageMetadata> metadata;
    std::optional<MetadataEvidence> evidence;
    QString error; ///< why nothing could be read
    QString fieldsError; ///< why the field list could not be read (a broken XMP sidecar)
};

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

/** MetadataEvidence::Item::origin ("exif", "xmp-sidecar" …) as the From column shows it. */
QString originName(const QString &origin)
{
    if (origin == QLatin1String("exif"))
        return originName(MetadataOrigin::Exif);
    if (origin == QLatin1String("iptc"))
        return originName(MetadataOrigin::Iptc);
    if (origin == QLatin1String("xmp"))
        return originName(MetadataOrigin::Xmp);
    if (origin == QLatin1String("xmp-sidecar"))
        return originName(MetadataOrigin::XmpSidecar);
    return origin;
}

QTreeWidgetItem *addRow(QTreeWidget *tree, const QString &name, const QString &value,
                        const QString &from, const QString &key)
{
    auto *item = new QTreeWidgetItem(tree, {name, value, from});
    item->setData(0, Qt::UserRole, key);
    item->setToolTip(0, key);
    item->setToolTip(1, value.size() > 2000 ? value.left(2000) + u'…' : value);
    return item;
}

} // namespace

MetadataDock::MetadataDock(QWidget *parent)
    : QDockWidget(tr("Metadata"), parent)
    , mStatus(new QLabel)
    , mFlags(new QLabel)
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
    // Flags are facts worth attention before any field: a warning strip above the list.
    mFlags->setObjectName(QStringLiteral("metadataFlags"));
    mFlags->setWordWrap(true);
    mFlags->setTextFormat(Qt::PlainText);
    mFlags->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mFlags->setFrameShape(QFrame::StyledPanel);
    mFlags->setBackgroundRole(QPalette::ToolTipBase);
    mFlags->setForegroundRole(QPalette::ToolTipText);
    mFlags->setAutoFillBackground(true);
    mFlags->setMargin(4);
    mFlags->setAccessibleName(tr("Metadata flags and warnings"));
    mFlags->hide();
    layout->addWidget(mFlags);
    mFilter->setPlaceholderText(tr("Filter fields…"));
    mFilter->setClearButtonEnabled(true);
    mFilter->setAccessibleName(tr("Filter metadata fields"));
    layout->addWidget(mFilter);
    mTree->setColumnCount(3);
    mTree->setHeaderLabels({tr("Field"), tr("Value"), tr("From")});
    mTree->setRootIsDecorated(false);
    // The value takes the width the dock has; long values are elided in the middle (the whole
    // value is in the tooltip), so no horizontal scrolling is needed.
    mTree->setTextElideMode(Qt::ElideMiddle);
    mTree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mTree->header()->setStretchLastSection(false);
    mTree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    mTree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    mTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    mTree->setAlternatingRowColors(true);
    // No sorting: the order (provenance groups first, most authoritative origin first) is the
    // information.
    mTree->setSortingEnabled(false);
    mTree->setAccessibleName(tr("Metadata fields"));
    layout->addWidget(mTree);
    setWidget(content);
    connect(mFilter, &QLineEdit::textChanged, this, &MetadataDock::applyFilter);
    setImage({});
}

void MetadataDock::setImage(const QString &imagePath)
{
    const quint64 request = ++mRequest;
    mTree->clear();
    mFlags->hide();
    mReading = !imagePath.isEmpty();
    if (imagePath != mImagePath)
        mKeyToShow.clear();
    mImagePath = imagePath;
    if (imagePath.isEmpty()) {
        mStatus->setText(tr("No local image."));
        return;
    }
    mStatus->setText(tr("Reading the metadata of %1…").arg(QFileInfo(imagePath).fileName()));
    // Exiv2 and the thumbnail check's reduced decode take milliseconds to a second on large or
    // remote files: never on the UI thread. Both readers are reentrant.
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Loaded loaded = watcher->result();
        if (loaded.request == mRequest)
            showLoaded(loaded);
    });
    watcher->setFuture(QtConcurrent::run([request, imagePath] {
        Loaded loaded;
        loaded.request = request;
        loaded.imagePath = imagePath;
        Result<ImageMetadata> metadata = MetadataReader::read(imagePath);
        Result<MetadataEvidence> evidence = ImageEvidence::read(imagePath);
        if (evidence)
            loaded.evidence = std::move(evidence.value());
        else
            loaded.error = evidence.error().message;
        if (metadata)
            loaded.metadata = std::move(metadata.value());
        else
            loaded.fieldsError = metadata.error().message;
        return loaded;
    }));
}

void MetadataDock::showLoaded(const Loaded &loaded)
{
    mTree->clear();
    const QString fileName = QFileInfo(loaded.imagePath).fileName();
    if (!loaded.evidence) {
        mStatus->setText(loaded.error);
        emit imageLoaded(loaded.imagePath);
        return;
    }
    showEvidence(*loaded.evidence);
    const qsizetype fields = loaded.metadata ? loaded.metadata->fields.size() : 0;
    if (loaded.metadata)
        showFields(*loaded.metadata);
    // The names take what they need up to a third of the width; the values get the rest. The
    // width is taken as if the vertical scroll bar were shown: it appears only once laid out.
    const int available
        = mTree->width() - 2 * mTree->frameWidth() - mTree->verticalScrollBar()->sizeHint().width();
    mTree->resizeColumnToContents(0);
    mTree->setColumnWidth(0, qMin(mTree->columnWidth(0), qMax(80, available / 3)));
    if (!loaded.metadata) {
        mStatus->setText(loaded.fieldsError);
    } else if (fields == 0) {
        mStatus->setText(
            tr("%1 has no EXIF, IPTC or XMP metadata. News sites and social networks often strip "
               "it on upload: its absence proves nothing, but there is no camera, date or "
               "creator record here to check the photo's origin against.")
                .arg(fileName));
    } else {
        mStatus->setText(tr("%n field(s) in %1", nullptr, int(fields)).arg(fileName));
    }
    applyFilter();
    mReading = false;
    emit imageLoaded(loaded.imagePath);
    if (!mKeyToShow.isEmpty())
        showKey(mKeyToShow);
}

void MetadataDock::showEvidence(const MetadataEvidence &evidence)
{
    QStringList lines;
    for (const MetadataEvidence::Flag &flag : evidence.flags)
        lines.append(QStringLiteral("⚠ ") + flag.detail);
    for (const QString &warning : evidence.warnings)
        lines.append(tr("Warning: %1").arg(warning));
    mFlags->setText(lines.join(u'\n'));
    mFlags->setVisible(!lines.isEmpty());

    for (const EvidenceGroups::Group &group : EvidenceGroups::all()) {
        QTreeWidgetItem *heading = nullptr;
        for (const MetadataEvidence::Field field : group.fields) {
            for (const MetadataEvidence::Item &item : evidence.itemsOf(field)) {
                if (!heading)
                    heading = addHeading(EvidenceGroups::title(group.id));
                addRow(mTree, MetadataEvidence::fieldTitle(item.field), item.value,
                       originName(item.origin), item.key);
            }
        }
    }
}

void MetadataDock::showFields(const ImageMetadata &metadata)
{
    if (metadata.fields.isEmpty())
        return;
    addHeading(tr("All fields"));
    for (const MetadataField &field : metadata.fields)
        addRow(mTree, field.label.isEmpty() ? field.key : field.label, field.value,
               originName(field.origin), field.key);
}

QTreeWidgetItem *MetadataDock::addHeading(const QString &title)
{
    auto *heading = new QTreeWidgetItem(mTree, {title});
    heading->setData(0, kHeadingRole, true);
    heading->setFirstColumnSpanned(true);
    heading->setFlags(Qt::ItemIsEnabled);
    QFont bold = heading->font(0);
    bold.setBold(true);
    heading->setFont(0, bold);
    return heading;
}

void MetadataDock::applyFilter()
{
    const QString text = mFilter->text();
    QTreeWidgetItem *heading = nullptr;
    bool headingHasRows = false;
    const auto closeHeading = [&] {
        if (heading)
            heading->setHidden(!headingHasRows);
    };
    for (int i = 0; i < mTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = mTree->topLevelItem(i);
        if (item->data(0, kHeadingRole).toBool()) {
            closeHeading();
            heading = item;
            headingHasRows = false;
            continue;
        }
        const bool shown = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
            || item->data(0, Qt::UserRole).toString().contains(text, Qt::CaseInsensitive)
            || item->text(1).contains(text, Qt::CaseInsensitive);
        item->setHidden(!shown);
        headingHasRows = headingHasRows || shown;
    }
    closeHeading();
}

void MetadataDock::showKey(const QString &key)
{
    mKeyToShow = key;
    if (mReading)
        return; // selected when the read ends
    if (!selectKey(key)) {
        mKeyToShow.clear();
        emit keyMissing(key);
    }
}

bool MetadataDock::selectKey(const QString &key)
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
