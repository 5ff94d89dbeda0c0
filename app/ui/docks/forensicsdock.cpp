// SPDX-License-Identifier: MIT
#include "ui/docks/forensicsdock.h"

#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "core/io/savefile.h"
#include "media/imagedecoder.h"
#include "media/jpegquantization.h"
#include "ui/canvas/imagescene.h"
#include "ui/docks/forensichistogramplot.h"

#include <QBuffer>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace provena {

namespace {

constexpr int kNoView = -1;

QString rectText(const QRect &rect)
{
    return QStringLiteral("%1,%2 %3×%4")
        .arg(rect.x())
        .arg(rect.y())
        .arg(rect.width())
        .arg(rect.height());
}

QString tablesText(const JpegQuantization &tables)
{
    QString text;
    for (const JpegQuantTable &table : tables.tables) {
        text += ForensicsDock::tr("Table %1 (%2-bit)").arg(table.slot).arg(table.precisionBits)
            + u'\n';
        for (int row = 0; row < 8; ++row) {
            for (int column = 0; column < 8; ++column)
                text += QString::number(table.values.at(row * 8 + column)).rightJustified(4);
            text += u'\n';
        }
    }
    return text;
}

} // namespace

struct ForensicsDock::Loaded
{
    quint64 request = 0;
    QImage photo;
    QSize fullSize;
    Error error;
    ImageHistogram histogram;
    std::optional<JpegQuantization> tables;
    QString tablesError;
};

ForensicsDock::ForensicsDock(QWidget *parent)
    : QDockWidget(tr("Forensics"), parent)
    , mAidNote(new QLabel(this))
    , mView(new QComboBox(this))
    , mQuality(new QSpinBox(this))
    , mAmplification(new QDoubleSpinBox(this))
    , mOpacity(new QSlider(Qt::Horizontal, this))
    , mProgress(new QProgressBar(this))
    , mCancel(new QPushButton(tr("Cancel"), this))
    , mStatus(new QLabel(this))
    , mExplanation(new QLabel(this))
    , mSuggestions(new QListWidget(this))
    , mAccept(new QPushButton(tr("Accept as Region"), this))
    , mReject(new QPushButton(tr("Reject"), this))
    , mExport(new QPushButton(tr("Export View as Image…"), this))
    , mHistogram(new ForensicHistogramPlot(this))
    , mJpegSummary(new QLabel(this))
    , mJpegTables(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("forensicsDock"));

    mAidNote->setText(tr("These views are aids for your judgement: they show evidence, they do "
                         "not declare an image fake. Check what they show against the photo."));
    mAidNote->setWordWrap(true);
    mAidNote->setObjectName(QStringLiteral("forensicsAidNote"));
    mAidNote->setStyleSheet(QStringLiteral("QLabel { font-style: italic; }"));

    mView->addItem(tr("None"), kNoView);
    for (const ForensicView::Kind kind : ForensicView::allKinds())
        mView->addItem(ForensicView::title(kind), int(kind));
    mQuality->setRange(1, 100);
    mQuality->setValue(ImageForensics::kDefaultElaQuality);
    mQuality->setToolTip(tr("The JPEG quality the photo is saved at again for the comparison."));
    mAmplification->setRange(1, 100);
    mAmplification->setDecimals(0);
    mAmplification->setValue(ImageForensics::kDefaultElaAmplification);
    mAmplification->setPrefix(QStringLiteral("×"));
    mAmplification->setToolTip(tr("How much the differences are brightened."));
    mOpacity->setRange(0, 100);
    mOpacity->setValue(70);
    mOpacity->setToolTip(tr("Opacity of the view over the photo."));
    mProgress->setRange(0, 0); // busy: none of the steps reports a fraction
    mProgress->setMaximumHeight(12);
    mProgress->setTextVisible(false);
    mStatus->setWordWrap(true);
    mExplanation->setWordWrap(true);
    mSuggestions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mSuggestions->setMaximumHeight(90);
    mJpegSummary->setWordWrap(true);
    mJpegTables->setReadOnly(true);
    mJpegTables->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    mJpegTables->setMinimumHeight(80);

    auto *form = new QFormLayout;
    form->addRow(tr("&View:"), mView);
    form->addRow(tr("&Quality:"), mQuality);
    form->addRow(tr("&Amplification:"), mAmplification);
    form->addRow(tr("&Opacity:"), mOpacity);

    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(mProgress, 1);
    busyRow->addWidget(mCancel);

    auto *suggestionButtons = new QHBoxLayout;
    suggestionButtons->addWidget(mAccept);
    suggestionButtons->addWidget(mReject);
    suggestionButtons->addStretch(1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(mAidNote);
    layout->addLayout(form);
    layout->addLayout(busyRow);
    layout->addWidget(mStatus);
    layout->addWidget(mExplanation);
    layout->addWidget(new QLabel(tr("Copy-move suggestions:"), content));
    layout->addWidget(mSuggestions);
    layout->addLayout(suggestionButtons);
    layout->addWidget(mExport);
    layout->addWidget(new QLabel(tr("Histogram:"), content));
    layout->addWidget(mHistogram);
    layout->addWidget(new QLabel(tr("JPEG quantisation tables:"), content));
    layout->addWidget(mJpegSummary);
    layout->addWidget(mJpegTables, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    setWidget(scroll);

    connect(mView, &QComboBox::currentIndexChanged, this, [this] {
        const std::optional<ForensicView::Kind> kind = chosenKind();
        // Each view has its own sensible amplification; switching resets it.
        if (kind == ForensicView::Kind::NoiseResidual)
            mAmplification->setValue(ImageForensics::kDefaultNoiseAmplification);
        else if (kind == ForensicView::Kind::ErrorLevel)
            mAmplification->setValue(ImageForensics::kDefaultElaAmplification);
        startView();
    });
    connect(mQuality, &QSpinBox::valueChanged, this, [this] {
        if (chosenKind() == ForensicView::Kind::ErrorLevel)
            startView();
    });
    connect(mAmplification, &QDoubleSpinBox::valueChanged, this, [this] {
        const std::optional<ForensicView::Kind> kind = chosenKind();
        if (kind == ForensicView::Kind::ErrorLevel || kind == ForensicView::Kind::NoiseResidual)
            startView();
    });
    connect(mOpacity, &QSlider::valueChanged, this, [this] {
        if (mScene)
            mScene->setOverlayOpacity(opacity());
    });
    connect(mCancel, &QPushButton::clicked, this, [this] {
        cancelWork();
        mStatus->setText(tr("Cancelled."));
        updateControls();
    });
    connect(mAccept, &QPushButton::clicked, this, &ForensicsDock::acceptSuggestions);
    connect(mReject, &QPushButton::clicked, this, &ForensicsDock::rejectSuggestions);
    connect(mSuggestions, &QListWidget::itemSelectionChanged, this, &ForensicsDock::updateControls);
    connect(mExport, &QPushButton::clicked, this, &ForensicsDock::chooseExportFile);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && mStale)
            startLoading();
        // Closing the dock takes its view off the canvas; a tab raised over it does not.
        if (!visible && isHidden() && mScene)
            mScene->clearOverlay();
        if (visible)
            onImageShown(mImageIndex);
    });
    updateControls();
}

ForensicsDock::~ForensicsDock()
{
    // Workers hold only copies and their flag; they stop at their next check.
    cancelWork();
}

void ForensicsDock::setDocument(ArticleDocument *document)
{
    mDocument = document;
    setImage(-1);
}

void ForensicsDock::setScene(ImageScene *scene)
{
    mScene = scene;
}

void ForensicsDock::setImage(int index)
{
    cancelWork();
    mImageIndex = index;
    mImagePath.clear();
    if (mDocument && index >= 0 && index < mDocument->article().images.size())
        mImagePath = mDocument->article().images.at(index).localPath;
    mPhoto = QImage();
    mFullSize = QSize();
    mOutput = {};
    mOutputKind.reset();
    if (mScene)
        mScene->clearOverlay();
    mSuggestions->clear();
    mHistogram->setHistogram({});
    mJpegSummary->clear();
    mJpegTables->clear();
    mStatus->setText(mImagePath.isEmpty() && index >= 0
                         ? tr("This image has no local file to analyse.")
                         : QString());
    mStale = !mImagePath.isEmpty();
    if (mStale && isVisible())
        startLoading();
    updateControls();
}

void ForensicsDock::onImageShown(int index)
{
    if (mScene && index == mImageIndex && hasView() && mScene->imageIndex() == index)
        mScene->setOverlay(mOutput.image, opacity());
}

bool ForensicsDock::isBusy() const
{
    return mLoading || mComputing;
}

std::optional<ForensicView::Kind> ForensicsDock::chosenKind() const
{
    const int data = mView->currentData().toInt();
    if (data == kNoView)
        return std::nullopt;
    return ForensicView::Kind(data);
}

double ForensicsDock::opacity() const
{
    return mOpacity->value() / 100.0;
}

void ForensicsDock::cancelWork()
{
    if (mLoadCancel)
        mLoadCancel->store(true);
    if (mViewCancel)
        mViewCancel->store(true);
    ++mLoadRequest;
    ++mViewRequest;
    mLoading = false;
    mComputing = false;
}

void ForensicsDock::startLoading()
{
    mStale = false;
    if (mImagePath.isEmpty())
        return;
    if (mLoadCancel)
        mLoadCancel->store(true);
    mLoadCancel = std::make_shared<std::atomic_bool>(false);
    const CancelFlag cancel = mLoadCancel;
    const quint64 request = ++mLoadRequest;
    const QString path = mImagePath;
    mLoading = true;
    mStatus->setText(tr("Reading “%1”…").arg(QFileInfo(path).fileName()));
    updateControls();

    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Loaded loaded = watcher->result();
        if (loaded.request == mLoadRequest)
            showLoaded(loaded);
    });
    watcher->setFuture(QtConcurrent::run([request, path, cancel] {
        Loaded loaded;
        loaded.request = request;
        const Result<ImageInfo> info = ImageDecoder::probe(path);
        if (!info) {
            loaded.error = info.error();
            return loaded;
        }
        loaded.fullSize = info->size;
        DecodeOptions options;
        // ELA needs the pixels as saved, so full size whenever memory allows; past that a
        // reduced decode still shows gross differences.
        if (info->pixelCount() > kMaxAnalysedPixels)
            options.maxSide = kReducedSide;
        Result<QImage> photo = ImageDecoder::decode(path, options);
        if (!photo) {
            loaded.error = photo.error();
            return loaded;
        }
        loaded.photo = std::move(photo).value();
        if (cancel->load())
            return loaded;
        if (const Result<ImageHistogram> histogram = ImageForensics::histogram(loaded.photo))
            loaded.histogram = histogram.value();
        const Result<JpegQuantization> tables = JpegQuantization::read(path);
        if (tables)
            loaded.tables = tables.value();
        else
            loaded.tablesError = tables.error().message;
        return loaded;
    }));
}

void ForensicsDock::showLoaded(const Loaded &loaded)
{
    mLoading = false;
    if (loaded.photo.isNull()) {
        mStatus->setText(loaded.error.message);
        updateControls();
        Q_EMIT imageAnalysed();
        return;
    }
    mPhoto = loaded.photo;
    mFullSize = loaded.fullSize.isValid() ? loaded.fullSize : loaded.photo.size();
    mStatus->setText(mPhoto.size() == mFullSize
                         ? QString()
                         : tr("Analysed at %1×%2 of %3×%4 pixels (a reduced decode).")
                               .arg(mPhoto.width())
                               .arg(mPhoto.height())
                               .arg(mFullSize.width())
                               .arg(mFullSize.height()));
    mHistogram->setHistogram(loaded.histogram);
    if (loaded.tables) {
        QString summary = loaded.tables->note;
        if (loaded.tables->estimatedQuality > 0)
            summary = tr("Estimated quality: %1.").arg(loaded.tables->estimatedQuality) + u' '
                + summary;
        mJpegSummary->setText(summary);
        mJpegTables->setPlainText(tablesText(*loaded.tables));
    } else {
        mJpegSummary->setText(loaded.tablesError);
    }
    updateControls();
    Q_EMIT imageAnalysed();
    if (chosenKind())
        startView();
}

void ForensicsDock::startView()
{
    if (mViewCancel)
        mViewCancel->store(true);
    const quint64 request = ++mViewRequest;
    mComputing = false;
    mOutput = {};
    mOutputKind.reset();
    mSuggestions->clear();
    if (mScene)
        mScene->clearOverlay();
    const std::optional<ForensicView::Kind> kind = chosenKind();
    mExplanation->setText(kind ? ForensicView::explanation(*kind) : QString());
    if (!kind || mPhoto.isNull()) {
        if (kind && mStale)
            startLoading(); // the view is computed when the image is read
        updateControls();
        return;
    }
    mViewCancel = std::make_shared<std::atomic_bool>(false);
    const CancelFlag cancel = mViewCancel;
    ForensicView::Parameters parameters;
    parameters.kind = *kind;
    parameters.quality = mQuality->value();
    parameters.amplification = mAmplification->value();
    mComputing = true;
    mStatus->setText(tr("Computing %1…").arg(ForensicView::title(*kind)));
    updateControls();

    using Computed = Result<ForensicView::Output>;
    auto *watcher = new QFutureWatcher<Computed>(this);
    connect(watcher, &QFutureWatcher<Computed>::finished, this, [this, watcher, request, kind] {
        watcher->deleteLater();
        if (request != mViewRequest)
            return;
        mComputing = false;
        const Computed computed = watcher->result();
        if (!computed) {
            mStatus->setText(tr("%1 of “%2” failed: %3")
                                 .arg(ForensicView::title(*kind), QFileInfo(mImagePath).fileName(),
                                      computed.error().message));
            updateControls();
            Q_EMIT viewFinished(false);
            return;
        }
        mOutput = computed.value();
        mOutputKind = kind;
        if (mScene && mScene->imageIndex() == mImageIndex)
            mScene->setOverlay(mOutput.image, opacity());
        if (*kind == ForensicView::Kind::CopyMove) {
            showSuggestions();
            mStatus->setText(
                mOutput.matches.isEmpty()
                    ? tr("No cloned areas found in “%1”.").arg(QFileInfo(mImagePath).fileName())
                    : tr("%n pair(s) of areas look copied in “%1”.", "",
                         int(mOutput.matches.size()))
                          .arg(QFileInfo(mImagePath).fileName()));
        } else {
            mStatus->clear();
        }
        updateControls();
        Q_EMIT viewFinished(true);
    });
    const QImage photo = mPhoto;
    watcher->setFuture(QtConcurrent::run([photo, parameters, cancel] {
        return ForensicView::compute(photo, parameters, [cancel] { return cancel->load(); });
    }));
}

void ForensicsDock::showSuggestions()
{
    mSuggestions->clear();
    for (int i = 0; i < mOutput.matches.size(); ++i) {
        const CopyMoveMatch &match = mOutput.matches.at(i);
        auto *item = new QListWidgetItem(tr("%1 ↔ %2 (%n matching keypoint(s))", "", match.support)
                                             .arg(rectText(match.source), rectText(match.target)),
                                         mSuggestions);
        item->setData(Qt::UserRole, i);
    }
    if (mSuggestions->count() > 0)
        mSuggestions->setCurrentRow(0);
}

void ForensicsDock::redrawCopyMoveOverlay()
{
    QImage transparent(mPhoto.size(), QImage::Format_ARGB32_Premultiplied);
    transparent.fill(Qt::transparent);
    mOutput.image = CopyMoveDetector::drawMatches(transparent, mOutput.matches);
    if (mScene && mScene->imageIndex() == mImageIndex)
        mScene->setOverlay(mOutput.image, opacity());
    showSuggestions();
    updateControls();
}

void ForensicsDock::acceptSuggestions()
{
    if (!mDocument || mPhoto.isNull() || mImageIndex < 0)
        return;
    const double sx = double(mFullSize.width()) / mPhoto.width();
    const double sy = double(mFullSize.height()) / mPhoto.height();
    const auto toImage = [sx, sy](const QRect &rect) {
        return QRectF(rect.x() * sx, rect.y() * sy, rect.width() * sx, rect.height() * sy);
    };
    QList<Region> regions;
    QList<int> accepted;
    for (const QListWidgetItem *item : mSuggestions->selectedItems()) {
        const int i = item->data(Qt::UserRole).toInt();
        const CopyMoveMatch &match = mOutput.matches.at(i);
        const QString note = tr("Copy-move suggestion: %1 and %2 look copied one onto the other "
                                "(%n matching keypoint(s)). An aid, not a verdict.",
                                "", match.support)
                                 .arg(rectText(toImage(match.source).toRect()),
                                      rectText(toImage(match.target).toRect()));
        for (const QRect &rect : {match.source, match.target}) {
            Region region;
            region.id = QUuid::createUuid();
            region.imageIndex = mImageIndex;
            region.geometry = RegionGeometry::rectangle(toImage(rect)).clampedTo(QSizeF(mFullSize));
            region.label = QStringLiteral("manipulation");
            region.note = note;
            regions.append(region);
        }
        accepted.append(i);
    }
    if (regions.isEmpty())
        return;
    mDocument->undoStack()->push(new AddRegionsCommand(mDocument, regions));
    std::sort(accepted.begin(), accepted.end(), std::greater<>());
    for (const int i : std::as_const(accepted))
        mOutput.matches.removeAt(i);
    redrawCopyMoveOverlay();
}

void ForensicsDock::rejectSuggestions()
{
    QList<int> rejected;
    for (const QListWidgetItem *item : mSuggestions->selectedItems())
        rejected.append(item->data(Qt::UserRole).toInt());
    std::sort(rejected.begin(), rejected.end(), std::greater<>());
    for (const int i : std::as_const(rejected))
        mOutput.matches.removeAt(i);
    redrawCopyMoveOverlay();
}

Status ForensicsDock::exportView(const QString &path) const
{
    if (!mOutputKind || mOutput.image.isNull())
        return Error {tr("There is no forensic view to export."), {}, path};
    const QImage image = ForensicView::exportImage(mOutput, *mOutputKind, mPhoto);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Error {tr("Could not encode the view as PNG for “%1”.").arg(path), {}, path};
    return saveAtomically(path, png);
}

void ForensicsDock::chooseExportFile()
{
    if (!mOutputKind)
        return;
    const QFileInfo image(mImagePath);
    const QString suggested = image.dir().filePath(
        image.completeBaseName() + u'-' + ForensicView::id(*mOutputKind) + QStringLiteral(".png"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export View as Image"), suggested,
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (const Status written = exportView(path); !written)
        QMessageBox::warning(this, tr("Export View as Image"), written.error().message);
    else
        mStatus->setText(tr("Exported to “%1”.").arg(QFileInfo(path).fileName()));
}

void ForensicsDock::updateControls()
{
    const std::optional<ForensicView::Kind> kind = chosenKind();
    mQuality->setEnabled(kind == ForensicView::Kind::ErrorLevel);
    mAmplification->setEnabled(kind == ForensicView::Kind::ErrorLevel
                               || kind == ForensicView::Kind::NoiseResidual);
    mProgress->setVisible(isBusy());
    mCancel->setVisible(isBusy());
    const bool copyMove = mOutputKind == ForensicView::Kind::CopyMove;
    mSuggestions->setEnabled(copyMove);
    const bool selected = copyMove && !mSuggestions->selectedItems().isEmpty();
    mAccept->setEnabled(selected && mDocument);
    mReject->setEnabled(selected);
    mExport->setEnabled(hasView());
}

} // namespace provena
