// SPDX-License-Identifier: MIT
#include "ui/mainwindow/mainwindow.h"

#include "core/commands/changelabelscommand.h"

#include "core/document/articledocument.h"
#include "media/imageloadingservice.h"
#include "metadata/metadatareader.h"
#include "session/documentsession.h"
#include "session/recoverymanager.h"
#include "ui/canvas/canvaspane.h"
#include "ui/canvas/imagescene.h"
#include "ui/canvas/imageview.h"
#include "ui/canvas/regionitem.h"
#include "ui/dialogs/labelsdialog.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/docks/metadatadock.h"
#include "ui/docks/propertiesdock.h"
#include "ui/docks/regionsdock.h"
#include "ui/mainwindow/actionmanager.h"
#include "ui/mainwindow/changebar.h"
#include "ui/mainwindow/openreportbar.h"
#include "ui/mainwindow/regionactionhandler.h"
#include "ui/text/articletextview.h"
#include "ui/tools/toolmanager.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoView>
#include <QUrl>
#include <QVBoxLayout>

namespace provena {

namespace {

constexpr int kMaxRecentFiles = 10;

QString settingsKey(const char *key)
{
    return QString::fromLatin1(key);
}

QStringList ids(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *name : names)
        out.append(QString::fromLatin1(name));
    return out;
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
    MetadataReader::initialise();
    // One image service: a thumbnail decoded for the strip or the text view is decoded once.
    auto *images = new ImageLoadingService(this);
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
    createViewActions();
    mTools = new ToolManager(mActions, mCanvas->view(), this);
    createDocks();
    createMenus();
    createToolBar();
    createStatusBar();

    const auto showStatus = [this](const QString &message, int timeoutMs) {
        statusBar()->showMessage(message, timeoutMs);
    };
    connect(mRegionActions, &RegionActionHandler::statusMessage, this, showStatus);
    connect(mTools, &ToolManager::statusMessage, this, showStatus);
    ImageView *view = mCanvas->view();
    connect(mCanvas, &CanvasPane::attachRequested, this, &MainWindow::attachImage);
    connect(mCanvas, &CanvasPane::imageStatusChanged, mStatusImage, &QLabel::setText);
    connect(mCanvas, &CanvasPane::currentImageChanged, this, [this] {
        updateMetadata();
        onSceneSelectionChanged();
        updateActions();
    });
    connect(mCanvas, &CanvasPane::imageShown, this, [this](int index, bool ok) {
        updateMetadata();
        onSceneSelectionChanged();
        Q_EMIT imageShown(index, ok);
    });
    connect(mCanvas->scene(), &ImageScene::regionSelectionChanged, this,
            &MainWindow::onSceneSelectionChanged);
    connect(view, &ImageView::hoveredRegionChanged, this, &MainWindow::onRegionHovered);
    connect(view, &ImageView::contextMenuRequested, this, &MainWindow::showCanvasMenu);
    connect(view, &ImageView::zoomChanged, this, [this](double zoom) {
        mStatusZoom->setText(tr("%1 %").arg(zoom * 100, 0, 'f', zoom < 0.1 ? 1 : 0));
    });
    connect(view, &ImageView::cursorMoved, this, [this](const QPointF &p, bool inside) {
        mStatusPosition->setText(inside ? tr("x %1, y %2").arg(int(p.x())).arg(int(p.y()))
                                        : QString());
    });
    connect(mText, &ArticleTextView::anchorsHovered, this, &MainWindow::onAnchorsHovered);
    connect(mChangeBar, &ChangeBar::reloadRequested, this, &MainWindow::reload);
    connect(mReportBar, &OpenReportBar::detailsRequested, this, &MainWindow::showOpenReportDetails);
    connect(mSession, &DocumentSession::fileChangedOnDisk, mChangeBar, &ChangeBar::addChangedFile);
    connect(mSession, &DocumentSession::documentAboutToBeReplaced, this,
            &MainWindow::onDocumentAboutToBeReplaced);
    connect(mSession, &DocumentSession::documentReplaced, this, &MainWindow::onDocumentReplaced);
    connect(mSession, &DocumentSession::saveFinished, this, &MainWindow::onSaveFinished);
    connect(mSession->recovery(), &RecoveryManager::failed, this, [this](const Error &error) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error.message), 10000);
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
    QAction *a = mActions->add(QStringLiteral("open"), tr("&Open…"), {QKeySequence::Open});
    connect(a, &QAction::triggered, this, [this] {
        const QString start
            = articlePath().isEmpty() ? QString() : QFileInfo(articlePath()).absolutePath();
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Article"), start,
            tr("Articles (*.md *.markdown *.txt *.html *.htm);;All files (*)"));
        if (!path.isEmpty())
            openArticle(path);
    });
    a = mActions->add(QStringLiteral("save"), tr("&Save"), {QKeySequence::Save});
    connect(a, &QAction::triggered, this, &MainWindow::startSave);
    a = mActions->add(QStringLiteral("reload"), tr("&Reload from Disk"), {QKeySequence::Refresh});
    connect(a, &QAction::triggered, this, &MainWindow::reload);
    a = mActions->add(QStringLiteral("attachImage"), tr("&Attach Local File for Image…"));
    connect(a, &QAction::triggered, this, [this] { attachImage(currentImage()); });
    a = mActions->add(QStringLiteral("closeArticle"), tr("&Close Article"), {QKeySequence::Close});
    connect(a, &QAction::triggered, this, [this] {
        if (maybeSave())
            mSession->close();
    });
    a = mActions->add(QStringLiteral("quit"), tr("&Quit"), {QKeySequence::Quit});
    a->setMenuRole(QAction::QuitRole);
    connect(a, &QAction::triggered, this, &QWidget::close);
    a = mActions->add(QStringLiteral("autosaveInterval"), tr("Auto&save Interval…"));
    connect(a, &QAction::triggered, this, &MainWindow::setAutosaveInterval);
    a = mActions->add(QStringLiteral("manageLabels"), tr("Manage &Labels…"));
    connect(a, &QAction::triggered, this, &MainWindow::manageLabels);
}

void MainWindow::createViewActions()
{
    ImageView *view = mCanvas->view();
    QAction *a = mActions->add(QStringLiteral("zoomIn"), tr("Zoom &In"), {QKeySequence::ZoomIn});
    connect(a, &QAction::triggered, view, &ImageView::zoomIn);
    a = mActions->add(QStringLiteral("zoomOut"), tr("Zoom &Out"), {QKeySequence::ZoomOut});
    connect(a, &QAction::triggered, view, &ImageView::zoomOut);
    a = mActions->add(QStringLiteral("zoomFit"), tr("Zoom to &Fit"),
                      {QKeySequence(Qt::CTRL | Qt::Key_0)});
    connect(a, &QAction::triggered, view, &ImageView::zoomToFit);
    a = mActions->add(QStringLiteral("zoomActual"), tr("&Actual Pixels (100 %)"),
                      {QKeySequence(Qt::CTRL | Qt::Key_1)});
    connect(a, &QAction::triggered, view, &ImageView::zoomToActualSize);
    a = mActions->add(QStringLiteral("nextImage"), tr("&Next Image"),
                      {QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(a, &QAction::triggered, this, [this] { showImage(currentImage() + 1); });
    a = mActions->add(QStringLiteral("previousImage"), tr("&Previous Image"),
                      {QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(a, &QAction::triggered, this, [this] { showImage(currentImage() - 1); });
    a = mActions->add(QStringLiteral("focusText"), tr("Focus &Text"),
                      {QKeySequence(Qt::ALT | Qt::Key_1)});
    connect(a, &QAction::triggered, mText, [this] { mText->setFocus(); });
    a = mActions->add(QStringLiteral("focusCanvas"), tr("Focus &Canvas"),
                      {QKeySequence(Qt::ALT | Qt::Key_2)});
    connect(a, &QAction::triggered, view, [view] { view->setFocus(); });
    a = mActions->add(QStringLiteral("showSource"), tr("Show &Source"),
                      {QKeySequence(Qt::CTRL | Qt::Key_U)});
    a->setCheckable(true);
    a->setChecked(QSettings().value(settingsKey("text/showSource"), false).toBool());
    mText->setShowSource(a->isChecked());
    connect(a, &QAction::toggled, this, [this](bool source) {
        mText->setShowSource(source);
        QSettings().setValue(settingsKey("text/showSource"), source);
    });
    a = mActions->add(QStringLiteral("shortcuts"), tr("&Keyboard Shortcuts"),
                      {QKeySequence::HelpContents});
    connect(a, &QAction::triggered, this, &MainWindow::showShortcuts);
    a = mActions->add(QStringLiteral("about"), tr("&About Provena"));
    a->setMenuRole(QAction::AboutRole);
    connect(a, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Provena"),
                           tr("<b>Provena</b> %1<br>Annotate news photos and their provenance.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    mActions->fill(file, ids({"open"}));
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    mRecentMenu->setObjectName(QStringLiteral("recentMenu"));
    mActions->fill(file, ids({"save", "reload", "", "attachImage", "", "closeArticle", "quit"}));
    updateRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    mActions->fill(edit,
                   ids({"undo", "redo", "", "copy", "paste", "duplicate", "delete", "selectAll", "",
                        "linkText", "markReviewed", "", "autosaveInterval"}));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addActions(mTools->toolActions());
    tools->addSeparator();
    mActions->fill(tools, ids({"manageLabels"}));

    mViewMenu = menuBar()->addMenu(tr("&View"));
    mActions->fill(mViewMenu,
                   ids({"zoomIn", "zoomOut", "zoomFit", "zoomActual", "", "previousImage",
                        "nextImage", "", "showSource", "focusText", "focusCanvas", ""}));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    mActions->fill(help, ids({"shortcuts", "about"}));
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Tools"));
    toolBar->setObjectName(QStringLiteral("toolsToolBar"));
    toolBar->setAccessibleName(tr("Tools"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(action(QStringLiteral("open")));
    toolBar->addAction(action(QStringLiteral("save")));
    toolBar->addSeparator();
    toolBar->addActions(mTools->toolActions());
    toolBar->addSeparator();
    ImageView *view = mCanvas->view();
    mNewLabelCombo = new QComboBox;
    mNewLabelCombo->setObjectName(QStringLiteral("newRegionLabel"));
    mNewLabelCombo->setAccessibleName(tr("Label for new regions"));
    mNewLabelCombo->setToolTip(tr("Label for new regions"));
    view->setNewRegionLabel(
        QSettings().value(settingsKey("newRegionLabel"), view->newRegionLabel()).toString());
    refillNewLabelCombo();
    connect(mNewLabelCombo, &QComboBox::currentIndexChanged, this, [this, view] {
        view->setNewRegionLabel(mNewLabelCombo->currentData().toString());
        QSettings().setValue(settingsKey("newRegionLabel"), view->newRegionLabel());
    });
    toolBar->addWidget(new QLabel(tr(" New: ")));
    toolBar->addWidget(mNewLabelCombo);
    toolBar->addSeparator();
    toolBar->addAction(action(QStringLiteral("linkText")));
    toolBar->addAction(action(QStringLiteral("zoomFit")));
    // The View menu lists the toolbar, then (createStatusBar) every dock.
    mViewMenu->addAction(toolBar->toggleViewAction());
}

void MainWindow::onDocumentAboutToBeReplaced()
{
    mChangeBar->clear();
    mReportBar->setReport({});
    // Views let go of the old document before it goes.
    mCanvas->setDocument(nullptr);
    mText->setArticleDocument(nullptr);
    mRegionsDock->setDocument(nullptr);
    mPropertiesDock->setDocument(nullptr);
    mRegionActions->setDocument(nullptr);
    if (ArticleDocument *old = document()) {
        // The old undo stack emits while it is destroyed; our slots must not run then.
        old->undoStack()->disconnect(this);
        old->disconnect(this);
        mUndoGroup->removeStack(old->undoStack());
    }
}

void MainWindow::onDocumentReplaced(ArticleDocument *doc)
{
    mHoveredRegion = {};
    mHoveredAnchors.clear();
    mText->setArticleDocument(doc);
    mRegionsDock->setDocument(doc);
    mPropertiesDock->setDocument(doc);
    mPropertiesDock->setRegions({});
    mRegionActions->setDocument(doc);
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
    }
    mCanvas->setDocument(doc);
    refillNewLabelCombo();
    updateTitle();
    updateActions();
}

void MainWindow::updateActions()
{
    const bool open = document() != nullptr;
    mActions->setEnabled(QStringLiteral("save"), open);
    mActions->setEnabled(QStringLiteral("reload"), open);
    mActions->setEnabled(QStringLiteral("closeArticle"), open);
    mActions->setEnabled(QStringLiteral("attachImage"), open && currentImage() >= 0);
    const int images = open ? int(document()->article().images.size()) : 0;
    mActions->setEnabled(QStringLiteral("nextImage"), currentImage() + 1 < images);
    mActions->setEnabled(QStringLiteral("previousImage"), currentImage() > 0);
    mRegionActions->updateActions();
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

void MainWindow::showError(const QString &what, const Error &error)
{
    Prompt p;
    p.kind = Prompt::Kind::Error;
    p.title = what;
    p.text = error.message;
    p.detailedText = error.toString();
    ask(p);
}

bool MainWindow::maybeSave()
{
    if (!document() || !document()->isModified())
        return true;
    Prompt p;
    p.kind = Prompt::Kind::UnsavedChanges;
    p.title = tr("Unsaved Changes");
    p.text = tr("“%1” has changes that are not saved.").arg(QFileInfo(articlePath()).fileName());
    p.informativeText = tr("Save them before going on?");
    p.buttons = QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel;
    p.defaultButton = QMessageBox::Save;
    switch (ask(p)) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        mSession->discardRecovery();
        return true;
    default:
        return false;
    }
}

bool MainWindow::openArticle(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
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

void MainWindow::offerRecovery()
{
    if (!mSession->hasRecovery())
        return;
    Prompt p;
    p.kind = Prompt::Kind::Recover;
    p.title = tr("Recover Unsaved Work");
    p.text = tr("Provena found work on “%1” that was not saved, probably because Provena or the "
                "computer stopped unexpectedly.")
                 .arg(QFileInfo(articlePath()).fileName());
    p.informativeText = tr("Recover it? It is loaded as unsaved changes; the saved annotations "
                           "on disk stay as they are until you save.");
    p.buttons = QMessageBox::Yes | QMessageBox::No;
    p.defaultButton = QMessageBox::Yes;
    if (ask(p) != QMessageBox::Yes) {
        mSession->discardRecovery();
        return;
    }
    const Status status = mSession->recover();
    if (!status) {
        showError(tr("Could Not Recover"), status.error());
        return;
    }
    statusBar()->showMessage(tr("Recovered unsaved work. Save to keep it."), 10000);
}

bool MainWindow::keepBrokenSidecar()
{
    Prompt p;
    p.kind = Prompt::Kind::KeepBrokenSidecar;
    p.title = tr("Saved Annotations Unreadable");
    p.text = tr("The annotations file on disk could not be read when the article was "
                "opened, so saving would replace work Provena could not load.");
    p.informativeText = tr("Keep a copy of the unreadable file beside it and save?");
    p.buttons = QMessageBox::Save | QMessageBox::Cancel;
    p.defaultButton = QMessageBox::Cancel;
    if (ask(p) != QMessageBox::Save)
        return false;
    QString copy;
    const Status kept = mSession->keepBrokenSidecarCopy(&copy);
    if (!kept) {
        showError(tr("Could Not Save"), kept.error());
        return false;
    }
    statusBar()->showMessage(
        tr("The unreadable file was kept as %1.").arg(QFileInfo(copy).fileName()), 10000);
    return true;
}

bool MainWindow::startSave()
{
    if (!document())
        return false;
    if (document()->sidecarUnreadable() && !keepBrokenSidecar())
        return false;
    const Status started = mSession->saveInBackground();
    if (!started) {
        showError(tr("Could Not Save"), started.error());
        return false;
    }
    return true;
}

bool MainWindow::save()
{
    if (!document())
        return false;
    if (document()->sidecarUnreadable() && !keepBrokenSidecar())
        return false;
    // onSaveFinished() tells the analyst how it went.
    return mSession->save().ok();
}

void MainWindow::onSaveFinished(const Status &status)
{
    if (!status) {
        showError(tr("Could Not Save"), status.error());
        return;
    }
    if (document())
        statusBar()->showMessage(
            tr("Saved %1").arg(QFileInfo(document()->sidecarPath()).fileName()), 4000);
    updateTitle();
}

bool MainWindow::reload()
{
    if (!document())
        return false;
    if (document()->isModified()) {
        Prompt p;
        p.kind = Prompt::Kind::ReloadDiscardsChanges;
        p.title = tr("Reload Article");
        p.text = tr("Reloading replaces your unsaved changes with the files on disk.");
        p.informativeText = tr("Reload anyway? Choose No to keep working on your version.");
        p.buttons = QMessageBox::Yes | QMessageBox::No;
        p.defaultButton = QMessageBox::No;
        if (ask(p) != QMessageBox::Yes)
            return false;
    }
    const int image = currentImage();
    // The reloaded document replaces this one, so its recovery copy is stale either way.
    mSession->discardRecovery();
    const Status reloaded = mSession->reload();
    if (!reloaded) {
        showError(tr("Could Not Reload"), reloaded.error());
        return false;
    }
    mReportBar->setReport(mSession->openReport());
    if (image > 0)
        showImage(image);
    statusBar()->showMessage(tr("Reloaded from disk."), 4000);
    return true;
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

void MainWindow::showOpenReportDetails()
{
    if (!document())
        return;
    const OpenReport &report = mReportBar->report();
    Prompt p;
    p.kind = Prompt::Kind::Information;
    p.title = tr("Changes Since the Annotations Were Saved");
    p.text = OpenReportBar::summarise(report);
    if (!p.text.isEmpty())
        p.text[0] = p.text.at(0).toUpper();
    p.informativeText = OpenReportBar::details(report, *document());
    p.detailedText = p.informativeText;
    ask(p);
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

void MainWindow::attachImage(int index)
{
    if (!document() || index < 0 || index >= document()->article().images.size())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach Local File for Image %1").arg(index + 1),
        QFileInfo(articlePath()).absolutePath(),
        tr("Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Status attached = mSession->attachImage(index, path); !attached) {
        showError(tr("Attach Local File"), attached.error());
        return;
    }
    showImage(index);
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(settingsKey("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings.setValue(settingsKey("recentFiles"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    mRecentMenu->clear();
    const QStringList recent = QSettings().value(settingsKey("recentFiles")).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString &path = recent.at(i);
        QAction *a = mRecentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openArticle(path); });
    }
    mRecentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::onSceneSelectionChanged()
{
    const QList<QUuid> ids = imageScene()->selectedRegionIds();
    if (!mSyncingSelection) {
        mSyncingSelection = true;
        mRegionsDock->setSelectedRegions(ids);
        mSyncingSelection = false;
    }
    mPropertiesDock->setRegions(ids);
    updateEmphasis();
    updateActions();
}

void MainWindow::onDockSelectionChanged(const QList<QUuid> &ids)
{
    if (mSyncingSelection || !document())
        return;
    mSyncingSelection = true;
    if (!ids.isEmpty()) {
        const Region *first = document()->region(ids.first());
        if (first && first->imageIndex != currentImage())
            showImage(first->imageIndex);
    }
    imageScene()->selectRegions(ids);
    if (!ids.isEmpty()) {
        if (RegionItem *item = imageScene()->regionItem(ids.first()))
            imageView()->ensureVisible(item, 40, 40);
    }
    mSyncingSelection = false;
    onSceneSelectionChanged();
}

void MainWindow::onRegionHovered(const QUuid &id)
{
    mHoveredRegion = id;
    const Region *r = document() && !id.isNull() ? document()->region(id) : nullptr;
    if (r) {
        const Label *label = document()->labels().find(r->label);
        QString text = label ? label->name : r->label;
        if (!r->entity.name.isEmpty())
            text += QStringLiteral(": ") + r->entity.name;
        mStatusRegion->setText(text);
    } else {
        mStatusRegion->clear();
    }
    updateEmphasis();
}

void MainWindow::onAnchorsHovered(const QList<QUuid> &ids)
{
    mHoveredAnchors = ids;
    QSet<QUuid> regions;
    if (document()) {
        for (const QUuid &a : ids) {
            for (const QUuid &r : document()->regionsLinkedTo(a))
                regions.insert(r);
        }
    }
    imageScene()->setHighlightedRegions(regions);
}

void MainWindow::updateEmphasis()
{
    QSet<QUuid> anchors;
    if (document()) {
        QList<QUuid> regions = imageScene()->selectedRegionIds();
        if (!mHoveredRegion.isNull())
            regions.append(mHoveredRegion);
        for (const QUuid &id : regions) {
            if (const Region *r = document()->region(id)) {
                for (const QUuid &a : r->links)
                    anchors.insert(a);
            }
        }
    }
    mText->setEmphasisedAnchors(anchors);
}

void MainWindow::showCanvasMenu(const QPointF &imagePos, const QPoint &globalPos)
{
    // The menu acts on what was clicked: a region outside the selection becomes the selection,
    // so Delete never removes a region the analyst did not point at.
    if (RegionItem *item = imageScene()->regionAt(imagePos);
        item && document() && !document()->isRegionSelected(item->regionId()))
        imageScene()->selectRegions({item->regionId()});
    QMenu menu(this);
    mActions->fill(&menu,
                   {QStringLiteral("linkText"), QStringLiteral("markReviewed"), QString(),
                    QStringLiteral("copy"), QStringLiteral("paste"), QStringLiteral("duplicate"),
                    QStringLiteral("delete"), QString(), QStringLiteral("zoomFit"),
                    QStringLiteral("zoomActual")});
    menu.exec(globalPos);
}

void MainWindow::refillNewLabelCombo()
{
    if (!mNewLabelCombo)
        return;
    // The open document's labels (the standard set plus those its sidecar carries), else the
    // standard set.
    const LabelTaxonomy taxonomy = document() ? document()->labels() : LabelTaxonomy::standard();
    {
        const QSignalBlocker blocker(mNewLabelCombo);
        mNewLabelCombo->clear();
        for (const Label &label : taxonomy.labels()) {
            QPixmap swatch(12, 12);
            swatch.fill(label.colour);
            mNewLabelCombo->addItem(QIcon(swatch), label.name, label.id);
            mNewLabelCombo->setItemData(mNewLabelCombo->count() - 1, label.description,
                                        Qt::ToolTipRole);
        }
        mNewLabelCombo->setCurrentIndex(
            qMax(0, mNewLabelCombo->findData(imageView()->newRegionLabel())));
    }
    // A label that is gone (removed by the user) gives way to the first one.
    if (mNewLabelCombo->currentIndex() >= 0
        && mNewLabelCombo->currentData().toString() != imageView()->newRegionLabel())
        imageView()->setNewRegionLabel(mNewLabelCombo->currentData().toString());
}

void MainWindow::manageLabels()
{
    if (mLabelsDialog) {
        mLabelsDialog->raise();
        mLabelsDialog->activateWindow();
        return;
    }
    // Window-modal but not blocking (open(), not exec()): tests drive it via labelsDialog().
    mLabelsDialog = new LabelsDialog(this);
    mLabelsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(mLabelsDialog, &QDialog::accepted, this, &MainWindow::applyUserLabels);
    mLabelsDialog->open();
}

LabelsDialog *MainWindow::labelsDialog() const
{
    return mLabelsDialog;
}

void MainWindow::applyUserLabels()
{
    if (document()) {
        // The new standard set, keeping the labels the document already has (its sidecar may
        // carry labels this account does not define).
        LabelTaxonomy labels = LabelTaxonomy::standard();
        labels.merge(document()->labels());
        // Undoable like any edit; labelsChanged refills the combos.
        document()->undoStack()->push(new ChangeLabelsCommand(document(), labels));
    } else {
        refillNewLabelCombo();
    }
    statusBar()->showMessage(tr("Labels saved."), 3000);
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
        mSession->recovery()->intervalSeconds(), 0, 3600, 10, &ok);
    if (!ok)
        return;
    mSession->recovery()->setIntervalSeconds(seconds);
    QSettings().setValue(settingsKey("autosaveSeconds"), seconds);
}

void MainWindow::readSettings()
{
    QSettings settings;
    mSession->recovery()->setIntervalSeconds(
        settings.value(settingsKey("autosaveSeconds"), RecoveryManager::kDefaultIntervalSeconds)
            .toInt());
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
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

void MainWindow::createDocks()
{
    mRegionsDock = new RegionsDock(this);
    addDockWidget(Qt::RightDockWidgetArea, mRegionsDock);
    connect(mRegionsDock, &RegionsDock::selectionChangedByUser, this,
            &MainWindow::onDockSelectionChanged);
    connect(mRegionsDock, &RegionsDock::regionActivated, this, [this](const QUuid &id) {
        if (RegionItem *item = imageScene()->regionItem(id))
            imageView()->centerOn(item);
    });

    mPropertiesDock = new PropertiesDock(this);
    addDockWidget(Qt::RightDockWidgetArea, mPropertiesDock);
    connect(mPropertiesDock, &PropertiesDock::anchorActivated, this, [this](const QUuid &id) {
        if (const TextAnchor *a = document() ? document()->anchor(id) : nullptr)
            mText->selectRange(a->range);
    });

    auto *history = new QDockWidget(tr("History"), this);
    history->setObjectName(QStringLiteral("historyDock"));
    history->setAccessibleName(tr("History"));
    mUndoView = new QUndoView;
    mUndoView->setGroup(mUndoGroup);
    mUndoView->setEmptyLabel(tr("<opened>"));
    mUndoView->setAccessibleName(tr("Undo history"));
    history->setWidget(mUndoView);
    addDockWidget(Qt::RightDockWidgetArea, history);
    tabifyDockWidget(mPropertiesDock, history);
    mPropertiesDock->raise();

    const auto placeholder
        = [this](const QString &title, const QString &name, const QString &text) {
              auto *dock = new QDockWidget(title, this);
              dock->setObjectName(name);
              dock->setAccessibleName(title);
              auto *label = new QLabel(text);
              label->setWordWrap(true);
              label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
              label->setMargin(8);
              label->setAccessibleName(title);
              dock->setWidget(label);
              addDockWidget(Qt::BottomDockWidgetArea, dock);
              return dock;
          };
    QDockWidget *provenance = placeholder(
        tr("Provenance"), QStringLiteral("provenanceDock"),
        tr("Provenance checks (reverse image search, earlier copies, edits) will appear here."));
    mMetadataDock = new MetadataDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, mMetadataDock);
    tabifyDockWidget(provenance, mMetadataDock);
    provenance->hide();
    mMetadataDock->hide();
    // Read lazily: only while the dock is shown.
    connect(mMetadataDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            updateMetadata();
    });
}

void MainWindow::createStatusBar()
{
    for (QLabel *l : {mStatusRegion, mStatusPosition, mStatusImage, mStatusZoom}) {
        l->setMinimumWidth(80);
        statusBar()->addPermanentWidget(l);
    }
    mStatusPosition->setAccessibleName(tr("Cursor position in image pixels"));
    mStatusZoom->setAccessibleName(tr("Zoom"));
    mStatusImage->setAccessibleName(tr("Image size"));
    mStatusRegion->setAccessibleName(tr("Region under the cursor"));

    mViewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        mViewMenu->addAction(dock->toggleViewAction());
}

} // namespace provena
