// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "core/model/region.h"
#include "ui/mainwindow/prompt.h"

#include <QHash>
#include <QImage>
#include <QMainWindow>
#include <QPointer>
#include <QUuid>

#include <memory>

class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QStackedWidget;
class QUndoView;

namespace provena {

class AbstractTool;
class ArticleDocument;
class ArticleTextView;
class ChangeBar;
class DocumentSession;
class ImageLoader;
class ImageScene;
class ImageStrip;
class ImageView;
class LabelsDialog;
class MetadataDock;
class MissingImageWidget;
class OpenReportBar;
class PropertiesDock;
class RecoveryManager;
class RegionsDock;
class SelectTool;

/**
 * The annotation workspace: the article text beside the image canvas, with docks for regions,
 * properties, history, provenance and metadata. One article per window.
 *
 * Everything the analyst changes goes through the document's undo stack. Unsaved work is
 * autosaved to a recovery file (RecoveryManager) and offered back after a crash; files changed
 * on disk are reported in a bar with a Reload button, never reloaded behind the analyst's back.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens `path` (asking first when there is unsaved work), offers recovery when a recovery
     * file exists; on failure says why and keeps the current article.
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
    /** Re-reads the article and sidecar from disk; asks first when there is unsaved work. */
    bool reload();

    ArticleDocument *document() const;
    QString articlePath() const;
    /** The open article with its files: open, save, recovery, watching. */
    DocumentSession *session() const { return mSession; }
    int currentImage() const { return mImageIndex; }
    void showImage(int index);

    ImageView *imageView() const { return mView; }
    ImageScene *imageScene() const { return mScene; }
    ArticleTextView *textView() const { return mText; }
    RegionsDock *regionsDock() const { return mRegionsDock; }
    PropertiesDock *propertiesDock() const { return mPropertiesDock; }
    MetadataDock *metadataDock() const { return mMetadataDock; }
    RecoveryManager *recoveryManager() const;
    ChangeBar *changeBar() const { return mChangeBar; }
    /** The notice about re-anchored and orphaned links and changed images after opening. */
    OpenReportBar *openReportBar() const { return mReportBar; }
    ImageLoader *imageLoader() const { return mLoader; }
    /** True while the current image is decoded in the background ("Loading…" is shown). */
    bool isImageLoading() const { return mLoadingIndex >= 0; }
    /** The action with this object name ("save", "linkText", "toolRectangle", …). */
    QAction *action(const QString &name) const;
    QList<QAction *> allActions() const { return mActions; }
    /** The toolbar's "New:" box: the label new regions get. */
    QComboBox *newLabelCombo() const { return mNewLabelCombo; }

    /** Tools › Manage Labels…: opens the dialog without blocking (see labelsDialog()). On OK the
     * user's labels are saved and the open document's labels updated. */
    void manageLabels();
    /** The Manage Labels dialog while it is open, else null. */
    LabelsDialog *labelsDialog() const;

    /** Replaces the modal dialogs (tests answer prompts without blocking). */
    void setPromptHandler(PromptHandler handler) { mPromptHandler = std::move(handler); }

    /** Links the selected text to the single selected region (Ctrl+L). */
    bool linkSelectedText();
    void copyRegions();
    void pasteRegions();
    void duplicateRegions();
    void deleteRegions();
    /** Clears "needs review" on the selected regions (one undo step). */
    void markRegionsReviewed();

Q_SIGNALS:
    /** Image `index` is on screen (ok) or its placeholder is (the file is missing or unreadable).
     */
    void imageShown(int index, bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createStatusBar();
    QAction *addAction(const QString &name, const QString &text,
                       const QList<QKeySequence> &shortcuts = {});
    void addTool(AbstractTool *tool, const QString &name);

    QMessageBox::StandardButton ask(const Prompt &prompt);
    void showError(const QString &what, const Error &error);
    /** Save / Discard / Cancel when modified; true when it is fine to go on. */
    bool maybeSave();
    /** The analyst agreed to set an unreadable sidecar aside; false when declined or failed. */
    bool keepBrokenSidecar();
    void onDocumentAboutToBeReplaced();
    void onDocumentReplaced(ArticleDocument *document);
    void onSaveFinished(const Status &status);
    void offerRecovery();
    void updateTitle();
    void updateActions();
    void loadImage(int index);
    void showLoadedImage(int index, const QImage &image, const QString &problem);
    void onImageLoaded(const QString &path, const QImage &image);
    void onImageFailed(const QString &path, const Error &error);
    void showOpenReportDetails();
    void pasteRegionList(const QList<Region> &regions, const QPointF &offset);
    void attachImage(int index);
    void updateMetadata();
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void onSceneSelectionChanged();
    void onDockSelectionChanged(const QList<QUuid> &ids);
    void onRegionHovered(const QUuid &id);
    void onAnchorsHovered(const QList<QUuid> &ids);
    void updateEmphasis();
    void showCanvasMenu(const QPointF &imagePos, const QPoint &globalPos);
    void showShortcuts();
    void refillNewLabelCombo();
    void applyUserLabels();
    void setAutosaveInterval();
    void readSettings();
    void writeSettings();

    DocumentSession *mSession;
    int mImageIndex = -1;
    QImage mImage;

    ImageScene *mScene;
    ImageView *mView;
    ArticleTextView *mText;
    ImageStrip *mStrip;
    MissingImageWidget *mMissing;
    QStackedWidget *mCanvasStack;
    QLabel *mLoading;
    ChangeBar *mChangeBar;
    OpenReportBar *mReportBar;
    ImageLoader *mLoader;
    int mLoadingIndex = -1;
    RegionsDock *mRegionsDock = nullptr;
    PropertiesDock *mPropertiesDock = nullptr;
    MetadataDock *mMetadataDock = nullptr;
    QUndoView *mUndoView = nullptr;
    QLabel *mStatusPosition;
    QLabel *mStatusZoom;
    QLabel *mStatusImage;
    QLabel *mStatusRegion;

    QList<QAction *> mActions;
    QActionGroup *mToolGroup;
    SelectTool *mSelectTool = nullptr;
    QMenu *mRecentMenu = nullptr;
    QMenu *mViewMenu = nullptr;
    QComboBox *mNewLabelCombo = nullptr;
    QPointer<LabelsDialog> mLabelsDialog;
    QList<QPair<QString, QString>> mCanvasKeys;

    PromptHandler mPromptHandler;
    QUuid mHoveredRegion;
    QList<QUuid> mHoveredAnchors;
    bool mSyncingSelection = false;
};

} // namespace provena
