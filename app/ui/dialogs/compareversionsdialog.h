// SPDX-License-Identifier: MIT
#pragma once

#include "media/imagematcher.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>
#include <QPointer>

class QLabel;
class QPushButton;
class QRadioButton;
class QSlider;

namespace provena {

class ArticleDocument;
class VersionOverlay;

/**
 * Compare with Another Version…: image A (an image of the open article) with another version B
 * aligned over it by ImageMatcher, which runs on a worker (QtConcurrent) so the window stays
 * responsive. Three views: B over A with an opacity slider, a swipe (A left of a divider the
 * user drags, B right of it) and the absolute difference. The relation, B's rectangle in A,
 * scale, hashes and distance are shown as text.
 *
 * Copy Regions to This Version maps A's regions through the alignment onto B when B is an image
 * of the same article (one AddRegionsCommand, undoable), clipped to B. Record as Derived From
 * adds an accepted DerivedFrom claim to A's provenance (AddClaimsCommand, undoable): A was made
 * from B, with B by SHA-256 (and article image, if it is one) and the match as evidence.
 */
class CompareVersionsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Overlay, Swipe, Difference };

    /** `document` may be null (then regions cannot be copied); `imageIndex` is A's index. */
    CompareVersionsDialog(ArticleDocument *document, int imageIndex, const QString &pathA,
                          QWidget *parent = nullptr);
    ~CompareVersionsDialog() override;

    /** Starts matching `pathB` against A (Choose… calls this with the user's file). */
    void compareWith(const QString &pathB);

    /** The last successful match; samePicture false before one. */
    const ImageMatch &match() const { return mMatch; }
    /** True while the matcher runs. */
    bool isMatching() const;
    Mode mode() const;
    /** The article image B is, or -1 when it is not one of the open article's images. */
    int versionImageIndex() const { return mImageIndexB; }
    /** What the view shows now (A's size), for tests and export. */
    QImage renderedView() const;

signals:
    /** The matcher finished; `ok` is false on an error or no match (the text says why). */
    void comparisonFinished(bool ok);

private:
    void chooseVersion();
    void showResult();
    void copyRegions();
    void recordDerivedFrom();
    void updateView();

    QPointer<ArticleDocument> mDocument;
    int mImageIndexA = 0;
    int mImageIndexB = -1;
    QString mPathA;
    QString mPathB;
    QImage mImageA;
    QImage mImageB;
    ImageMatch mMatch;
    QFutureWatcher<Result<ImageMatch>> mWatcher;

    VersionOverlay *mView = nullptr;
    QLabel *mInfo = nullptr;
    QRadioButton *mOverlayMode = nullptr;
    QRadioButton *mSwipeMode = nullptr;
    QRadioButton *mDifferenceMode = nullptr;
    QSlider *mOpacity = nullptr;
    QPushButton *mChoose = nullptr;
    QPushButton *mCopyRegions = nullptr;
    QPushButton *mRecordDerived = nullptr;
};

} // namespace provena
