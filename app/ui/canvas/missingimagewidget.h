// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QPair>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace provena {

/**
 * Stands in for the canvas when an image has no local file (or cannot be decoded): says which
 * URL the article names and what the analyst can do about it — attach a file, or fetch it when
 * the URL is http(s) and Provena is not offline (the setting `network/offline`).
 *
 * A fetch itself runs elsewhere (FileActionHandler with an ImageFetchJob); the widget asks for
 * it (fetchRequested(), fetchCancelRequested()) and shows its progress and outcome, per image, so
 * that coming back to an image still being fetched shows its progress again.
 */
class MissingImageWidget : public QWidget
{
    Q_OBJECT

public:
    explicit MissingImageWidget(QWidget *parent = nullptr);

    void setImage(int index, const QString &url, const QString &problem);
    QPushButton *attachButton() const { return mAttach; }
    QPushButton *fetchButton() const { return mFetch; }
    QPushButton *cancelFetchButton() const { return mCancel; }
    QProgressBar *fetchProgress() const { return mProgress; }
    /** What the widget says about the image (why it is not shown, what to do). */
    QString problemText() const;

    /** Image `index` is being fetched: `received` of `total` bytes (-1: not known). */
    void showFetchProgress(int index, qint64 received, qint64 total);
    /** The fetch of image `index` failed: `message` replaces the help text. */
    void showFetchFailed(int index, const QString &message);
    /** The fetch of image `index` ended (the image is shown, or the failure was reported). */
    void fetchEnded(int index);
    /** Forgets every fetch (another document is shown). */
    void clearFetches();

Q_SIGNALS:
    void attachRequested(int index);
    void fetchRequested(int index);
    void fetchCancelRequested(int index);

private:
    void updateFetchControls();

    int mIndex = -1;
    bool mFetchable = false;
    QLabel *mTitle;
    QLabel *mUrl;
    QLabel *mHelp;
    QPushButton *mAttach;
    QPushButton *mFetch;
    QProgressBar *mProgress;
    QPushButton *mCancel;
    /** Images being fetched: bytes received and total (-1 when unknown). */
    QHash<int, QPair<qint64, qint64>> mFetching;
};

} // namespace provena
