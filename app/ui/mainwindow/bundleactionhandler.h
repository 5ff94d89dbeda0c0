// SPDX-License-Identifier: MIT
#pragma once

#include "bundle/bundleexporter.h"
#include "bundle/bundleimporter.h"
#include "core/io/result.h"
#include "ui/mainwindow/prompt.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QLabel;
class QProgressDialog;
class QStatusBar;
class QTemporaryDir;
class QToolButton;
class QWidget;

namespace provena {

class ActionManager;
class DocumentSession;
class ExportBundleDialog;
class FileActionHandler;

/**
 * Bundles in the window (Tiled-style action handler): File › Export Bundle… and opening a
 * bundle's `.zip` through File › Open or a drop (FileActionHandler hands every `.zip` here).
 *
 * Both run on a worker (QtConcurrent) behind a modal progress dialog whose Cancel stops them;
 * a cancelled export leaves no file and a cancelled or refused import leaves no folder
 * (BundleExporter, BundleImporter). The window stays responsive meanwhile; one bundle job runs
 * at a time. When an export is done, the status bar shows where the bundle went with Open
 * Folder and Show Report; an import opens the article through FileActionHandler::openArticle().
 *
 * The questions it asks go through `ask` (Prompt) and, for the folder and article choices and
 * the desktop, through Choosers, which tests replace.
 */
class BundleActionHandler : public QObject
{
    Q_OBJECT

public:
    /** Everything the handler asks that is not a yes-or-no question; tests replace these. */
    struct Choosers
    {
        /** The folder to extract `zipPath` into, suggesting `suggested`; empty cancels. */
        std::function<QString(const QString &zipPath, const QString &suggested)> extractFolder;
        /** One of `articles` (absolute paths) to open; empty cancels. */
        std::function<QString(const QStringList &articles)> article;
        /** Opens a folder or a file in the desktop's application for it. */
        std::function<bool(const QUrl &url)> openUrl;
    };

    /**
     * Creates the action exportBundle in `actions` and registers openBundle() with `files` for
     * `.zip` paths. Dialogs are parented to `window`; the export's outcome goes into
     * `statusBar`; questions go through `ask`.
     */
    BundleActionHandler(ActionManager *actions, DocumentSession *session, FileActionHandler *files,
                        QStatusBar *statusBar, QWidget *window, PromptHandler ask);
    /** Cancels a running job and waits for it, so nothing is left half written. */
    ~BundleActionHandler() override;

    void setChoosers(Choosers choosers);

    /**
     * File › Export Bundle…: saves unsaved edits first (Save / Cancel: a bundle holds the
     * saved files), then shows the ExportBundleDialog (non-blocking, see exportDialog()); its
     * OK starts the export.
     */
    void exportBundle();
    /** The Export Bundle dialog while it is open, else null. */
    ExportBundleDialog *exportDialog() const;
    /**
     * Starts exporting `articles` into `zipPath` on a worker with the progress dialog; false
     * when a job already runs. exportFinished() follows.
     */
    bool startExport(const QStringList &articles, const QString &zipPath,
                     const BundleExportOptions &options);

    /**
     * Opens a bundle: asks where to extract it (a folder beside the zip by default), imports it
     * on a worker with the progress dialog, shows a refusal or problems, then opens its article
     * (asking which when there are several). Returns at once; importFinished() follows. False
     * when nothing was started (a job runs, or the folder choice was cancelled).
     */
    bool openBundle(const QString &zipPath);

    /** True while an export or import runs. */
    bool isBusy() const { return mJob != nullptr; }
    /** Cancels the running export or import (the progress dialog's Cancel). */
    void cancel();
    /** The running job's progress dialog, else null. */
    QProgressDialog *progressDialog() const;
    /** The status bar's note about the last export (with Open Folder and Show Report). */
    QWidget *exportNote() const { return mNote; }

    /** Enables Export Bundle while no job runs. */
    void updateActions();

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);
    /** An export ended: `zipPath` was written (ok), or not (cancelled, or failed and shown). */
    void exportFinished(bool ok, const QString &zipPath);
    /** An import ended; `articlePath` is the article opened, empty when none was. */
    void importFinished(bool ok, const QString &articlePath);

private:
    struct Job;

    bool saveFirst();
    void onExportDone(const Result<BundleExportSummary> &result);
    void onImportDone(const Result<BundleImportReport> &result);
    void showProgress(const BundleExportProgress &progress);
    void startProgressDialog(const QString &title, const QString &text, int maximum);
    void finishJob();
    void showExportNote(const QString &zipPath, const BundleExportSummary &summary);
    void showReport();
    void onReportExtracted(const Result<ExtractReport> &result);
    void openArticleOf(const BundleImportReport &report);
    void showError(const QString &title, const Error &error);

    ActionManager *mActions;
    DocumentSession *mSession;
    FileActionHandler *mFiles;
    QStatusBar *mStatusBar;
    QWidget *mWindow;
    PromptHandler mAsk;
    Choosers mChoosers;
    QPointer<ExportBundleDialog> mDialog;

    std::shared_ptr<Job> mJob; ///< the running export or import, shared with its worker
    QFutureWatcher<Result<BundleExportSummary>> mExportWatcher;
    QFutureWatcher<Result<BundleImportReport>> mImportWatcher;
    QFutureWatcher<Result<ExtractReport>> mExtractWatcher;
    QPointer<QProgressDialog> mProgress;

    QWidget *mNote = nullptr;
    QLabel *mNoteText = nullptr;
    QToolButton *mShowReport = nullptr;
    QString mLastZip; ///< the bundle the note is about
    QString mLastReport; ///< its first report, relative to data/
    std::unique_ptr<QTemporaryDir> mReportDir; ///< where Show Report extracted the bundle
};

} // namespace provena
