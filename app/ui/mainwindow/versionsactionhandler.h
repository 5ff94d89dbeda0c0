// SPDX-License-Identifier: MIT
#pragma once

#include "session/versionfinder.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QDialog;
class QProgressDialog;
class QWidget;

namespace provena {

class ActionManager;
class CompareVersionsDialog;
class DocumentSession;

/**
 * Image › Compare with Another Version… (CompareVersionsDialog on the current image) and Find
 * Other Versions… (VersionFinder over a folder the user picks, on a worker behind a progress
 * dialog whose Cancel stops it; the versions found are listed with their articles, captions and
 * credits, and "Offer as Provenance Suggestions" hands their appearances to the Provenance dock).
 */
class VersionsActionHandler : public QObject
{
    Q_OBJECT

public:
    /** `currentImage` gives the index of the image shown in the canvas. */
    VersionsActionHandler(ActionManager *actions, DocumentSession *session,
                          std::function<int()> currentImage, QWidget *window);
    ~VersionsActionHandler() override;

    /** The folder to search; tests replace the file dialog. Empty cancels. */
    void setFolderChooser(std::function<QString(const QString &suggested)> chooser);

    void compareVersions();
    void findVersions();
    /** The compare dialog while it is open, else null. */
    CompareVersionsDialog *compareDialog() const;
    /** The results dialog of the last search while it is open, else null. */
    QDialog *resultsDialog() const;

Q_SIGNALS:
    /** The analyst offered a search's results as provenance suggestions for image
     *  `imageIndex` (the image searched for); nothing is recorded yet. */
    void versionSightingsOffered(int imageIndex, const QList<provena::VersionSighting> &sightings);

private:
    QString currentImagePath() const;
    void showFound();

    ActionManager *mActions;
    DocumentSession *mSession;
    std::function<int()> mCurrentImage;
    QWidget *mWindow;
    std::function<QString(const QString &)> mFolderChooser;
    QPointer<CompareVersionsDialog> mCompare;
    QPointer<QDialog> mResults;
    int mSearchedImage = -1; ///< the image index the running search is for
    QPointer<QProgressDialog> mProgress;
    std::shared_ptr<std::atomic_bool> mCancel;
    QFutureWatcher<Result<VersionSearch>> mWatcher;
};

} // namespace provena
