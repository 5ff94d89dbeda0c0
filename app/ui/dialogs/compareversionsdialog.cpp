// SPDX-License-Identifier: MIT
#include "ui/dialogs/compareversionsdialog.h"

#include "core/commands/addremoveclaims.h"
#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "media/imagedecoder.h"
#include "ui/dialogs/versionoverlay.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace provena {

namespace {

/** The longest side shown: the view is a comparison, not a pixel-exact viewer. */
constexpr int kViewSide = 2048;

QString hex(quint64 hash)
{
    return QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0'));
}

QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

/** `geometry` (in A's pixels) in B's pixels, clipped to B; nullopt when nothing of it is left. */
std::optional<RegionGeometry> mapToVersion(const RegionGeometry &geometry, const QTransform &aToB,
                                           const QRectF &boundsB)
{
    const QPolygonF mapped = aToB.map(geometry.points());
    switch (geometry.shape()) {
    case RegionGeometry::Shape::Rectangle:
    case RegionGeometry::Shape::Ellipse: {
        const QRectF rect = aToB.mapRect(geometry.boundingRect()).intersected(boundsB);
        if (rect.width() < 1 || rect.height() < 1)
            return std::nullopt;
        return geometry.shape() == RegionGeometry::Shape::Rectangle
            ? RegionGeometry::rectangle(rect)
            : RegionGeometry::ellipse(rect);
    }
    case RegionGeometry::Shape::Point:
        if (mapped.isEmpty() || !boundsB.contains(mapped.first()))
            return std::nullopt;
        return RegionGeometry::point(mapped.first());
    case RegionGeometry::Shape::Polygon:
    case RegionGeometry::Shape::Polyline: {
        const QPolygonF clipped = geometry.shape() == RegionGeometry::Shape::Polygon
            ? mapped.intersected(QPolygonF(boundsB))
            : mapped;
        QPolygonF inside;
        for (const QPointF &p : clipped)
            inside << QPointF(std::clamp(p.x(), boundsB.left(), boundsB.right()),
                              std::clamp(p.y(), boundsB.top(), boundsB.bottom()));
        if (geometry.shape() == RegionGeometry::Shape::Polygon && inside.size() > 1
            && inside.first() == inside.last())
            inside.removeLast();
        if (inside.size() < RegionGeometry::minimumPoints(geometry.shape())
            || inside.boundingRect().isEmpty())
            return std::nullopt;
        return geometry.shape() == RegionGeometry::Shape::Polygon
            ? RegionGeometry::polygon(inside)
            : RegionGeometry::polyline(inside);
    }
    }
    return std::nullopt;
}

} // namespace

CompareVersionsDialog::CompareVersionsDialog(ArticleDocument *document, int imageIndex,
                                             const QString &pathA, QWidget *parent)
    : QDialog(parent)
    , mDocument(document)
    , mImageIndexA(imageIndex)
    , mPathA(pathA)
{
    setWindowTitle(tr("Compare with Another Version — %1").arg(QFileInfo(pathA).fileName()));
    mView = new VersionOverlay(this);
    mInfo = new QLabel(tr("Choose another version of %1 to compare.").arg(pathA), this);
    mInfo->setWordWrap(true);
    mInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mOverlayMode = new QRadioButton(tr("&Overlay"), this);
    mSwipeMode = new QRadioButton(tr("&Swipe"), this);
    mDifferenceMode = new QRadioButton(tr("&Difference"), this);
    mOverlayMode->setChecked(true);
    mOpacity = new QSlider(Qt::Horizontal, this);
    mOpacity->setRange(0, 100);
    mOpacity->setValue(50);
    mOpacity->setToolTip(tr("Opacity of the other version (overlay) or the divider (swipe)"));
    mChoose = new QPushButton(tr("&Choose Other Version…"), this);
    mCopyRegions = new QPushButton(tr("Copy &Regions to This Version"), this);
    mCopyRegions->setEnabled(false);
    mRecordDerived = new QPushButton(tr("Record as &Derived From"), this);
    mRecordDerived->setToolTip(tr("Record in this image's provenance that it was made from the "
                                  "other version, with the match as evidence"));
    mRecordDerived->setEnabled(false);

    auto *modes = new QHBoxLayout;
    modes->addWidget(mOverlayMode);
    modes->addWidget(mSwipeMode);
    modes->addWidget(mDifferenceMode);
    modes->addWidget(mOpacity, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(mChoose, QDialogButtonBox::ActionRole);
    buttons->addButton(mCopyRegions, QDialogButtonBox::ActionRole);
    buttons->addButton(mRecordDerived, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mView, 1);
    layout->addLayout(modes);
    layout->addWidget(mInfo);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mChoose, &QPushButton::clicked, this, &CompareVersionsDialog::chooseVersion);
    connect(mCopyRegions, &QPushButton::clicked, this, &CompareVersionsDialog::copyRegions);
    connect(mRecordDerived, &QPushButton::clicked, this, &CompareVersionsDialog::recordDerivedFrom);
    for (QRadioButton *button : {mOverlayMode, mSwipeMode, mDifferenceMode})
        connect(button, &QRadioButton::toggled, this, &CompareVersionsDialog::updateView);
    connect(mOpacity, &QSlider::valueChanged, this, &CompareVersionsDialog::updateView);
    connect(&mWatcher, &QFutureWatcher<Result<ImageMatch>>::finished, this,
            &CompareVersionsDialog::showResult);

    DecodeOptions options;
    options.maxSide = kViewSide;
    const Result<QImage> a = ImageDecoder::decode(pathA, options);
    if (a)
        mImageA = a.value();
    else
        mInfo->setText(a.error().message);
}

CompareVersionsDialog::~CompareVersionsDialog()
{
    mWatcher.waitForFinished(); // the worker only reads files; let it end before we go
}

bool CompareVersionsDialog::isMatching() const
{
    return mWatcher.isRunning();
}

CompareVersionsDialog::Mode CompareVersionsDialog::mode() const
{
    if (mSwipeMode->isChecked())
        return Mode::Swipe;
    return mDifferenceMode->isChecked() ? Mode::Difference : Mode::Overlay;
}

QImage CompareVersionsDialog::renderedView() const
{
    return mView->composed();
}

void CompareVersionsDialog::chooseVersion()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Another Version of %1").arg(QFileInfo(mPathA).fileName()),
        QFileInfo(mPathA).absolutePath(),
        tr("Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif)"));
    if (!path.isEmpty())
        compareWith(path);
}

void CompareVersionsDialog::compareWith(const QString &pathB)
{
    if (mWatcher.isRunning())
        return;
    mPathB = pathB;
    mMatch = ImageMatch();
    mCopyRegions->setEnabled(false);
    mRecordDerived->setEnabled(false);
    mChoose->setEnabled(false);
    mInfo->setText(tr("Matching %1 with %2…").arg(pathB, mPathA));
    const QString pathA = mPathA;
    mWatcher.setFuture(
        QtConcurrent::run([pathA, pathB] { return ImageMatcher::match(pathA, pathB); }));
}

void CompareVersionsDialog::showResult()
{
    mChoose->setEnabled(true);
    const Result<ImageMatch> result = mWatcher.result();
    if (!result) {
        mInfo->setText(result.error().message);
        emit comparisonFinished(false);
        return;
    }
    mMatch = result.value();
    DecodeOptions options;
    options.maxSide = kViewSide;
    const Result<QImage> b = ImageDecoder::decode(mPathB, options);
    if (!b) {
        mInfo->setText(b.error().message);
        emit comparisonFinished(false);
        return;
    }
    mImageB = b.value();
    // The match is in full-size pixels; the view shows reduced decodes of both.
    const QTransform toViewA
        = QTransform::fromScale(double(mImageA.width()) / mMatch.sizeA.width(),
                                double(mImageA.height()) / mMatch.sizeA.height());
    const QTransform fromViewB
        = QTransform::fromScale(double(mMatch.sizeB.width()) / mImageB.width(),
                                double(mMatch.sizeB.height()) / mImageB.height());
    mView->setImages(mImageA, mImageB, fromViewB * mMatch.transform * toViewA);

    mImageIndexB = -1;
    if (mDocument) {
        const QList<ImageRef> &images = mDocument->article().images;
        for (qsizetype i = 0; i < images.size(); ++i)
            if (i != mImageIndexA && !images.at(i).localPath.isEmpty()
                && canonical(images.at(i).localPath) == canonical(mPathB))
                mImageIndexB = int(i);
    }
    mCopyRegions->setEnabled(mImageIndexB >= 0
                             && !mDocument->regionsOnImage(mImageIndexA).isEmpty());
    mRecordDerived->setEnabled(mDocument != nullptr);
    mCopyRegions->setToolTip(
        mImageIndexB >= 0 ? QString() : tr("%1 is not an image of this article.").arg(mPathB));

    const QRectF &r = mMatch.rectInA;
    mInfo->setText(tr("%1 (%2). B lies in A at x %3, y %4, %5 × %6 pixels; scale %7; %8 matching "
                      "features.\nA: %9, SHA-256 %10, dHash %11\nB: %12, SHA-256 %13, dHash %14 — "
                      "distance %15 (mirrored %16)")
                       .arg(mMatch.relation(), mMatch.relations().join(QStringLiteral(", ")))
                       .arg(r.x(), 0, 'f', 1)
                       .arg(r.y(), 0, 'f', 1)
                       .arg(r.width(), 0, 'f', 1)
                       .arg(r.height(), 0, 'f', 1)
                       .arg(mMatch.scale, 0, 'f', 3)
                       .arg(mMatch.inliers)
                       .arg(mPathA, QString::fromLatin1(mMatch.sha256A), hex(mMatch.dHashA), mPathB,
                            QString::fromLatin1(mMatch.sha256B), hex(mMatch.dHashB))
                       .arg(mMatch.distance)
                       .arg(mMatch.mirroredDistance));
    updateView();
    emit comparisonFinished(true);
}

void CompareVersionsDialog::updateView()
{
    const Mode current = mode();
    mView->setMode(current == Mode::Swipe            ? VersionOverlay::Mode::Swipe
                       : current == Mode::Difference ? VersionOverlay::Mode::Difference
                                                     : VersionOverlay::Mode::Overlay);
    mOpacity->setEnabled(current != Mode::Difference);
    if (current == Mode::Swipe)
        mView->setSwipe(mOpacity->value() / 100.0);
    else
        mView->setOpacity(mOpacity->value() / 100.0);
}

void CompareVersionsDialog::copyRegions()
{
    if (!mDocument || mImageIndexB < 0 || !mMatch.samePicture)
        return;
    bool invertible = false;
    const QTransform aToB = mMatch.transform.inverted(&invertible);
    if (!invertible)
        return;
    const QRectF boundsB(QPointF(0, 0), QSizeF(mMatch.sizeB));
    QList<Region> copies;
    for (const Region &region : mDocument->regionsOnImage(mImageIndexA)) {
        const std::optional<RegionGeometry> geometry = mapToVersion(region.geometry, aToB, boundsB);
        if (!geometry)
            continue;
        Region copy;
        copy.id = QUuid::createUuid();
        copy.imageIndex = mImageIndexB;
        copy.geometry = *geometry;
        copy.label = region.label;
        copy.note = region.note;
        copies.append(copy);
    }
    if (copies.isEmpty()) {
        mInfo->setText(tr("None of the regions of %1 lies inside %2.").arg(mPathA, mPathB));
        return;
    }
    mDocument->undoStack()->push(new AddRegionsCommand(mDocument, copies));
    mInfo->setText(tr("Copied %n region(s) to %1.", nullptr, int(copies.size())).arg(mPathB));
}

void CompareVersionsDialog::recordDerivedFrom()
{
    if (!mDocument || !mMatch.samePicture)
        return;
    const QRectF &r = mMatch.rectInA;
    ProvenanceClaim claim;
    claim.role = ClaimRole::DerivedFrom;
    claim.value = mPathB;
    claim.status = ClaimStatus::Accepted;
    claim.evidence.append(Evidence::image(mImageIndexB, QString::fromLatin1(mMatch.sha256B)));
    // Machine-found, not the analyst's words, but a note is the evidence kind that holds text.
    claim.evidence.append(Evidence::analystNote(
        tr("Matched with Provena: %1 is %2 of this image; its rectangle in this image's pixels "
           "is x %3, y %4, %5 × %6, scale %7; %8 matching features; perceptual hash distance %9.")
            .arg(mPathB, mMatch.relations().join(QStringLiteral(", ")))
            .arg(r.x(), 0, 'f', 1)
            .arg(r.y(), 0, 'f', 1)
            .arg(r.width(), 0, 'f', 1)
            .arg(r.height(), 0, 'f', 1)
            .arg(mMatch.scale, 0, 'f', 3)
            .arg(mMatch.inliers)
            .arg(std::min(mMatch.distance, mMatch.mirroredDistance))));
    mDocument->undoStack()->push(new AddClaimsCommand(mDocument, mImageIndexA, {claim}));
    mInfo->setText(tr("Recorded that %1 is derived from %2.").arg(mPathA, mPathB));
}

} // namespace provena
