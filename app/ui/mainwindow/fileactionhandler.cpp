// SPDX-License-Identifier: MIT
#include "ui/mainwindow/fileactionhandler.h"

#include "core/document/articledocument.h"
#include "session/documentio.h"
#include "session/documentsession.h"
#include "session/imagefetchjob.h"
#include "session/recoverymanager.h"
#include "session/xmpexport.h"
#include "ui/canvas/canvaspane.h"
#include "ui/canvas/missingimagewidget.h"
#include "ui/mainwindow/actionmanager.h"
#include "ui/mainwindow/changebar.h"
#include "ui/mainwindow/openreportbar.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace provena {

namespace {

constexpr int kMaxRecentFiles = 10;

QString recentFilesKey()
{
    return QStringLiteral("recentFiles");
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

FileActionHandler::FileActionHandler(ActionManager *actions, DocumentSession *session,
                                     CanvasPane *canvas, ChangeBar *changeBar,
                                     OpenReportBar *reportBar, QWidget *window, PromptHandler ask)
    : QObject(window)
    , mActions(actions)
    , mSession(session)
    , mCanvas(canvas)
    , mChangeBar(changeBar)
    , mReportBar(reportBar)
    , mWindow(window)
    , mAsk(std::move(ask))
{
    createActions();
    connect(mChangeBar, &ChangeBar::reloadRequested, this, &FileActionHandler::reload);
    connect(mChangeBar, &ChangeBar::saveAsRequested, this, &FileActionHandler::chooseAndSaveAs);
    connect(mReportBar, &OpenReportBar::detailsRequested, this,
            &FileActionHandler::showOpenReportDetails);
    connect(mReportBar, &OpenReportBar::allowOutsideRequested, this, [this] {
        mSession->allowImagesOutsideFolder();
        reload();
    });
    connect(mSession, &DocumentSession::fileChangedOnDisk, mChangeBar, &ChangeBar::addChangedFile);
    connect(mSession, &DocumentSession::documentAboutToBeReplaced, this,
            &FileActionHandler::onDocumentAboutToBeReplaced);
    connect(mSession, &DocumentSession::documentReplaced, this,
            &FileActionHandler::onDocumentReplaced);
    connect(mSession, &DocumentSession::saveConflict, this, &FileActionHandler::onSaveConflict);
    connect(mSession, &DocumentSession::saveFinished, this, &FileActionHandler::onSaveFinished);
    connect(mSession, &DocumentSession::xmpSidecarsWritten, this,
            &FileActionHandler::onXmpSidecarsWritten);
    // Non-modal: a pull changed the sidecar and the session merged it in (docs/gui.md).
    connect(mSession, &DocumentSession::sidecarMerged, this,
            [this](int added, int removed, int conflicts, bool reloaded) {
                QString text = reloaded
                    ? tr("Reloaded changes from disk: %n region(s) added", "", added)
                    : tr("Merged changes from disk: %n region(s) added", "", added);
                if (removed > 0)
                    text += tr(", %n removed", "", removed);
                if (conflicts > 0)
                    text += tr(", %n conflict(s) to review (Properties for regions and text "
                               "spans, Merge Conflicts for the rest)",
                               "", conflicts);
                Q_EMIT statusMessage(text + QLatin1Char('.'), conflicts > 0 ? 0 : 10000);
            });
    connect(mSession->recovery(), &RecoveryManager::failed, this, [this](const Error &error) {
        Q_EMIT statusMessage(tr("Autosave failed: %1").arg(error.message), 10000);
    });
}

void FileActionHandler::createActions()
{
    QAction *a = mActions->add(QStringLiteral("open"), tr("&Open…"), {QKeySequence::Open});
    connect(a, &QAction::triggered, this, [this] {
        const QString current = mSession->articlePath();
        const QString path = QFileDialog::getOpenFileName(
            mWindow, tr("Open Article"),
            current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
            tr("Articles and bundles (*.md *.markdown *.txt *.html *.htm *.zip);;Articles (*.md "
               "*.markdown *.txt *.html *.htm);;Bundles (*.zip);;All files (*)"));
        if (!path.isEmpty())
            openArticle(path);
    });
    a = mActions->add(QStringLiteral("save"), tr("&Save"), {QKeySequence::Save});
    connect(a, &QAction::triggered, this, &FileActionHandler::startSave);
    a = mActions->add(QStringLiteral("saveAs"), tr("Save &As…"), {QKeySequence::SaveAs});
    connect(a, &QAction::triggered, this, &FileActionHandler::chooseAndSaveAs);
    a = mActions->add(QStringLiteral("reload"), tr("&Reload from Disk"), {QKeySequence::Refresh});
    connect(a, &QAction::triggered, this, &FileActionHandler::reload);
    a = mActions->add(QStringLiteral("attachImage"), tr("&Attach Local File for Image…"));
    connect(a, &QAction::triggered, this, [this] { attachImage(mCanvas->currentImage()); });
    a = mActions->add(QStringLiteral("closeArticle"), tr("&Close Article"), {QKeySequence::Close});
    connect(a, &QAction::triggered, this, &FileActionHandler::closeArticle);
    // Bound to the setting provena-cli reads too (XmpSettings), so both write on save alike.
    a = mActions->add(QStringLiteral("writeXmpOnSave"), tr("Write &XMP Sidecars on Save"));
    a->setCheckable(true);
    a->setChecked(XmpSettings::writeOnSave());
    connect(a, &QAction::toggled, this, [](bool on) { XmpSettings::setWriteOnSave(on); });
}

void FileActionHandler::updateActions()
{
    const bool open = mSession->document() != nullptr;
    for (const char *id : {"save", "saveAs", "reload", "closeArticle"})
        mActions->setEnabled(QString::fromLatin1(id), open);
    mActions->setEnabled(QStringLiteral("attachImage"), open && mCanvas->currentImage() >= 0);
}

void FileActionHandler::showError(const QString &what, const Error &error)
{
    Prompt p;
    p.kind = Prompt::Kind::Error;
    p.title = what;
    p.text = error.message;
    p.detailedText = error.toString();
    mAsk(p);
}

bool FileActionHandler::maybeSave()
{
    const ArticleDocument *doc = mSession->document();
    if (!doc || !doc->isModified())
        return true;
    Prompt p;
    p.kind = Prompt::Kind::UnsavedChanges;
    p.title = tr("Unsaved Changes");
    p.text = tr("“%1” has changes that are not saved.").arg(fileName(mSession->articlePath()));
    p.informativeText = tr("Save them before going on?");
    p.buttons = QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel;
    p.defaultButton = QMessageBox::Save;
    switch (mAsk(p)) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        mSession->discardRecovery();
        return true;
    default:
        return false;
    }
}

bool FileActionHandler::openArticle(const QString &path)
{
    // A sidecar (a file manager opens `*.provena.jsonld` with Provena: packaging/provena-mime.xml)
    // stands for its article, which is what is opened.
    const QString absolute = DocumentSession::articlePathFor(path);
    // A bundle is extracted first; its article then comes back here (BundleActionHandler).
    if (mOpenBundle && absolute.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return mOpenBundle(absolute);
    if (!maybeSave())
        return false;
    mSession->discardRecovery();
    const Status opened = mSession->open(absolute);
    if (!opened) {
        showError(tr("Could Not Open Article"), opened.error());
        return false;
    }
    mReportBar->setReport(mSession->openReport());
    addRecentFile(absolute);
    offerRecovery();
    return true;
}

bool FileActionHandler::closeArticle()
{
    if (!maybeSave())
        return false;
    mSession->close();
    return true;
}

void FileActionHandler::offerRecovery()
{
    if (!mSession->hasRecovery())
        return;
    Prompt p;
    p.kind = Prompt::Kind::Recover;
    p.title = tr("Recover Unsaved Work");
    p.text = tr("Provena found work on “%1” that was not saved, probably because Provena or the "
                "computer stopped unexpectedly.")
                 .arg(fileName(mSession->articlePath()));
    p.informativeText = tr("Recover it? It is loaded as unsaved changes; the saved annotations "
                           "on disk stay as they are until you save.");
    p.buttons = QMessageBox::Yes | QMessageBox::No;
    p.defaultButton = QMessageBox::Yes;
    if (mAsk(p) != QMessageBox::Yes) {
        mSession->discardRecovery();
        return;
    }
    const Status status = mSession->recover();
    if (!status) {
        showError(tr("Could Not Recover"), status.error());
        return;
    }
    Q_EMIT statusMessage(tr("Recovered unsaved work. Save to keep it."), 10000);
}

bool FileActionHandler::keepBrokenSidecar()
{
    Prompt p;
    p.kind = Prompt::Kind::KeepBrokenSidecar;
    p.title = tr("Saved Annotations Unreadable");
    p.text = tr("The annotations file on disk could not be read when the article was "
                "opened, so saving would replace work Provena could not load.");
    p.informativeText = tr("Keep a copy of the unreadable file beside it and save?");
    p.buttons = QMessageBox::Save | QMessageBox::Cancel;
    p.defaultButton = QMessageBox::Cancel;
    if (mAsk(p) != QMessageBox::Save)
        return false;
    QString copy;
    const Status kept = mSession->keepBrokenSidecarCopy(&copy);
    if (!kept) {
        showError(tr("Could Not Save"), kept.error());
        return false;
    }
    Q_EMIT statusMessage(tr("The unreadable file was kept as %1.").arg(fileName(copy)), 10000);
    return true;
}

bool FileActionHandler::startSave()
{
    const ArticleDocument *doc = mSession->document();
    if (!doc)
        return false;
    if (doc->sidecarUnreadable() && !keepBrokenSidecar())
        return false;
    const Status started = mSession->saveInBackground();
    if (!started) {
        showError(tr("Could Not Save"), started.error());
        return false;
    }
    return true;
}

bool FileActionHandler::save()
{
    const ArticleDocument *doc = mSession->document();
    if (!doc)
        return false;
    if (doc->sidecarUnreadable() && !keepBrokenSidecar())
        return false;
    // onSaveFinished() tells the analyst how it went.
    return mSession->save().ok();
}

void FileActionHandler::onSaveConflict(const QString &sidecarPath)
{
    mChangeBar->showSaveConflict(sidecarPath);
}

void FileActionHandler::onSaveFinished(const Status &status)
{
    if (!status && mSession->hasSaveConflict()) {
        // The change bar explains it and offers what to do; a dialog would only repeat it.
        Q_EMIT statusMessage(tr("Not saved: the annotations changed on disk."), 10000);
        return;
    }
    if (!status) {
        showError(tr("Could Not Save"), status.error());
        return;
    }
    if (const ArticleDocument *doc = mSession->document())
        Q_EMIT statusMessage(tr("Saved %1").arg(fileName(doc->sidecarPath())), 4000);
}

void FileActionHandler::onXmpSidecarsWritten(const QStringList &problems)
{
    // Follows the "Saved …" message, which it replaces: the annotations are saved either way.
    if (problems.isEmpty())
        return;
    Q_EMIT statusMessage(
        tr("Saved, but %n XMP sidecar problem(s): %1", nullptr, int(problems.size()))
            .arg(problems.first()),
        15000);
}

void FileActionHandler::chooseAndSaveAs()
{
    // saveAs() asks before replacing a file, through the window's prompts.
    const QString path = QFileDialog::getSaveFileName(
        mWindow, tr("Save Article As"), mSession->articlePath(),
        tr("Articles (*.md *.markdown *.txt *.html *.htm);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        saveAs(path);
}

bool FileActionHandler::saveAs(const QString &path)
{
    if (!mSession->document() || path.isEmpty())
        return false;
    const QFileInfo target(QFileInfo(path).absoluteFilePath());
    if (target.isSymLink()) {
        showError(tr("Could Not Save As"),
                  Error {tr("Provena does not save through a symbolic link. Choose another name."),
                         {},
                         target.filePath()});
        return false;
    }
    if (target.exists()) {
        Prompt p;
        p.kind = Prompt::Kind::ReplaceFile;
        p.title = tr("Replace File");
        p.text = tr("“%1” already exists in “%2”.").arg(target.fileName(), target.absolutePath());
        p.informativeText = tr("Replace it with this article and its annotations?");
        p.buttons = QMessageBox::Yes | QMessageBox::Cancel;
        p.defaultButton = QMessageBox::Cancel;
        if (mAsk(p) != QMessageBox::Yes)
            return false;
    }
    SaveAsReport report;
    const Status saved = mSession->saveAs(target.filePath(), &report);
    if (!saved) {
        showError(tr("Could Not Save As"), saved.error());
        return false;
    }
    mReportBar->setReport(mSession->openReport());
    addRecentFile(target.filePath());
    QString message = tr("Saved as %1").arg(target.fileName());
    if (!report.copiedImages.isEmpty())
        message
            += tr(", with %n image(s) copied beside it", nullptr, int(report.copiedImages.size()));
    if (!report.imagesLeftInPlace.isEmpty())
        message += tr("; %n image(s) outside the article's folder stay where they are", nullptr,
                      int(report.imagesLeftInPlace.size()));
    Q_EMIT statusMessage(message + QLatin1Char('.'), 8000);
    return true;
}

bool FileActionHandler::reload()
{
    const ArticleDocument *doc = mSession->document();
    if (!doc)
        return false;
    if (doc->isModified()) {
        Prompt p;
        p.kind = Prompt::Kind::ReloadDiscardsChanges;
        p.title = tr("Reload Article");
        p.text = tr("Reloading replaces your unsaved changes with the files on disk.");
        p.informativeText = tr("Reload anyway? Choose No to keep working on your version.");
        p.buttons = QMessageBox::Yes | QMessageBox::No;
        p.defaultButton = QMessageBox::No;
        if (mAsk(p) != QMessageBox::Yes)
            return false;
    }
    const int image = mCanvas->currentImage();
    // The reloaded document replaces this one, so its recovery copy is stale either way.
    mSession->discardRecovery();
    const Status reloaded = mSession->reload();
    if (!reloaded) {
        showError(tr("Could Not Reload"), reloaded.error());
        return false;
    }
    mReportBar->setReport(mSession->openReport());
    if (image > 0)
        mCanvas->showImage(image);
    Q_EMIT statusMessage(tr("Reloaded from disk."), 4000);
    return true;
}

void FileActionHandler::showOpenReportDetails()
{
    const ArticleDocument *doc = mSession->document();
    if (!doc)
        return;
    const OpenReport &report = mReportBar->report();
    Prompt p;
    p.kind = Prompt::Kind::Information;
    p.title = tr("Changes Since the Annotations Were Saved");
    p.text = OpenReportBar::summarise(report);
    if (!p.text.isEmpty())
        p.text[0] = p.text.at(0).toUpper();
    p.informativeText = OpenReportBar::details(report, *doc);
    p.detailedText = p.informativeText;
    mAsk(p);
}

void FileActionHandler::attachImage(int index)
{
    const ArticleDocument *doc = mSession->document();
    if (!doc || index < 0 || index >= doc->article().images.size())
        return;
    const QString path = QFileDialog::getOpenFileName(
        mWindow, tr("Attach Local File for Image %1").arg(index + 1),
        QFileInfo(mSession->articlePath()).absolutePath(),
        tr("Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Status attached = mSession->attachImage(index, path); !attached) {
        showError(tr("Attach Local File"), attached.error());
        return;
    }
    mCanvas->showImage(index);
}

void FileActionHandler::fetchImage(int index)
{
    if (mFetches.value(index) || !mSession->document())
        return;
    MissingImageWidget *view = mCanvas->missingImage();
    auto *job = new ImageFetchJob(mSession, index, this);
    mFetches.insert(index, job);
    connect(job, &ImageFetchJob::progress, view, [view, index](qint64 received, qint64 total) {
        view->showFetchProgress(index, received, total);
    });
    connect(job, &ImageFetchJob::finished, this, [this, job, view, index](const Status &status) {
        mFetches.remove(index);
        job->deleteLater();
        if (!status) {
            view->showFetchFailed(index, status.error().message);
            return;
        }
        // The attached file makes the views load it (ArticleDocument::imageFileChanged).
        view->fetchEnded(index);
        Q_EMIT statusMessage(tr("Fetched image %1 into %2")
                                 .arg(index + 1)
                                 .arg(QFileInfo(job->fetcher()->result()->path).fileName()),
                             6000);
    });
    job->start();
}

void FileActionHandler::cancelFetch(int index)
{
    if (ImageFetchJob *job = mFetches.value(index))
        job->cancel();
}

void FileActionHandler::onDocumentAboutToBeReplaced()
{
    mChangeBar->clear();
    mReportBar->setReport({});
    if (ArticleDocument *old = mSession->document())
        old->disconnect(this);
}

void FileActionHandler::onDocumentReplaced(ArticleDocument *document)
{
    if (document)
        connect(document, &ArticleDocument::modifiedChanged, this,
                [this](bool modified) { mChangeBar->setUnsavedWork(modified); });
    mChangeBar->setUnsavedWork(document && document->isModified());
    updateActions();
}

void FileActionHandler::setRecentMenu(QMenu *menu)
{
    mRecentMenu = menu;
    updateRecentMenu();
}

void FileActionHandler::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(recentFilesKey()).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings.setValue(recentFilesKey(), recent);
    updateRecentMenu();
}

void FileActionHandler::updateRecentMenu()
{
    if (!mRecentMenu)
        return;
    mRecentMenu->clear();
    const QStringList recent = QSettings().value(recentFilesKey()).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString &path = recent.at(i);
        QAction *a
            = mRecentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(fileName(path)));
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openArticle(path); });
    }
    mRecentMenu->setEnabled(!recent.isEmpty());
}

} // namespace provena
