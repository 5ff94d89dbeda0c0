// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "media/forensicview.h"

#include <QDockWidget>
#include <QImage>
#include <QPointer>

#include <atomic>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;

namespace provena {

class ArticleDocument;
class ForensicHistogramPlot;
class ImageScene;

/**
 * Forensic views of the image on the canvas: error level analysis (quality and amplification),
 * noise residual, luminance gradient and copy-move detection, laid over the photo with an
 * opacity; the image's histogram and its JPEG quantisation tables with an estimated quality.
 * Copy-move matches are offered as suggestions that become `manipulation` regions when
 * accepted (AddRegionsCommand, undoable). The dock says that these are aids that show
 * evidence, not a verdict.
 *
 * Decoding and every view run on QtConcurrent workers; a newer request cancels the older one
 * and only the newest result is shown. The image is analysed at full size up to
 * kMaxAnalysedPixels, above that from a reduced decode that the overlay stretches to full size.
 */
class ForensicsDock : public QDockWidget
{
    Q_OBJECT

public:
    /** Larger photos are analysed from a reduced decode (longer side kReducedSide). */
    static constexpr qint64 kMaxAnalysedPixels = 40'000'000;
    static constexpr int kReducedSide = 6000;

    explicit ForensicsDock(QWidget *parent = nullptr);
    ~ForensicsDock() override;

    void setDocument(ArticleDocument *document);
    /** The canvas scene the overlay goes on (not owned). */
    void setScene(ImageScene *scene);
    /** The canvas shows image 'index' of the document now (-1: none). */
    void setImage(int index);

    /** The canvas shows image 'index' now: lays the view over it if it is for that image. */
    void onImageShown(int index);

    /** Writes the current view as a PNG (copy-move: outlines over the photo). */
    [[nodiscard]] Status exportView(const QString &path) const;
    /** A view is computed and shown. */
    bool hasView() const { return !mOutput.image.isNull(); }
    bool isBusy() const;

    QComboBox *viewBox() const { return mView; }
    QSpinBox *qualityBox() const { return mQuality; }
    QDoubleSpinBox *amplificationBox() const { return mAmplification; }
    QSlider *opacitySlider() const { return mOpacity; }
    QListWidget *suggestionList() const { return mSuggestions; }
    QPushButton *acceptButton() const { return mAccept; }
    QPushButton *rejectButton() const { return mReject; }
    QPushButton *exportButton() const { return mExport; }
    QPushButton *cancelButton() const { return mCancel; }
    QLabel *statusLabel() const { return mStatus; }
    QLabel *aidNote() const { return mAidNote; }
    QLabel *jpegLabel() const { return mJpegSummary; }
    ForensicHistogramPlot *histogramPlot() const { return mHistogram; }

Q_SIGNALS:
    /** The image was decoded and its histogram and JPEG tables are shown (or its error). */
    void imageAnalysed();
    /** A view was computed and laid over the photo, or it failed (statusLabel() says why). */
    void viewFinished(bool ok);

private:
    struct Loaded;
    using CancelFlag = std::shared_ptr<std::atomic_bool>;

    void startLoading();
    void showLoaded(const Loaded &loaded);
    void startView();
    void cancelWork();
    void updateControls();
    void showSuggestions();
    void redrawCopyMoveOverlay();
    void acceptSuggestions();
    void rejectSuggestions();
    void chooseExportFile();
    std::optional<ForensicView::Kind> chosenKind() const;
    double opacity() const;

    QPointer<ArticleDocument> mDocument;
    QPointer<ImageScene> mScene;
    int mImageIndex = -1;
    QString mImagePath;
    bool mStale = false; ///< the image changed while the dock was hidden

    QImage mPhoto; ///< the decoded image the views are computed on
    QSize mFullSize; ///< the image's oriented size; regions are in these pixels
    ForensicView::Output mOutput;
    std::optional<ForensicView::Kind> mOutputKind;

    quint64 mLoadRequest = 0;
    quint64 mViewRequest = 0;
    CancelFlag mLoadCancel;
    CancelFlag mViewCancel;
    bool mLoading = false;
    bool mComputing = false;

    QLabel *mAidNote;
    QComboBox *mView;
    QSpinBox *mQuality;
    QDoubleSpinBox *mAmplification;
    QSlider *mOpacity;
    QProgressBar *mProgress;
    QPushButton *mCancel;
    QLabel *mStatus;
    QLabel *mExplanation;
    QListWidget *mSuggestions;
    QPushButton *mAccept;
    QPushButton *mReject;
    QPushButton *mExport;
    ForensicHistogramPlot *mHistogram;
    QLabel *mJpegSummary;
    QPlainTextEdit *mJpegTables;
};

} // namespace provena
