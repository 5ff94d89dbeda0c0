// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "ui/mainwindow/prompt.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QMenu;
class QWidget;

namespace provena {

class ActionManager;
class ArticleDocument;
class CanvasPane;
class ChangeBar;
class DocumentSession;
class ImageFetchJob;
class OpenReportBar;

/**
 * The File menu's work (Tiled's DocumentManager with its file actions, for one article): open,
 * open recent, save, save as, reload, recovery after a crash, attaching a local image file and
 * closing the article, with the questions they ask and the bars they drive (ChangeBar,
 * OpenReportBar). The article itself is the DocumentSession's; this class decides when to ask
 * and what to tell the analyst. Adding a file action is one add() call in the constructor, its
 * slot here, and its id in MainWindow's menu list.
 */
class FileActionHandler : public QObject
{
    Q_OBJECT

public:
    /**
     * Creates the actions open, save, saveAs, reload, attachImage, closeArticle and
     * writeXmpOnSave (checkable, the setting xmp/writeOnSave) in `actions`.
     * Dialogs are parented to `window`; questions go through `ask`.
     */
    FileActionHandler(ActionManager *actions, DocumentSession *session, CanvasPane *canvas,
                      ChangeBar *changeBar, OpenReportBar *reportBar, QWidget *window,
                      PromptHandler ask);

    /** Fills `menu` with the recently opened articles and keeps it current. */
    void setRecentMenu(QMenu *menu);

    /** See MainWindow::openArticle(). A `.zip` goes to the bundle opener (setBundleOpener()). */
    bool openArticle(const QString &path);
    /** Opens `.zip` paths given to openArticle() (File › Open, a drop, Open Recent). */
    void setBundleOpener(std::function<bool(const QString &zipPath)> opener)
    {
        mOpenBundle = std::move(opener);
    }
    /** Saves and waits for the write (MainWindow::save()). */
    bool save();
    /** Starts saving in the background (File › Save). */
    bool startSave();
    /**
     * File › Save As for `path`: asks before replacing an existing file (Prompt::ReplaceFile),
     * then writes the article, its images and its sidecar there (DocumentSession::saveAs) and
     * works on the new article. False when declined or failed (the analyst was told why).
     */
    bool saveAs(const QString &path);
    /** Save As with a file dialog to choose the name (File › Save As, the change bar). */
    void chooseAndSaveAs();
    /** Re-reads the article and sidecar from disk; asks first when there is unsaved work. */
    bool reload();
    /** Closes the article after asking about unsaved work. */
    bool closeArticle();
    /** Save / Discard / Cancel when modified; true when it is fine to go on. */
    bool maybeSave();
    /** Attach Local File for image `index`: a file dialog, then DocumentSession::attachImage. */
    void attachImage(int index);
    /**
     * Fetch for image `index` (the missing-image view's button): an ImageFetchJob on the
     * session, its progress and outcome shown in the canvas's missing-image view. Never blocks;
     * one fetch per image at a time.
     */
    void fetchImage(int index);
    /** Cancels the fetch of image `index`, if one runs (nothing is left on disk). */
    void cancelFetch(int index);

    void showError(const QString &what, const Error &error);
    /** Enables the file actions for the open document and the image shown. */
    void updateActions();

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);

private:
    void createActions();
    bool keepBrokenSidecar();
    void offerRecovery();
    void showOpenReportDetails();
    void onDocumentAboutToBeReplaced();
    void onDocumentReplaced(ArticleDocument *document);
    void onSaveConflict(const QString &sidecarPath);
    void onSaveFinished(const Status &status);
    void onXmpSidecarsWritten(const QStringList &problems);
    void addRecentFile(const QString &path);
    void updateRecentMenu();

    ActionManager *mActions;
    DocumentSession *mSession;
    CanvasPane *mCanvas;
    ChangeBar *mChangeBar;
    OpenReportBar *mReportBar;
    QWidget *mWindow;
    PromptHandler mAsk;
    std::function<bool(const QString &zipPath)> mOpenBundle;
    QMenu *mRecentMenu = nullptr;
    QHash<int, QPointer<ImageFetchJob>> mFetches; ///< by image index
};

} // namespace provena
