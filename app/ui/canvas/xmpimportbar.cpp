// SPDX-License-Identifier: MIT
#include "ui/canvas/xmpimportbar.h"

#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "metadata/xmpregionreader.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QtConcurrent>

namespace provena {

/** What the worker read for one request. */
struct XmpImportBar::Loaded
{
    quint64 request = 0;
    int imageIndex = -1;
    QString imagePath;
    std::optional<ShapeImport> found;
    Error error;
};

namespace {

/** "Face (2), car": the labels the article lacks, with how many regions carry each. */
QString labelCounts(const QMap<QString, int> &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts.append(it.value() > 1 ? QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value())
                                    : it.key());
    return parts.join(QStringLiteral(", "));
}

} // namespace

XmpImportBar::XmpImportBar(QWidget *parent)
    : QFrame(parent)
    , mText(new QLabel)
    , mImport(new QPushButton(tr("&Import")))
    , mDismiss(new QPushButton(tr("Dis&miss")))
{
    setObjectName(QStringLiteral("xmpImportBar"));
    setAccessibleName(tr("Regions in the image's XMP metadata"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xe8, 0xf0, 0xfe));
    p.setColor(QPalette::WindowText, QColor(0x17, 0x2b, 0x4d));
    setPalette(p);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    mText->setObjectName(QStringLiteral("xmpImportText"));
    mText->setWordWrap(true);
    mText->setTextFormat(Qt::PlainText);
    layout->addWidget(mText, 1);
    mImport->setObjectName(QStringLiteral("xmpImportButton"));
    mImport->setAccessibleName(tr("Import the regions from the image's XMP metadata"));
    mDismiss->setObjectName(QStringLiteral("xmpDismissButton"));
    mDismiss->setAccessibleName(tr("Hide this offer for this image"));
    layout->addWidget(mImport);
    layout->addWidget(mDismiss);
    connect(mImport, &QPushButton::clicked, this, &XmpImportBar::importRegions);
    connect(mDismiss, &QPushButton::clicked, this, &XmpImportBar::dismiss);
    hide();
}

XmpImportBar::~XmpImportBar() = default;

void XmpImportBar::setDocument(ArticleDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mDismissed.clear();
    mRemovedIds.clear();
    // A region deleted here is still in the sidecar until the next save writes it: not offered
    // back meanwhile.
    if (document)
        connect(document, &ArticleDocument::regionRemoved, this,
                [this](const QUuid &id) { mRemovedIds.insert(id); });
    mImageIndex = -1;
    mImagePath.clear();
    reset();
}

void XmpImportBar::reset()
{
    ++mRequest; // whatever is still being read is for another image or article
    mReading = false;
    mShowsReport = false;
    mFound.reset();
    mOffered = 0;
    mText->clear();
    hide();
}

void XmpImportBar::setImage(int index, bool shown)
{
    reset();
    mImageIndex = index;
    mImagePath.clear();
    if (!mDocument || !shown || index < 0 || index >= mDocument->article().images.size())
        return;
    mImagePath = mDocument->article().images.at(index).localPath;
    if (mImagePath.isEmpty() || mDismissed.contains(mImagePath))
        return;
    // Exiv2 reads the whole file and its sidecar: never on the UI thread.
    const quint64 request = mRequest;
    const QString path = mImagePath;
    mReading = true;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Loaded loaded = watcher->result();
        if (loaded.request != mRequest)
            return; // the analyst moved on
        mReading = false;
        showLoaded(loaded);
        Q_EMIT readFinished(loaded.imageIndex);
    });
    watcher->setFuture(QtConcurrent::run([request, index, path] {
        Loaded loaded;
        loaded.request = request;
        loaded.imageIndex = index;
        loaded.imagePath = path;
        Result<ShapeImport> read = XmpRegionReader::read(path);
        if (read)
            loaded.found = std::move(read.value());
        else
            loaded.error = read.error();
        return loaded;
    }));
}

void XmpImportBar::showLoaded(const Loaded &loaded)
{
    if (!mDocument)
        return;
    if (!loaded.found) {
        // A broken sidecar is worth saying (its regions cannot come in); an image Exiv2 cannot
        // read is the canvas's and the Metadata dock's to report.
        if (loaded.error.path.isEmpty() || loaded.error.path == loaded.imagePath)
            return;
        mText->setText(loaded.error.message);
        mImport->hide();
        show();
        return;
    }
    ShapeImport found = *loaded.found;
    found.shapes.removeIf([this](const ImportedShape &shape) {
        return !shape.provenaRegionId.isNull() && mRemovedIds.contains(shape.provenaRegionId);
    });
    const RegionImportPlan plan
        = RegionImportPlanner::plan(*mDocument, loaded.imageIndex, found.shapes);
    if (plan.regions.isEmpty())
        return;
    mFound = found;
    mOffered = int(plan.regions.size());
    mText->setText(tr("This image's XMP metadata holds %n region(s) that are not in the article "
                      "yet (e.g. faces tagged in digiKam), in %1.",
                      nullptr, mOffered)
                       .arg(QFileInfo(loaded.found->sourcePath).fileName()));
    mImport->show();
    show();
}

int XmpImportBar::offeredCount() const
{
    return mOffered;
}

QString XmpImportBar::text() const
{
    return mText->text();
}

void XmpImportBar::importRegions()
{
    if (!mDocument || !mFound)
        return;
    // Planned again now: the analyst may have drawn or removed regions since the offer.
    const RegionImportPlan plan
        = RegionImportPlanner::plan(*mDocument, mImageIndex, mFound->shapes);
    const int count = int(plan.regions.size());
    if (count > 0)
        mDocument->undoStack()->push(new AddRegionsCommand(mDocument, plan.regions));
    const QStringList refused = mFound->refused + plan.refused;
    mFound.reset();
    mOffered = 0;

    QStringList sentences;
    sentences.append(
        tr("Imported %n region(s); Edit › Undo takes them out again.", nullptr, count));
    if (!plan.unmappedLabels.isEmpty())
        sentences.append(tr("Labels this article does not have, left without a label: %1.")
                             .arg(labelCounts(plan.unmappedLabels)));
    if (!refused.isEmpty()) {
        // The bar stays one glance long; the first reasons name the kind of problem.
        constexpr qsizetype kShown = 3;
        QString list = refused.mid(0, kShown).join(u' ');
        if (refused.size() > kShown)
            list += u' ' + tr("(and %n more)", nullptr, int(refused.size() - kShown));
        sentences.append(tr("Not imported: %1").arg(list));
    }
    mText->setText(sentences.join(u' '));
    mImport->hide();
    mShowsReport = true;
    if (count > 0)
        Q_EMIT regionsImported(mImageIndex, count);
}

void XmpImportBar::dismiss()
{
    // Closing the report after an import is not refusing the offer: after an undo, showing the
    // image again offers the regions again.
    if (!mShowsReport && !mImagePath.isEmpty())
        mDismissed.insert(mImagePath);
    reset();
}

} // namespace provena
