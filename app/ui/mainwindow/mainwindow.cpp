// SPDX-License-Identifier: MIT
#include "ui/mainwindow/mainwindow.h"

#include "core/document/articledocument.h"
#include "media/imageloadingservice.h"
#include "metadata/exifthumbnailreader.h"
#include "metadata/metadatareader.h"
#include "session/documentsession.h"
#include "session/recoverymanager.h"
#include "ui/canvas/canvaspane.h"
#include "ui/canvas/imagescene.h"
#include "ui/canvas/imagestrip.h"
#include "ui/canvas/imageview.h"
#include "ui/canvas/regionitem.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/docks/collectionconflictsdock.h"
#include "ui/docks/forensicsdock.h"
#include "ui/docks/metadatadock.h"
#include "ui/docks/propertiesdock.h"
#include "ui/docks/provenancedock.h"
#include "ui/docks/provenancesuggestionsview.h"
#include "ui/docks/regionsdock.h"
#include "ui/mainwindow/actionmanager.h"
#include "ui/mainwindow/assistactionhandler.h"
#include "ui/mainwindow/bundleactionhandler.h"
#include "ui/mainwindow/changebar.h"
#include "ui/mainwindow/fileactionhandler.h"
#include "ui/mainwindow/openreportbar.h"
#include "ui/mainwindow/regionactionhandler.h"
#include "ui/mainwindow/selectionsync.h"
#include "ui/mainwindow/versionsactionhandler.h"
#include "ui/text/articletextview.h"
#include "ui/tools/toolmanager.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QThreadPool>
#include <QTimer>
#include <QUndoGroup>
#include <QUrl>
#include <QVBoxLayout>

namespace provena {

namespace {

QString settingsKey(const char *key)
{
    return QString::fromLatin1(key);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , mSession(new DocumentSession(this))
    , mUndoGroup(new QUndoGroup(this))
    , mActions(new ActionManager(this))
    , mText(new ArticleTextView)
    , mCanvas(new CanvasPane)
    , mChangeBar(new ChangeBar)
    , mReportBar(new OpenReportBar)
    , mStatusPosition(new QLabel)
    , mStatusZoom(new QLabel)
    , mStatusImage(new QLabel)
    , mStatusRegion(new QLabel)
{
    // Exiv2's XMP toolkit starts on a worker, not before the first paint (it is initialised once,
    // under a lock, whichever thread reaches it first).
    QThreadPool::globalInstance()->start([] { MetadataReader::initialise(); });
    // One image service: a thumbnail decoded for the strip or the text view is decoded once.
    auto *images = new ImageLoadingService(this);
    // The canvas's first frame is the camera's EXIF thumbnail, which Exiv2 reads (app/metadata).
    images->setEmbeddedThumbnailSource(&ExifThumbnailReader::read);
    mCanvas->setImageService(images);
    mText->setImageService(images);
    setObjectName(QStringLiteral("mainWindow"));
    setAccessibleName(tr("Provena"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    // Central area: change bars on top, then text | (strip over canvas).
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    splitter->addWidget(mText);
    splitter->addWidget(mCanvas);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({420, 780});
    splitter->setChildrenCollapsible(false);
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(mChangeBar);
    centralLayout->addWidget(mReportBar);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    // Actions in the order the shortcuts dialog lists them.
    createFileActions();
    mActions->addUndoRedo(mUndoGroup);
    mRegionActions = new RegionActionHandler(mActions, mSession, mCanvas->scene(), mText, this);
    mAssist = new AssistActionHandler(mActions, mCanvas->scene(), statusBar(), this);
    createViewActions();
    mTools = new ToolManager(mActions, mCanvas->view(), this);
    createDocks();
    createMenus();
    createToolBar();
    createStatusBar();
    mSelection = new SelectionSync(mSession, mCanvas, mText, mRegionsDock, mPropertiesDock,
                                   mStatusRegion, this);
    connect(mSelection, &SelectionSync::selectionChanged, this, &MainWindow::updateActions);

    const auto showStatus = [this](const QString &message, int timeoutMs) {
        statusBar()->showMessage(message, timeoutMs);
    };
    connect(mRegionActions, &RegionActionHandler::statusMessage, this, showStatus);
    connect(mAssist, &AssistActionHandler::statusMessage, this, showStatus);
    connect(mFiles, &FileActionHandler::statusMessage, this, showStatus);
    connect(mBundles, &BundleActionHandler::statusMessage, this, showStatus);
    connect(mTools, &ToolManager::statusMessage, this, showStatus);
    connect(mProvenanceDock, &ProvenanceDock::statusMessage, this, showStatus);
    ImageView *view = mCanvas->view();
    connect(mCanvas, &CanvasPane::attachRequested, mFiles, &FileActionHandler::attachImage);
    connect(mCanvas, &CanvasPane::fetchRequested, mFiles, &FileActionHandler::fetchImage);
    connect(mCanvas, &CanvasPane::fetchCancelRequested, mFiles, &FileActionHandler::cancelFetch);
    connect(mCanvas, &CanvasPane::imageStatusChanged, mStatusImage, &QLabel::setText);
    connect(mCanvas, &CanvasPane::currentImageChanged, this, [this] {
        clearStatus();
        updateMetadata();
        mProvenanceDock->setImage(currentImage());
        mForensicsDock->setImage(currentImage());
        mSelection->onSceneSelectionChanged();
        updateActions();
    });
    connect(mCanvas, &CanvasPane::imageShown, this, [this](int index, bool ok) {
        updateMetadata();
        mSelection->onSceneSelectionChanged();
        Q_EMIT imageShown(index, ok);
    });
    connect(view, &ImageView::contextMenuRequested, this, &MainWindow::showCanvasMenu);
    connect(view, &ImageView::zoomChanged, this, [this](double zoom) {
        mStatusZoom->setText(tr("%1 %").arg(zoom * 100, 0, 'f', zoom < 0.1 ? 1 : 0));
    });
    connect(view, &ImageView::cursorMoved, this, [this](const QPointF &p, bool inside) {
        mStatusPosition->setText(inside ? tr("x %1, y %2").arg(int(p.x())).arg(int(p.y()))
                                        : QString());
    });
    connect(mSession, &DocumentSession::documentAboutToBeReplaced, this,
            &MainWindow::onDocumentAboutToBeReplaced);
    connect(mSession, &DocumentSession::documentReplaced, this, &MainWindow::onDocumentReplaced);
    connect(mSession, &DocumentSession::saveFinished, this, &MainWindow::updateTitle);
    // Large images are hashed after the article is shown: a changed one updates the notice.
    connect(mSession, &DocumentSession::imagesMeasured, this, [this](bool reportChanged) {
        if (reportChanged)
            mReportBar->setReport(mSession->openReport());
    });

    readSettings();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    mSession->disconnect(this);
    onDocumentAboutToBeReplaced();
}

ArticleDocument *MainWindow::document() const
{
    return mSession->document();
}

QString MainWindow::articlePath() const
{
    return mSession->articlePath();
}

RecoveryManager *MainWindow::recoveryManager() const
{
    return mSession->recovery();
}

int MainWindow::currentImage() const
{
    return mCanvas->currentImage();
}

void MainWindow::showImage(int index)
{
    mCanvas->showImage(index);
}

ImageView *MainWindow::imageView() const
{
    return mCanvas->view();
}

ImageScene *MainWindow::imageScene() const
{
    return mCanvas->scene();
}

ImageLoadingService *MainWindow::imageService() const
{
    return mCanvas->imageService();
}

bool MainWindow::isImageLoading() const
{
    return mCanvas->isImageLoading();
}

QAction *MainWindow::action(const QString &name) const
{
    return mActions->action(name);
}

QList<QAction *> MainWindow::allActions() const
{
    return mActions->actions();
}

bool MainWindow::linkSelectedText()
{
    return mRegionActions->linkSelectedText();
}

void MainWindow::createFileActions()
{
    mFiles = new FileActionHandler(mActions, mSession, mCanvas, mChangeBar, mReportBar, this,
                                   [this](const Prompt &prompt) { return ask(prompt); });
    mBundles = new BundleActionHandler(mActions, mSession, mFiles, statusBar(), this,
                                       [this](const Prompt &prompt) { return ask(prompt); });
    QAction *a = mActions->add(QStringLiteral("quit"), tr("&Quit"), {QKeySequence::Quit});
    a->setMenuRole(QAction::QuitRole);
    connect(a, &QAction::triggered, this, &QWidget::close);
    a = mActions->add(QStringLiteral("autosaveInterval"), tr("Auto&save Interval…"));
    connect(a, &QAction::triggered, this, &MainWindow::setAutosaveInterval);
    // The platform's key (Ctrl+, on GNOME, Ctrl+Shift+, on KDE, ⌘, on macOS); Ctrl+, where the
    // platform names none, as most Linux desktop programs do.
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferencesKeys.isEmpty())
        preferencesKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    a = mActions->add(QStringLiteral("preferences"), tr("&Preferences…"), preferencesKeys);
    a->setMenuRole(QAction::PreferencesRole);
    connect(a, &QAction::triggered, this, &MainWindow::showPreferences);
    a = mActions->add(QStringLiteral("manageLabels"), tr("Manage &Labels…"));
    connect(a, &QAction::triggered, this, &MainWindow::manageLabels);
    mVersions = new VersionsActionHandler(
        mActions, mSession, [this] { return currentImage(); }, this);
}

void MainWindow::onDocumentAboutToBeReplaced()
{
    // Views let go of the old document before it goes.
    mCanvas->setDocument(nullptr);
    mText->setArticleDocument(nullptr);
    mRegionsDock->setDocument(nullptr);
    mPropertiesDock->setDocument(nullptr);
    mProvenanceDock->setDocument(nullptr);
    mForensicsDock->setDocument(nullptr);
    mRegionActions->setDocument(nullptr);
    mAssist->setDocument(nullptr);
    if (ArticleDocument *old = document()) {
        // The old undo stack emits while it is destroyed; our slots must not run then.
        old->undoStack()->disconnect(this);
        old->disconnect(this);
        mUndoGroup->removeStack(old->undoStack());
    }
}

void MainWindow::onDocumentReplaced(ArticleDocument *doc)
{
    clearStatus();
    mRegionsDock->setDocument(doc);
    mPropertiesDock->setDocument(doc);
    mCollectionConflictsDock->setDocument(doc);
    mPropertiesDock->setRegions({});
    mProvenanceDock->setDocument(doc);
    mRegionActions->setDocument(doc);
    mAssist->setDocument(doc);
    if (doc) {
        mUndoGroup->addStack(doc->undoStack());
        mUndoGroup->setActiveStack(doc->undoStack());
        connect(doc, &ArticleDocument::modifiedChanged, this, &MainWindow::updateTitle);
        connect(doc->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
        connect(doc, &ArticleDocument::annotationsReset, this, &MainWindow::updateActions);
        connect(doc, &ArticleDocument::labelsChanged, this, &MainWindow::refillNewLabelCombo);
        // Attaching a file (and undoing it) changes what the strip and the canvas show.
        connect(doc, &ArticleDocument::imageFileChanged, this, [this](int index) {
            mCanvas->refreshImages();
            if (index == currentImage())
                showImage(index);
        });
        connect(doc, &ArticleDocument::provenanceChanged, this, &MainWindow::updateVerdictBadges);
        connect(doc, &ArticleDocument::provenanceReset, this, &MainWindow::updateVerdictBadges);
    }
    // The canvas asks for its photo before the text view asks for thumbnails: the image service
    // holds those back until the photo is decoded, so they do not take a core from it.
    mCanvas->setDocument(doc);
    mText->setArticleDocument(doc);
    updateVerdictBadges();
    mProvenanceDock->setImage(currentImage());
    mForensicsDock->setDocument(doc);
    mForensicsDock->setImage(currentImage());
    refillNewLabelCombo();
    updateTitle();
    updateActions();
}

void MainWindow::updateActions()
{
    const bool open = document() != nullptr;
    mFiles->updateActions();
    const int images = open ? int(document()->article().images.size()) : 0;
    mActions->setEnabled(QStringLiteral("nextImage"), currentImage() + 1 < images);
    mActions->setEnabled(QStringLiteral("previousImage"), currentImage() > 0);
    mRegionActions->updateActions();
    mAssist->updateActions();
}

QMessageBox::StandardButton MainWindow::ask(const Prompt &prompt)
{
    if (mPromptHandler)
        return mPromptHandler(prompt);
    QMessageBox box(this);
    box.setWindowTitle(prompt.title);
    box.setText(prompt.text);
    box.setInformativeText(prompt.informativeText);
    box.setDetailedText(prompt.detailedText);
    box.setStandardButtons(prompt.buttons);
    box.setDefaultButton(prompt.defaultButton);
    box.setIcon(prompt.kind == Prompt::Kind::Error             ? QMessageBox::Critical
                    : prompt.kind == Prompt::Kind::Information ? QMessageBox::Information
                                                               : QMessageBox::Question);
    return QMessageBox::StandardButton(box.exec());
}

bool MainWindow::openArticle(const QString &path)
{
    return mFiles->openArticle(path);
}

bool MainWindow::startSave()
{
    return mFiles->startSave();
}

bool MainWindow::save()
{
    return mFiles->save();
}

bool MainWindow::saveAs(const QString &path)
{
    return mFiles->saveAs(path);
}

bool MainWindow::reload()
{
    return mFiles->reload();
}

void MainWindow::updateTitle()
{
    if (!document()) {
        setWindowTitle(tr("Provena"));
        setWindowModified(false);
        return;
    }
    setWindowTitle(tr("%1[*] — Provena").arg(QFileInfo(articlePath()).fileName()));
    setWindowFilePath(articlePath());
    setWindowModified(document()->isModified());
}

void MainWindow::updateMetadata()
{
    if (!mMetadataDock->isVisible())
        return;
    const bool has
        = document() && currentImage() >= 0 && currentImage() < document()->article().images.size();
    mMetadataDock->setImage(has ? document()->article().images.at(currentImage()).localPath
                                : QString());
}

void MainWindow::updateVerdictBadges()
{
    QList<Verdict> verdicts;
    if (document()) {
        for (const ImageProvenance &record : document()->provenance())
            verdicts.append(record.verdict);
    }
    mCanvas->strip()->setVerdicts(verdicts);
}

void MainWindow::showMetadataKey(const QString &key)
{
    mMetadataDock->show();
    mMetadataDock->raise();
    // Shown (and so read) now, not when the dock's visibility signal comes round.
    updateMetadata();
    mMetadataDock->showKey(key);
}

void MainWindow::showCanvasMenu(const QPointF &imagePos, const QPoint &globalPos)
{
    // The menu acts on what was clicked: a region outside the selection becomes the selection,
    // so Delete never removes a region the analyst did not point at.
    if (RegionItem *item = imageScene()->regionAt(imagePos);
        item && document() && !document()->isRegionSelected(item->regionId()))
        imageScene()->selectRegions({item->regionId()});
    QMenu menu(this);
    mAssist->fillCanvasMenu(&menu, imagePos);
    mActions->fill(&menu,
                   {QStringLiteral("linkText"), QStringLiteral("markReviewed"), QString(),
                    QStringLiteral("copy"), QStringLiteral("paste"), QStringLiteral("duplicate"),
                    QStringLiteral("delete"), QString(), QStringLiteral("zoomFit"),
                    QStringLiteral("zoomActual")});
    menu.exec(globalPos);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(allActions(), mTools->canvasKeys(), this);
    dialog.exec();
}

void MainWindow::setAutosaveInterval()
{
    bool ok = false;
    const int seconds = QInputDialog::getInt(
        this, tr("Autosave Interval"),
        tr("Seconds between recovery copies of unsaved work (0 turns autosave off):"),
        mSession->recovery()->intervalSeconds(), 0, RecoveryManager::kMaxIntervalSeconds, 10, &ok);
    if (!ok)
        return;
    mSession->recovery()->setIntervalSeconds(seconds);
    RecoveryManager::setConfiguredIntervalSeconds(seconds);
}

void MainWindow::readSettings()
{
    QSettings settings;
    mSession->recovery()->setIntervalSeconds(RecoveryManager::configuredIntervalSeconds());
    if (!restoreGeometry(settings.value(settingsKey("window/geometry")).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(settingsKey("window/state")).toByteArray());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(settingsKey("window/geometry"), saveGeometry());
    settings.setValue(settingsKey("window/state"), saveState());
}

void MainWindow::clearStatus()
{
    // A message about the previous article or image would now be about the wrong one.
    statusBar()->clearMessage();
    mStatusPosition->clear();
    mStatusRegion->clear();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mFiles->maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    // Saved or deliberately discarded: nothing is left to recover.
    mSession->discardRecovery();
    mSession->recovery()->stop();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Let the drag source finish before a dialog might open.
    QTimer::singleShot(0, this, [this, path] { openArticle(path); });
}

} // namespace provena
