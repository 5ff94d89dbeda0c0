// SPDX-License-Identifier: MIT
#include "ui/mainwindow/mainwindow.h"

#include "core/commands/addremoveregions.h"
#include "core/commands/linkregiontextcommand.h"
#include "core/commands/markregionsreviewedcommand.h"
#include "core/document/articledocument.h"
#include "core/document/textanchoring.h"
#include "core/model/codepointindex.h"
#include "metadata/metadatareader.h"
#include "session/documentsession.h"
#include "session/recoverymanager.h"
#include "ui/canvas/imageloader.h"
#include "ui/canvas/imagescene.h"
#include "ui/canvas/imagestrip.h"
#include "ui/canvas/imageview.h"
#include "ui/canvas/missingimagewidget.h"
#include "ui/canvas/regionitem.h"
#include "ui/dialogs/labelsdialog.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/docks/metadatadock.h"
#include "ui/docks/propertiesdock.h"
#include "ui/docks/regionsdock.h"
#include "ui/mainwindow/changebar.h"
#include "ui/mainwindow/openreportbar.h"
#include "ui/mainwindow/regionclipboard.h"
#include "ui/text/articletextview.h"
#include "ui/tools/boxtool.h"
#include "ui/tools/pointtool.h"
#include "ui/tools/polygontool.h"
#include "ui/tools/selecttool.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
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
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoView>
#include <QUrl>
#include <QVBoxLayout>

namespace provena {

namespace {

constexpr int kMaxRecentFiles = 10;
constexpr double kPasteOffset = 10;

QString settingsKey(const char *key)
{
    return QString::fromLatin1(key);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , mSession(new DocumentSession(this))
    , mScene(new ImageScene(this))
    , mView(new ImageView(mScene))
    , mText(new ArticleTextView)
    , mStrip(new ImageStrip)
    , mMissing(new MissingImageWidget)
    , mCanvasStack(new QStackedWidget)
    , mLoading(new QLabel)
    , mChangeBar(new ChangeBar)
    , mReportBar(new OpenReportBar)
    , mLoader(new ImageLoader(this))
    , mStatusPosition(new QLabel)
    , mStatusZoom(new QLabel)
    , mStatusImage(new QLabel)
    , mStatusRegion(new QLabel)
    , mToolGroup(new QActionGroup(this))
{
    MetadataReader::initialise();
    setObjectName(QStringLiteral("mainWindow"));
    setAccessibleName(tr("Provena"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    // Central area: change bar on top, then text | (strip over canvas).
    auto *canvasPane = new QWidget;
    auto *canvasLayout = new QVBoxLayout(canvasPane);
    canvasLayout->setContentsMargins(0, 0, 0, 0);
    canvasLayout->setSpacing(0);
    canvasLayout->addWidget(mStrip);
    mCanvasStack->addWidget(mView);
    mCanvasStack->addWidget(mMissing);
    auto *empty = new QLabel(tr("No image"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setAccessibleName(tr("No image"));
    mCanvasStack->addWidget(empty);
    mLoading->setObjectName(QStringLiteral("imageLoading"));
    mLoading->setAlignment(Qt::AlignCenter);
    mLoading->setAccessibleName(tr("Loading image"));
    mCanvasStack->addWidget(mLoading);
    mCanvasStack->setCurrentIndex(2);
    canvasLayout->addWidget(mCanvasStack, 1);
    mStrip->hide();

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    splitter->addWidget(mText);
    splitter->addWidget(canvasPane);
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

    createActions();
    createDocks();
    createMenus();
    createStatusBar();

    connect(mStrip, &ImageStrip::imageChosen, this, &MainWindow::showImage);
    connect(mMissing, &MissingImageWidget::attachRequested, this, &MainWindow::attachImage);
    connect(mScene, &ImageScene::regionSelectionChanged, this,
            &MainWindow::onSceneSelectionChanged);
    connect(mView, &ImageView::hoveredRegionChanged, this, &MainWindow::onRegionHovered);
    connect(mView, &ImageView::contextMenuRequested, this, &MainWindow::showCanvasMenu);
    connect(mView, &ImageView::zoomChanged, this, [this](double zoom) {
        mStatusZoom->setText(tr("%1 %").arg(zoom * 100, 0, 'f', zoom < 0.1 ? 1 : 0));
    });
    connect(mView, &ImageView::cursorMoved, this, [this](const QPointF &p, bool inside) {
        mStatusPosition->setText(inside ? tr("x %1, y %2").arg(int(p.x())).arg(int(p.y()))
                                        : QString());
    });
    connect(mText, &ArticleTextView::anchorsHovered, this, &MainWindow::onAnchorsHovered);
    connect(mText, &QTextEdit::selectionChanged, this, &MainWindow::updateActions);
    connect(mChangeBar, &ChangeBar::reloadRequested, this, &MainWindow::reload);
    connect(mReportBar, &OpenReportBar::detailsRequested, this, &MainWindow::showOpenReportDetails);
    connect(
        mLoader, &ImageLoader::loaded, this,
        [this](quint64, const QString &path, const QImage &image) { onImageLoaded(path, image); });
    connect(
        mLoader, &ImageLoader::failed, this,
        [this](quint64, const QString &path, const Error &error) { onImageFailed(path, error); });
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            &MainWindow::updateActions);
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
    // Tools may have drafts on the scene; the scene and docks hold pointers into the document.
    mView->setTool(nullptr);
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

QAction *MainWindow::addAction(const QString &name, const QString &text,
                               const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcuts(shortcuts);
    QString tip = text;
    tip.remove(u'&');
    if (!shortcuts.isEmpty())
        tip += QStringLiteral(" (%1)").arg(shortcuts.first().toString(QKeySequence::NativeText));
    action->setToolTip(tip);
    QWidget::addAction(action);
    mActions.append(action);
    return action;
}

QAction *MainWindow::action(const QString &name) const
{
    for (QAction *a : mActions) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

void MainWindow::addTool(AbstractTool *tool, const QString &name)
{
    QAction *a = addAction(name, tool->name(), {tool->shortcut()});
    // Single-letter keys only while the canvas has focus, so they never eat typing elsewhere.
    QWidget::removeAction(a);
    mView->addAction(a);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setCheckable(true);
    mToolGroup->addAction(a);
    connect(a, &QAction::triggered, this, [this, tool] { mView->setTool(tool); });
    connect(tool, &AbstractTool::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    if (auto *creator = qobject_cast<CreationTool *>(tool)) {
        connect(creator, &CreationTool::regionCreated, this,
                [this] { statusBar()->showMessage(tr("Region added. Ctrl+Z undoes it."), 3000); });
    }
}

void MainWindow::createActions()
{
    QAction *a = addAction(QStringLiteral("open"), tr("&Open…"), {QKeySequence::Open});
    connect(a, &QAction::triggered, this, [this] {
        const QString start
            = articlePath().isEmpty() ? QString() : QFileInfo(articlePath()).absolutePath();
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Article"), start,
            tr("Articles (*.md *.markdown *.txt *.html *.htm);;All files (*)"));
        if (!path.isEmpty())
            openArticle(path);
    });
    a = addAction(QStringLiteral("save"), tr("&Save"), {QKeySequence::Save});
    connect(a, &QAction::triggered, this, &MainWindow::startSave);
    a = addAction(QStringLiteral("reload"), tr("&Reload from Disk"), {QKeySequence::Refresh});
    connect(a, &QAction::triggered, this, &MainWindow::reload);
    a = addAction(QStringLiteral("attachImage"), tr("&Attach Local File for Image…"));
    connect(a, &QAction::triggered, this, [this] { attachImage(mImageIndex); });
    a = addAction(QStringLiteral("closeArticle"), tr("&Close Article"), {QKeySequence::Close});
    connect(a, &QAction::triggered, this, [this] {
        if (maybeSave())
            mSession->close();
    });
    a = addAction(QStringLiteral("quit"), tr("&Quit"), {QKeySequence::Quit});
    a->setMenuRole(QAction::QuitRole);
    connect(a, &QAction::triggered, this, &QWidget::close);

    a = addAction(QStringLiteral("undo"), tr("&Undo"), {QKeySequence::Undo});
    connect(a, &QAction::triggered, this, [this] {
        if (document())
            document()->undoStack()->undo();
    });
    a = addAction(QStringLiteral("redo"), tr("&Redo"), {QKeySequence::Redo});
    connect(a, &QAction::triggered, this, [this] {
        if (document())
            document()->undoStack()->redo();
    });
    a = addAction(QStringLiteral("copy"), tr("&Copy"), {QKeySequence::Copy});
    connect(a, &QAction::triggered, this, [this] {
        if (mText->hasFocus())
            mText->copy();
        else
            copyRegions();
    });
    a = addAction(QStringLiteral("paste"), tr("&Paste"), {QKeySequence::Paste});
    connect(a, &QAction::triggered, this, &MainWindow::pasteRegions);
    a = addAction(QStringLiteral("duplicate"), tr("D&uplicate"),
                  {QKeySequence(Qt::CTRL | Qt::Key_D)});
    connect(a, &QAction::triggered, this, &MainWindow::duplicateRegions);
    a = addAction(QStringLiteral("delete"), tr("&Delete"), {QKeySequence::Delete});
    connect(a, &QAction::triggered, this, &MainWindow::deleteRegions);
    a = addAction(QStringLiteral("markReviewed"), tr("Mark Region(s) &Reviewed"),
                  {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    a->setStatusTip(tr("The region still matches its changed image: clear “needs review”."));
    connect(a, &QAction::triggered, this, &MainWindow::markRegionsReviewed);
    a = addAction(QStringLiteral("selectAll"), tr("Select &All Regions"),
                  {QKeySequence::SelectAll});
    connect(a, &QAction::triggered, this, [this] {
        if (mText->hasFocus()) {
            mText->selectAll();
            return;
        }
        QList<QUuid> ids;
        for (RegionItem *item : mScene->regionItems())
            ids.append(item->regionId());
        mScene->selectRegions(ids);
    });
    a = addAction(QStringLiteral("linkText"), tr("&Link Selected Text to Region"),
                  {QKeySequence(Qt::CTRL | Qt::Key_L)});
    connect(a, &QAction::triggered, this, &MainWindow::linkSelectedText);
    mText->setExtraActions({a});
    a = addAction(QStringLiteral("autosaveInterval"), tr("Auto&save Interval…"));
    connect(a, &QAction::triggered, this, &MainWindow::setAutosaveInterval);
    a = addAction(QStringLiteral("manageLabels"), tr("Manage &Labels…"));
    connect(a, &QAction::triggered, this, &MainWindow::manageLabels);

    a = addAction(QStringLiteral("zoomIn"), tr("Zoom &In"), {QKeySequence::ZoomIn});
    connect(a, &QAction::triggered, mView, &ImageView::zoomIn);
    a = addAction(QStringLiteral("zoomOut"), tr("Zoom &Out"), {QKeySequence::ZoomOut});
    connect(a, &QAction::triggered, mView, &ImageView::zoomOut);
    a = addAction(QStringLiteral("zoomFit"), tr("Zoom to &Fit"),
                  {QKeySequence(Qt::CTRL | Qt::Key_0)});
    connect(a, &QAction::triggered, mView, &ImageView::zoomToFit);
    a = addAction(QStringLiteral("zoomActual"), tr("&Actual Pixels (100 %)"),
                  {QKeySequence(Qt::CTRL | Qt::Key_1)});
    connect(a, &QAction::triggered, mView, &ImageView::zoomToActualSize);
    a = addAction(QStringLiteral("nextImage"), tr("&Next Image"),
                  {QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(a, &QAction::triggered, this, [this] { showImage(mImageIndex + 1); });
    a = addAction(QStringLiteral("previousImage"), tr("&Previous Image"),
                  {QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(a, &QAction::triggered, this, [this] { showImage(mImageIndex - 1); });
    a = addAction(QStringLiteral("focusText"), tr("Focus &Text"),
                  {QKeySequence(Qt::ALT | Qt::Key_1)});
    connect(a, &QAction::triggered, mText, [this] { mText->setFocus(); });
    a = addAction(QStringLiteral("focusCanvas"), tr("Focus &Canvas"),
                  {QKeySequence(Qt::ALT | Qt::Key_2)});
    connect(a, &QAction::triggered, mView, [this] { mView->setFocus(); });
    a = addAction(QStringLiteral("showSource"), tr("Show &Source"),
                  {QKeySequence(Qt::CTRL | Qt::Key_U)});
    a->setCheckable(true);
    a->setChecked(QSettings().value(settingsKey("text/showSource"), false).toBool());
    mText->setShowSource(a->isChecked());
    connect(a, &QAction::toggled, this, [this](bool source) {
        mText->setShowSource(source);
        QSettings().setValue(settingsKey("text/showSource"), source);
    });

    a = addAction(QStringLiteral("shortcuts"), tr("&Keyboard Shortcuts"),
                  {QKeySequence::HelpContents});
    connect(a, &QAction::triggered, this, &MainWindow::showShortcuts);
    a = addAction(QStringLiteral("about"), tr("&About Provena"));
    a->setMenuRole(QAction::AboutRole);
    connect(a, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Provena"),
                           tr("<b>Provena</b> %1<br>Annotate news photos and their provenance.")
                               .arg(QApplication::applicationVersion()));
    });

    mSelectTool = new SelectTool(this);
    addTool(mSelectTool, QStringLiteral("toolSelect"));
    addTool(new BoxTool(RegionGeometry::Shape::Rectangle, this), QStringLiteral("toolRectangle"));
    addTool(new BoxTool(RegionGeometry::Shape::Ellipse, this), QStringLiteral("toolEllipse"));
    addTool(new PolygonTool(RegionGeometry::Shape::Polygon, this), QStringLiteral("toolPolygon"));
    addTool(new PolygonTool(RegionGeometry::Shape::Polyline, this), QStringLiteral("toolPolyline"));
    addTool(new PointTool(this), QStringLiteral("toolPoint"));
    action(QStringLiteral("toolSelect"))->setChecked(true);
    mView->setTool(mSelectTool);

    mCanvasKeys = {
        {QStringLiteral("+ / −"), tr("Canvas: zoom in / out")},
        {QStringLiteral("0"), tr("Canvas: zoom to fit")},
        {QStringLiteral("1"), tr("Canvas: actual pixels")},
        {tr("Wheel"), tr("Canvas: zoom around the cursor")},
        {tr("Space+drag, middle drag"), tr("Canvas: pan")},
        {tr("Arrows / Shift+Arrows"), tr("Canvas: nudge selection 1 px / 10 px")},
        {tr("Enter, double-click"), tr("Polygon: finish")},
        {tr("Backspace"), tr("Polygon: remove last vertex")},
        {tr("Esc"), tr("Cancel drawing or dragging; clear selection")},
        {tr("Shift+drag"), tr("Square / keep aspect ratio")},
        {tr("Ctrl+click"), tr("Toggle selection; on a polygon edge: insert vertex")},
        {tr("Alt+click on vertex"), tr("Delete vertex")},
    };
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("open")));
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    mRecentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(action(QStringLiteral("save")));
    file->addAction(action(QStringLiteral("reload")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("attachImage")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("closeArticle")));
    file->addAction(action(QStringLiteral("quit")));
    updateRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (const char *name : {"undo", "redo", "", "copy", "paste", "duplicate", "delete",
                             "selectAll", "", "linkText", "markReviewed", "", "autosaveInterval"}) {
        if (!*name)
            edit->addSeparator();
        else
            edit->addAction(action(QString::fromLatin1(name)));
    }

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addActions(mToolGroup->actions());
    tools->addSeparator();
    tools->addAction(action(QStringLiteral("manageLabels")));

    mViewMenu = menuBar()->addMenu(tr("&View"));
    for (const char *name : {"zoomIn", "zoomOut", "zoomFit", "zoomActual", "", "previousImage",
                             "nextImage", "", "showSource", "focusText", "focusCanvas", ""}) {
        if (!*name)
            mViewMenu->addSeparator();
        else
            mViewMenu->addAction(action(QString::fromLatin1(name)));
    }

    QToolBar *toolBar = addToolBar(tr("Tools"));
    toolBar->setObjectName(QStringLiteral("toolsToolBar"));
    toolBar->setAccessibleName(tr("Tools"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(action(QStringLiteral("open")));
    toolBar->addAction(action(QStringLiteral("save")));
    toolBar->addSeparator();
    toolBar->addActions(mToolGroup->actions());
    toolBar->addSeparator();
    auto *labelCombo = new QComboBox;
    mNewLabelCombo = labelCombo;
    labelCombo->setObjectName(QStringLiteral("newRegionLabel"));
    labelCombo->setAccessibleName(tr("Label for new regions"));
    labelCombo->setToolTip(tr("Label for new regions"));
    mView->setNewRegionLabel(
        QSettings().value(settingsKey("newRegionLabel"), mView->newRegionLabel()).toString());
    refillNewLabelCombo();
    connect(labelCombo, &QComboBox::currentIndexChanged, this, [this, labelCombo] {
        mView->setNewRegionLabel(labelCombo->currentData().toString());
        QSettings().setValue(settingsKey("newRegionLabel"), mView->newRegionLabel());
    });
    toolBar->addWidget(new QLabel(tr(" New: ")));
    toolBar->addWidget(labelCombo);
    toolBar->addSeparator();
    toolBar->addAction(action(QStringLiteral("linkText")));
    toolBar->addAction(action(QStringLiteral("zoomFit")));
    mViewMenu->addAction(toolBar->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("shortcuts")));
    help->addAction(action(QStringLiteral("about")));
}

void MainWindow::createDocks()
{
    mRegionsDock = new RegionsDock(this);
    addDockWidget(Qt::RightDockWidgetArea, mRegionsDock);
    connect(mRegionsDock, &RegionsDock::selectionChangedByUser, this,
            &MainWindow::onDockSelectionChanged);
    connect(mRegionsDock, &RegionsDock::regionActivated, this, [this](const QUuid &id) {
        if (RegionItem *item = mScene->regionItem(id))
            mView->centerOn(item);
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

void MainWindow::onDocumentAboutToBeReplaced()
{
    mChangeBar->clear();
    mReportBar->setReport({});
    mLoader->cancel();
    mLoadingIndex = -1;
    // Views let go of the old document before it goes.
    mScene->setDocument(nullptr);
    mText->setArticleDocument(nullptr);
    mRegionsDock->setDocument(nullptr);
    mPropertiesDock->setDocument(nullptr);
    mUndoView->setStack(nullptr);
    if (ArticleDocument *old = document()) {
        // The old undo stack emits while it is destroyed; our slots must not run then.
        old->undoStack()->disconnect(this);
        old->disconnect(this);
    }
}

void MainWindow::onDocumentReplaced(ArticleDocument *doc)
{
    mImageIndex = -1;
    mImage = QImage();
    mHoveredRegion = {};
    mHoveredAnchors.clear();

    mScene->setDocument(doc);
    mText->setArticleDocument(doc);
    mRegionsDock->setDocument(doc);
    mPropertiesDock->setDocument(doc);
    mPropertiesDock->setRegions({});
    if (doc) {
        mUndoView->setStack(doc->undoStack());
        connect(doc, &ArticleDocument::modifiedChanged, this, &MainWindow::updateTitle);
        connect(doc->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
        connect(doc, &ArticleDocument::annotationsReset, this, &MainWindow::updateActions);
        connect(doc, &ArticleDocument::labelsChanged, this, &MainWindow::refillNewLabelCombo);
        mStrip->setArticle(doc->article());
        showImage(0);
    } else {
        mStrip->setArticle(Article());
        mCanvasStack->setCurrentIndex(2);
        mScene->setImage(-1, QImage());
        mStatusImage->clear();
    }
    refillNewLabelCombo();
    updateTitle();
    updateActions();
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
    const int image = mImageIndex;
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

void MainWindow::updateActions()
{
    const bool open = document() != nullptr;
    const QList<QUuid> selected = mScene->selectedRegionIds();
    const auto enable = [this](const char *name, bool on) {
        action(QString::fromLatin1(name))->setEnabled(on);
    };
    enable("save", open);
    enable("reload", open);
    enable("closeArticle", open);
    enable("attachImage", open && mImageIndex >= 0);
    enable("undo", open && document()->undoStack()->canUndo());
    enable("redo", open && document()->undoStack()->canRedo());
    enable("paste",
           open && mScene->hasImage()
               && RegionClipboard::hasRegions(QGuiApplication::clipboard()->mimeData()));
    bool review = false;
    for (const QUuid &id : selected) {
        const Region *r = open ? document()->region(id) : nullptr;
        review = review || (r && r->needsReview);
    }
    enable("markReviewed", review);
    enable("duplicate", !selected.isEmpty());
    enable("delete", !selected.isEmpty());
    enable("linkText", selected.size() == 1 && mText->textCursor().hasSelection());
    const int images = open ? int(document()->article().images.size()) : 0;
    enable("nextImage", mImageIndex + 1 < images);
    enable("previousImage", mImageIndex > 0);
    if (open) {
        const QString undoText = document()->undoStack()->undoText();
        const QString redoText = document()->undoStack()->redoText();
        action(QStringLiteral("undo"))
            ->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
        action(QStringLiteral("redo"))
            ->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    }
}

void MainWindow::showImage(int index)
{
    if (!document() || index < 0 || index >= document()->article().images.size())
        return;
    if (mView->tool())
        mView->tool()->cancel();
    mImageIndex = index;
    mStrip->setCurrentImage(index);
    loadImage(index);
    updateActions();
}

void MainWindow::loadImage(int index)
{
    const ImageRef &ref = document()->article().images.at(index);
    // Whatever is still decoding is for an image the analyst has left.
    mLoader->cancel();
    mLoadingIndex = -1;
    if (ref.localPath.isEmpty()) {
        showLoadedImage(index, QImage(), QString());
        return;
    }
    if (std::optional<QImage> cached = mLoader->cached(ref.localPath)) {
        showLoadedImage(index, *cached, QString());
        return;
    }
    // Nothing of the previous image stays on screen while this one decodes.
    mImage = QImage();
    mScene->setImage(index, QImage());
    mLoadingIndex = index;
    mLoading->setText(tr("Loading “%1”…").arg(QFileInfo(ref.localPath).fileName()));
    mCanvasStack->setCurrentWidget(mLoading);
    mStatusImage->setText(tr("Image %1: loading…").arg(index + 1));
    mLoader->request(ref.localPath);
    updateMetadata();
    onSceneSelectionChanged();
}

void MainWindow::onImageLoaded(const QString &path, const QImage &image)
{
    const int index = mLoadingIndex;
    if (!document() || index < 0 || index >= document()->article().images.size()
        || document()->article().images.at(index).localPath != path)
        return;
    mLoadingIndex = -1;
    showLoadedImage(index, image, QString());
}

void MainWindow::onImageFailed(const QString &path, const Error &error)
{
    const int index = mLoadingIndex;
    if (!document() || index < 0 || index >= document()->article().images.size()
        || document()->article().images.at(index).localPath != path)
        return;
    mLoadingIndex = -1;
    showLoadedImage(index, QImage(),
                    tr("Could not read “%1”: %2 Attach another copy of the image.")
                        .arg(QFileInfo(path).fileName(), error.message));
}

void MainWindow::showLoadedImage(int index, const QImage &image, const QString &problem)
{
    const ImageRef &ref = document()->article().images.at(index);
    mImage = image;
    mScene->setImage(index, image);
    updateMetadata();
    if (image.isNull()) {
        mMissing->setImage(index, ref.url, problem);
        mCanvasStack->setCurrentWidget(mMissing);
        mStatusImage->setText(tr("Image %1: not available").arg(index + 1));
    } else {
        mCanvasStack->setCurrentWidget(mView);
        mView->zoomToFit();
        mStatusImage->setText(tr("%1 × %2 px").arg(image.width()).arg(image.height()));
    }
    onSceneSelectionChanged();
    Q_EMIT imageShown(index, !image.isNull());
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
        = document() && mImageIndex >= 0 && mImageIndex < document()->article().images.size();
    mMetadataDock->setImage(has ? document()->article().images.at(mImageIndex).localPath
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
    mSession->attachImage(index, path);
    mStrip->setArticle(document()->article());
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
    const QList<QUuid> ids = mScene->selectedRegionIds();
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
        if (first && first->imageIndex != mImageIndex)
            showImage(first->imageIndex);
    }
    mScene->selectRegions(ids);
    if (!ids.isEmpty()) {
        if (RegionItem *item = mScene->regionItem(ids.first()))
            mView->ensureVisible(item, 40, 40);
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
    mScene->setHighlightedRegions(regions);
}

void MainWindow::updateEmphasis()
{
    QSet<QUuid> anchors;
    if (document()) {
        QList<QUuid> regions = mScene->selectedRegionIds();
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

bool MainWindow::linkSelectedText()
{
    const QList<QUuid> selected = mScene->selectedRegionIds();
    const TextRange range = mText->selectedRange();
    if (!document() || selected.size() != 1 || !range.isValid() || range.length() == 0) {
        statusBar()->showMessage(
            tr("Select one region on the image and some text in the article, then link."), 5000);
        return false;
    }
    const QString &text = document()->article().text;
    const CodePointIndex index(text);
    document()->undoStack()->push(new LinkRegionToTextCommand(document(), selected.first(),
                                                              makeTextAnchor(text, index, range)));
    statusBar()->showMessage(tr("Linked."), 3000);
    return true;
}

void MainWindow::copyRegions()
{
    if (!document())
        return;
    RegionClipboard::Content content;
    content.sourceArticle = articlePath();
    content.sourceImage = mImageIndex;
    for (const QUuid &id : mScene->selectedRegionIds()) {
        if (const Region *r = document()->region(id))
            content.regions.append(RegionClipboard::carried(*r));
    }
    if (content.regions.isEmpty())
        return;
    // The clipboard takes ownership; other windows (and other programs) can read it.
    QGuiApplication::clipboard()->setMimeData(
        RegionClipboard::toMimeData(content, document()->labels()));
    statusBar()->showMessage(tr("Copied %n region(s).", nullptr, int(content.regions.size())),
                             3000);
    updateActions();
}

void MainWindow::pasteRegions()
{
    if (!document() || !mScene->hasImage())
        return;
    const std::optional<RegionClipboard::Content> content
        = RegionClipboard::fromMimeData(QGuiApplication::clipboard()->mimeData());
    if (!content) {
        statusBar()->showMessage(tr("The clipboard holds no regions to paste."), 3000);
        return;
    }
    // On the image they were copied from, offset the copies so they do not hide the originals.
    const bool sameImage
        = content->sourceArticle == articlePath() && content->sourceImage == mImageIndex;
    pasteRegionList(content->regions, sameImage ? QPointF(kPasteOffset, kPasteOffset) : QPointF());
}

void MainWindow::pasteRegionList(const QList<Region> &regions, const QPointF &offset)
{
    const QList<Region> pasted
        = RegionClipboard::prepareForPaste(regions, mImageIndex, mScene->imageSize(), offset);
    if (pasted.isEmpty())
        return;
    QList<QUuid> ids;
    for (const Region &r : pasted)
        ids.append(r.id);
    document()->undoStack()->push(new AddRegionsCommand(document(), pasted));
    mScene->selectRegions(ids);
}

void MainWindow::duplicateRegions()
{
    if (!document() || !mScene->hasImage())
        return;
    // Leaves the clipboard alone.
    QList<Region> regions;
    for (const QUuid &id : mScene->selectedRegionIds()) {
        if (const Region *r = document()->region(id))
            regions.append(*r);
    }
    pasteRegionList(regions, QPointF(kPasteOffset, kPasteOffset));
}

void MainWindow::markRegionsReviewed()
{
    if (!document())
        return;
    auto *command = new MarkRegionsReviewedCommand(document(), mScene->selectedRegionIds());
    const int count = command->count();
    document()->undoStack()->push(command);
    if (count > 0)
        statusBar()->showMessage(tr("Marked %n region(s) reviewed.", nullptr, count), 3000);
    updateActions();
}

void MainWindow::deleteRegions()
{
    if (!document())
        return;
    const QList<QUuid> ids = mScene->selectedRegionIds();
    if (ids.isEmpty())
        return;
    document()->undoStack()->push(new RemoveRegionsCommand(document(), ids));
}

void MainWindow::showCanvasMenu(const QPointF &, const QPoint &globalPos)
{
    QMenu menu(this);
    for (const char *name : {"linkText", "markReviewed", "", "copy", "paste", "duplicate", "delete",
                             "", "zoomFit", "zoomActual"}) {
        if (!*name)
            menu.addSeparator();
        else
            menu.addAction(action(QString::fromLatin1(name)));
    }
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
        mNewLabelCombo->setCurrentIndex(qMax(0, mNewLabelCombo->findData(mView->newRegionLabel())));
    }
    // A label that is gone (removed by the user) gives way to the first one.
    if (mNewLabelCombo->currentIndex() >= 0
        && mNewLabelCombo->currentData().toString() != mView->newRegionLabel())
        mView->setNewRegionLabel(mNewLabelCombo->currentData().toString());
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
        document()->setLabels(labels); // labelsChanged refills the combos
    } else {
        refillNewLabelCombo();
    }
    statusBar()->showMessage(tr("Labels saved."), 3000);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(mActions, mCanvasKeys, this);
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

} // namespace provena
