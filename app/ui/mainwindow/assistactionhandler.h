// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "media/facedetector.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QPolygonF>
#include <QStringList>
#include <QUuid>

#include <optional>

class QMenu;
class QProgressBar;
class QStatusBar;
class QToolButton;
class QWidget;

namespace provena {

class ActionManager;
class ArticleDocument;
class ImageScene;

/**
 * Assisted annotation (Image menu): face suggestions and snapping a rectangle to the object's
 * outline.
 *
 * "Suggest Faces" runs FaceDetector on a worker with its progress and a Cancel button in the
 * status bar; the faces no person region covers yet appear on the scene as dashed suggestions.
 * Accepting one (canvas context menu) or all adds `person` regions with one AddRegionsCommand
 * (one undo step for all); rejecting drops them. Suggestions never reach the document otherwise.
 *
 * "Snap to Outline" runs OutlineSnap (GrabCut) on a worker for the one selected rectangle and
 * replaces its geometry with the polygon through ChangeRegionGeometryCommand (undoable).
 */
class AssistActionHandler : public QObject
{
    Q_OBJECT

public:
    /** Creates its actions in `actions` and its progress widget in `statusBar`. */
    AssistActionHandler(ActionManager *actions, ImageScene *scene, QStatusBar *statusBar,
                        QObject *parent = nullptr);
    ~AssistActionHandler() override;

    /** The action ids for the Image menu, in order ("" is a separator). */
    static QStringList menuIds();

    void setDocument(ArticleDocument *document);

    /** Starts face detection on the image shown; false (with a status message) when it cannot. */
    bool suggestFaces();
    /** Stops a running detection or snap; its result is dropped. */
    void cancel();
    bool isBusy() const;
    void acceptAllSuggestions();
    void rejectAllSuggestions();
    /** Starts snapping the one selected rectangle region; false (with a message) if none. */
    bool snapToOutline();

    /** Adds "Accept/Reject Suggestion" to the canvas menu when a suggestion is at `imagePos`. */
    void fillCanvasMenu(QMenu *menu, const QPointF &imagePos);

    /** The status bar's progress bar and Cancel button (for tests). */
    QProgressBar *progressBar() const { return mProgress; }
    QToolButton *cancelButton() const { return mCancel; }

    void updateActions();

Q_SIGNALS:
    /** A short note for the status bar. */
    void statusMessage(const QString &message, int timeoutMs);
    /** A detection or snap ended (finished, failed or cancelled). */
    void finished();

private:
    QString imagePath(int imageIndex) const;
    void onFacesFound();
    void onSnapped();
    void addPersonRegions(const QList<QRectF> &rects);
    void showBusy(const QString &what);
    void hideBusy();

    ActionManager *mActions;
    ImageScene *mScene;
    QPointer<ArticleDocument> mDocument;
    QWidget *mBusy;
    QProgressBar *mProgress;
    QToolButton *mCancel;
    QFutureWatcher<Result<FaceDetection>> mFaces;
    int mFacesImage = -1;
    QFutureWatcher<Result<QPolygonF>> mSnap;
    QUuid mSnapRegion;
    /** The suggestion the canvas menu was opened on, by its rect (items are not QObjects). */
    std::optional<QRectF> mMenuTarget;
};

} // namespace provena
