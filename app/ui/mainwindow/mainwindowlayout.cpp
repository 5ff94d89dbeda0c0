// SPDX-License-Identifier: MIT
// MainWindow's furniture: view actions, menus, tool bar, docks and status bar. Kept apart from
// mainwindow.cpp, which wires the session, the document and the widgets together.
#include "ui/mainwindow/mainwindow.h"

#include "core/commands/changelabelscommand.h"
#include "core/document/articledocument.h"
#include "core/model/codepointindex.h"
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
#include "ui/dialogs/labelsdialog.h"
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
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoView>
#include <QUrl>
#include <QVBoxLayout>

namespace provena {

namespace {

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
    // Alt+3 next to Alt+1 (text) and Alt+2 (canvas): the third place analysts work in.
    a = mActions->add(QStringLiteral("showProvenance"), tr("Show &Provenance"),
                      {QKeySequence(Qt::ALT | Qt::Key_3)});
    connect(a, &QAction::triggered, this, [this] {
        mProvenanceDock->show();
        mProvenanceDock->raise();
    });
    a = mActions->add(QStringLiteral("showSource"), tr("Show &Source"),
                      {QKeySequence(Qt::CTRL | Qt::Key_U)});
    a->setCheckable(true);
    a->setChecked(QSettings().value(settingsKey("text/showSource"), false).toBool());
    mText->setShowSource(a->isChecked());
    connect(a, &QAction::toggled, this, [this](bool source) {
        mText->setShowSource(source);
        QSettings().setValue(settingsKey("text/showSource"), source);
    });
    a = mActions->add(QStringLiteral("userGuide"), tr("&User Guide"));
    connect(a, &QAction::triggered, this, &MainWindow::showUserGuide);
    a = mActions->add(QStringLiteral("shortcuts"), tr("&Keyboard Shortcuts"),
                      {QKeySequence::HelpContents});
    connect(a, &QAction::triggered, this, &MainWindow::showShortcuts);
    a = mActions->add(QStringLiteral("about"), tr("&About Provena"));
    a->setMenuRole(QAction::AboutRole);
    connect(a, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    mActions->fill(file, ids({"open"}));
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    mRecentMenu->setObjectName(QStringLiteral("recentMenu"));
    mActions->fill(file,
                   ids({"save", "saveAs", "reload", "", "exportBundle", "", "attachImage", "",
                        "writeXmpOnSave", "", "closeArticle", "quit"}));
    mFiles->setRecentMenu(mRecentMenu);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    mActions->fill(edit,
                   ids({"undo", "redo", "", "copy", "paste", "duplicate", "delete", "selectAll", "",
                        "linkText", "markReviewed", "", "autosaveInterval", "preferences"}));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addActions(mTools->toolActions());
    tools->addSeparator();
    mActions->fill(tools,
                   ids({"manageLabels", "userName", "", "askLabelAfterDrawing", "",
                        "compareVersions", "findVersions"}));

    mActions->fill(menuBar()->addMenu(tr("&Image")), AssistActionHandler::menuIds());

    mViewMenu = menuBar()->addMenu(tr("&View"));
    mActions->fill(
        mViewMenu,
        ids({"zoomIn", "zoomOut", "zoomFit", "zoomActual", "", "previousImage", "nextImage", "",
             "showSource", "focusText", "focusCanvas", "showProvenance", ""}));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    mActions->fill(help, ids({"userGuide", "shortcuts", "about"}));
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

void MainWindow::createDocks()
{
    mRegionsDock = new RegionsDock(this);
    addDockWidget(Qt::RightDockWidgetArea, mRegionsDock);

    mPropertiesDock = new PropertiesDock(this);
    addDockWidget(Qt::RightDockWidgetArea, mPropertiesDock);

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
    // Conflicts of claims, images and labels: shown when a merge brings some.
    mCollectionConflictsDock = new CollectionConflictsDock(this);
    addDockWidget(Qt::RightDockWidgetArea, mCollectionConflictsDock);
    tabifyDockWidget(history, mCollectionConflictsDock);
    mCollectionConflictsDock->hide();
    mPropertiesDock->raise();

    mProvenanceDock = new ProvenanceDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, mProvenanceDock);
    connect(mVersions, &VersionsActionHandler::versionSightingsOffered, this,
            [this](int imageIndex, const QList<VersionSighting> &sightings) {
                mProvenanceDock->suggestionsView()->offerVersionSightings(imageIndex, sightings);
                mProvenanceDock->show();
                mProvenanceDock->raise();
                mProvenanceDock->tabs()->setCurrentWidget(mProvenanceDock->suggestionsView());
            });
    QDockWidget *provenance = mProvenanceDock;
    connect(mProvenanceDock, &ProvenanceDock::textEvidenceActivated, mText,
            &ArticleTextView::selectRange);
    connect(mProvenanceDock, &ProvenanceDock::metadataEvidenceActivated, this,
            &MainWindow::showMetadataKey);
    mProvenanceDock->setSelectedTextSource([this] {
        const TextRange range = mText->selectedRange();
        if (!document() || range.length() == 0)
            return Evidence();
        const QString &text = document()->article().text;
        return Evidence::textSpan(range, CodePointIndex(text).slice(text, range));
    });
    mMetadataDock = new MetadataDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, mMetadataDock);
    tabifyDockWidget(provenance, mMetadataDock);
    connect(mMetadataDock, &MetadataDock::keyMissing, this, [this](const QString &key) {
        statusBar()->showMessage(
            tr("The image's metadata has no field %1 (any more): was the file replaced?").arg(key),
            5000);
    });
    mForensicsDock = new ForensicsDock(this);
    mForensicsDock->setScene(mCanvas->scene());
    addDockWidget(Qt::BottomDockWidgetArea, mForensicsDock);
    tabifyDockWidget(mMetadataDock, mForensicsDock);
    connect(mCanvas, &CanvasPane::imageShown, mForensicsDock, &ForensicsDock::onImageShown);
    mForensicsDock->hide();
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
