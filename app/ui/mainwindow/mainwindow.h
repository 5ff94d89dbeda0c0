// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "ui/mainwindow/prompt.h"

#include <QMainWindow>
#include <QPointer>
#include <QUuid>

class QComboBox;
class QLabel;
class QMenu;
class QUndoGroup;
class QUndoView;

namespace provena {

class ActionManager;
class AssistActionHandler;
class ArticleDocument;
class ArticleTextView;
class CollectionConflictsDock;
class BundleActionHandler;
class VersionsActionHandler;
class CanvasPane;
class ChangeBar;
class DocumentSession;
class FileActionHandler;
class ImageLoadingService;
class ImageScene;
class ImageView;
class AboutDialog;
class UserGuideWindow;
class LabelsDialog;
class PreferencesDialog;
class ForensicsDock;
class MetadataDock;
class OpenReportBar;
class PropertiesDock;
class ProvenanceDock;
class RecoveryManager;
class RegionActionHandler;
class RegionsDock;
class SelectionSync;
class ToolManager;

/**
 * The annotation workspace: the article text beside the image canvas, with docks for regions,
 * properties, history, provenance and metadata. One article per window.
 *
 * MainWindow lays the parts out and keeps the window's settings; the parts do the work. The
 * open article and its files are a DocumentSession; every action lives in the ActionManager;
 * the File menu's flows (open, save, save as, reload, recovery, close article) are the
 * FileActionHandler's, region actions are the RegionActionHandler's, the photo side is the
 * CanvasPane, and the tools are the ToolManager's (all in the style of Tiled's editor).
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens `path` (asking first when there is unsaved work), offers recovery when a recovery
     * file exists; on failure says why and keeps the current article. A sidecar
     * (`ARTICLE.provena.jsonld`) opens its article; a `.zip` is opened as a bundle.
     */
    bool openArticle(const QString &path);
    /**
     * Saves the sidecar and waits for the write; false (after telling the analyst) when that
     * failed. For when the next step needs the file on disk (closing, opening another article);
     * File › Save writes in the background instead (startSave()).
     */
    bool save();
    /**
     * Starts saving in the background (File › Save): the window stays responsive while the
     * sidecar is written; the result is shown when it is done. False when refused at once.
     */
    bool startSave();
    /**
     * File › Save As without the file dialog: the article, its images and its sidecar under
     * `path` (see FileActionHandler::saveAs()); the window then works on the new article.
     */
    bool saveAs(const QString &path);
    /** Re-reads the article and sidecar from disk; asks first when there is unsaved work. */
    bool reload();

    ArticleDocument *document() const;
    QString articlePath() const;
    /** The open article with its files: open, save, recovery, watching. */
    DocumentSession *session() const { return mSession; }
    int currentImage() const;
    void showImage(int index);

    ImageView *imageView() const;
    ImageScene *imageScene() const;
    ArticleTextView *textView() const { return mText; }
    CanvasPane *canvasPane() const { return mCanvas; }
    RegionsDock *regionsDock() const { return mRegionsDock; }
    PropertiesDock *propertiesDock() const { return mPropertiesDock; }
    MetadataDock *metadataDock() const { return mMetadataDock; }
    ProvenanceDock *provenanceDock() const { return mProvenanceDock; }
    CollectionConflictsDock *collectionConflictsDock() const { return mCollectionConflictsDock; }
    RecoveryManager *recoveryManager() const;
    ChangeBar *changeBar() const { return mChangeBar; }
    /** The notice about re-anchored and orphaned links and changed images after opening. */
    OpenReportBar *openReportBar() const { return mReportBar; }
    /** Decodes images for the canvas, the strip and the text view (one for the window). */
    ImageLoadingService *imageService() const;
    /** True while the current image is decoded in the background ("Loading…" is shown). */
    bool isImageLoading() const;
    ActionManager *actionManager() const { return mActions; }
    RegionActionHandler *regionActions() const { return mRegionActions; }
    /** Image › Suggest Faces, the suggestions and Snap to Outline. */
    AssistActionHandler *assistActions() const { return mAssist; }
    FileActionHandler *fileActions() const { return mFiles; }
    /** File › Export Bundle… and opening bundles (.zip). */
    BundleActionHandler *bundleActions() const { return mBundles; }
    VersionsActionHandler *versionsActions() const { return mVersions; }
    /** The action with this id ("save", "linkText", "toolRectangle", …). */
    QAction *action(const QString &name) const;
    QList<QAction *> allActions() const;
    /** The toolbar's "New:" box: the label new regions get. */
    QComboBox *newLabelCombo() const { return mNewLabelCombo; }

    /** Tools › Manage Labels…: opens the dialog without blocking (see labelsDialog()). On OK the
     * user's labels are saved and the open document's labels updated. */
    void manageLabels();
    /** The Manage Labels dialog while it is open, else null. */
    LabelsDialog *labelsDialog() const;
    /** Edit › Preferences…: opens the dialog without blocking (see preferencesDialog()). On OK
     * the settings are stored and applied to this window (autosave, author, XMP toggle). */
    void showPreferences();
    /** The Preferences dialog while it is open, else null. */
    PreferencesDialog *preferencesDialog() const;
    /** Help › About Provena: opens the box without blocking (see aboutDialog()). */
    void showAbout();
    /** The About box while it is open, else null. */
    AboutDialog *aboutDialog() const;
    /** Help › User Guide: opens the guide's window beside this one, or raises it when open. */
    void showUserGuide();
    /** The User Guide window while it is open, else null. */
    UserGuideWindow *userGuideWindow() const;

    /** Replaces the modal dialogs (tests answer prompts without blocking). */
    void setPromptHandler(PromptHandler handler) { mPromptHandler = std::move(handler); }

    /** Links the selected text to the single selected region (Ctrl+L). */
    bool linkSelectedText();

Q_SIGNALS:
    /** Image `index` is on screen (ok) or its placeholder is (the file is missing or unreadable).
     */
    void imageShown(int index, bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createFileActions();
    void createViewActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStatusBar();

    QMessageBox::StandardButton ask(const Prompt &prompt);
    void onDocumentAboutToBeReplaced();
    void onDocumentReplaced(ArticleDocument *document);
    void updateTitle();
    void updateActions();
    /** Clears the status bar's message, cursor position and hovered region. */
    void clearStatus();
    void updateMetadata();
    /** The image strip's verdict badges follow the record. */
    void updateVerdictBadges();
    /** Shows metadata field `key` of the current image in the Metadata dock. */
    void showMetadataKey(const QString &key);
    void showCanvasMenu(const QPointF &imagePos, const QPoint &globalPos);
    void showShortcuts();
    void refillNewLabelCombo();
    void applyUserLabels();
    void applyPreferences();
    void setAutosaveInterval();
    void readSettings();
    void writeSettings();

    DocumentSession *mSession;
    QUndoGroup *mUndoGroup;
    ActionManager *mActions;
    ArticleTextView *mText;
    CanvasPane *mCanvas;
    ChangeBar *mChangeBar;
    OpenReportBar *mReportBar;
    FileActionHandler *mFiles = nullptr;
    BundleActionHandler *mBundles = nullptr;
    VersionsActionHandler *mVersions = nullptr;
    RegionActionHandler *mRegionActions = nullptr;
    AssistActionHandler *mAssist = nullptr;
    SelectionSync *mSelection = nullptr;
    ToolManager *mTools = nullptr;
    RegionsDock *mRegionsDock = nullptr;
    PropertiesDock *mPropertiesDock = nullptr;
    MetadataDock *mMetadataDock = nullptr;
    ProvenanceDock *mProvenanceDock = nullptr;
    ForensicsDock *mForensicsDock = nullptr;
    CollectionConflictsDock *mCollectionConflictsDock = nullptr;
    QUndoView *mUndoView = nullptr;
    QLabel *mStatusPosition;
    QLabel *mStatusZoom;
    QLabel *mStatusImage;
    QLabel *mStatusRegion;
    QMenu *mRecentMenu = nullptr;
    QMenu *mViewMenu = nullptr;
    QComboBox *mNewLabelCombo = nullptr;
    QPointer<LabelsDialog> mLabelsDialog;
    QPointer<PreferencesDialog> mPreferencesDialog;
    QPointer<AboutDialog> mAboutDialog;
    QPointer<UserGuideWindow> mUserGuide;

    PromptHandler mPromptHandler;
};

} // namespace provena
