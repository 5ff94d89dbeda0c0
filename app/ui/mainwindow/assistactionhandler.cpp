// SPDX-License-Identifier: MIT
#include "ui/mainwindow/assistactionhandler.h"

#include "core/commands/addremoveregions.h"
#include "core/commands/changeregiongeometrycommand.h"
#include "core/document/articledocument.h"
#include "media/outlinesnap.h"
#include "ui/canvas/imagescene.h"
#include "ui/canvas/suggestionitem.h"
#include "ui/mainwindow/actionmanager.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>
#include <QtConcurrent/qtconcurrentrun.h>

namespace provena {

namespace {

constexpr int kMessageMs = 6000;

} // namespace

AssistActionHandler::AssistActionHandler(ActionManager *actions, ImageScene *scene,
                                         QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , mActions(actions)
    , mScene(scene)
    , mBusy(new QWidget)
    , mProgress(new QProgressBar)
    , mCancel(new QToolButton)
{
    QAction *a = actions->add(QStringLiteral("suggestFaces"), tr("Suggest &Faces"),
                              {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    a->setStatusTip(tr("Look for faces in this image and show them as dashed suggestions."));
    connect(a, &QAction::triggered, this, &AssistActionHandler::suggestFaces);
    a = actions->add(QStringLiteral("acceptAllSuggestions"), tr("&Accept All Suggestions"));
    a->setStatusTip(tr("Every suggestion becomes a person region (one undo step)."));
    connect(a, &QAction::triggered, this, &AssistActionHandler::acceptAllSuggestions);
    a = actions->add(QStringLiteral("rejectAllSuggestions"), tr("&Reject All Suggestions"));
    connect(a, &QAction::triggered, this, &AssistActionHandler::rejectAllSuggestions);
    a = actions->add(QStringLiteral("acceptSuggestion"), tr("Accept Suggestion"));
    connect(a, &QAction::triggered, this, [this] {
        for (SuggestionItem *item : mScene->suggestionItems()) {
            if (mMenuTarget && item->rect() == *mMenuTarget) {
                mScene->acceptSuggestion(item);
                break;
            }
        }
    });
    a = actions->add(QStringLiteral("rejectSuggestion"), tr("Reject Suggestion"));
    connect(a, &QAction::triggered, this, [this] {
        for (SuggestionItem *item : mScene->suggestionItems()) {
            if (mMenuTarget && item->rect() == *mMenuTarget) {
                mScene->rejectSuggestion(item);
                break;
            }
        }
    });
    a = actions->add(QStringLiteral("snapToOutline"), tr("&Snap to Outline"),
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    a->setStatusTip(tr("Turn the selected rectangle into a polygon around the object in it."));
    connect(a, &QAction::triggered, this, &AssistActionHandler::snapToOutline);

    // Progress with Cancel in the status bar, shown only while a job runs.
    mBusy->setObjectName(QStringLiteral("assistProgress"));
    auto *layout = new QHBoxLayout(mBusy);
    layout->setContentsMargins(0, 0, 0, 0);
    mProgress->setRange(0, 100);
    mProgress->setMaximumWidth(160);
    mProgress->setAccessibleName(tr("Progress"));
    mCancel->setText(tr("Cancel"));
    mCancel->setObjectName(QStringLiteral("assistCancel"));
    layout->addWidget(mProgress);
    layout->addWidget(mCancel);
    statusBar->addPermanentWidget(mBusy);
    mBusy->hide();
    connect(mCancel, &QToolButton::clicked, this, &AssistActionHandler::cancel);

    connect(&mFaces, &QFutureWatcherBase::progressValueChanged, mProgress, &QProgressBar::setValue);
    connect(&mFaces, &QFutureWatcherBase::finished, this, &AssistActionHandler::onFacesFound);
    connect(&mSnap, &QFutureWatcherBase::finished, this, &AssistActionHandler::onSnapped);

    connect(mScene, &ImageScene::suggestionAccepted, this,
            [this](const QRectF &rect) { addPersonRegions({rect}); });
    connect(mScene, &ImageScene::suggestionsChanged, this, &AssistActionHandler::updateActions);
    connect(mScene, &ImageScene::regionSelectionChanged, this, &AssistActionHandler::updateActions);
}

AssistActionHandler::~AssistActionHandler()
{
    // The workers hold only copies (paths, rects); waiting keeps no result for a gone window.
    mFaces.cancel();
    mFaces.waitForFinished();
    mSnap.waitForFinished();
}

QStringList AssistActionHandler::menuIds()
{
    return {QStringLiteral("suggestFaces"), QStringLiteral("acceptAllSuggestions"),
            QStringLiteral("rejectAllSuggestions"), QString(), QStringLiteral("snapToOutline")};
}

void AssistActionHandler::setDocument(ArticleDocument *document)
{
    cancel();
    mDocument = document;
    updateActions();
}

bool AssistActionHandler::isBusy() const
{
    return mFaces.isRunning() || mSnap.isRunning();
}

QString AssistActionHandler::imagePath(int imageIndex) const
{
    if (!mDocument || imageIndex < 0 || imageIndex >= mDocument->article().images.size())
        return {};
    return mDocument->article().images.at(imageIndex).localPath;
}

void AssistActionHandler::showBusy(const QString &what)
{
    mProgress->setValue(0);
    mProgress->setFormat(what + QStringLiteral(" %p%"));
    mBusy->show();
    updateActions();
}

void AssistActionHandler::hideBusy()
{
    mBusy->hide();
    updateActions();
    Q_EMIT finished();
}

bool AssistActionHandler::suggestFaces()
{
    if (isBusy())
        return false;
    const int index = mScene->imageIndex();
    const QString path = imagePath(index);
    if (path.isEmpty() || !mScene->hasImage()) {
        Q_EMIT statusMessage(tr("There is no image file shown to look for faces in."), kMessageMs);
        return false;
    }
    mScene->clearSuggestions();
    mFacesImage = index;
    mFaces.setFuture(FaceDetector::detectAsync(path));
    showBusy(tr("Faces"));
    return true;
}

void AssistActionHandler::cancel()
{
    if (mFaces.isRunning())
        mFaces.cancel();
    // GrabCut cannot be interrupted; its result is dropped instead.
    mSnapRegion = QUuid();
}

void AssistActionHandler::onFacesFound()
{
    const QString name = QFileInfo(imagePath(mFacesImage)).fileName();
    if (mFaces.isCanceled() || mFaces.future().resultCount() == 0) {
        Q_EMIT statusMessage(tr("Face detection in “%1” cancelled.").arg(name), kMessageMs);
        hideBusy();
        return;
    }
    const Result<FaceDetection> found = mFaces.result();
    if (!found) {
        Q_EMIT statusMessage(found.error().message, 0);
    } else if (!mDocument || mScene->imageIndex() != mFacesImage) {
        // The analyst moved on: suggestions for another image would be misplaced.
    } else {
        const QList<FaceSuggestion> fresh
            = FaceDetector::notYetAnnotated(found->faces, mDocument->regions(), mFacesImage);
        QList<QRectF> rects;
        for (const FaceSuggestion &face : fresh)
            rects.append(face.rect);
        mScene->setSuggestions(rects);
        const int known = int(found->faces.size() - fresh.size());
        QString message = tr("%n face(s) suggested in “%1”.", nullptr, int(fresh.size())).arg(name);
        if (known > 0)
            message += QLatin1Char(' ') + tr("%n already annotated.", nullptr, known);
        if (!fresh.isEmpty())
            message += QLatin1Char(' ')
                + tr("Right-click one to accept or reject it, or use the Image menu.");
        Q_EMIT statusMessage(message, kMessageMs);
    }
    hideBusy();
}

void AssistActionHandler::addPersonRegions(const QList<QRectF> &rects)
{
    if (!mDocument || rects.isEmpty())
        return;
    QList<Region> regions;
    for (const QRectF &rect : rects)
        regions.append(FaceDetector::personRegion({rect, 0, false}, mScene->imageIndex()));
    // One command, so accepting all is one undo step.
    mDocument->undoStack()->push(new AddRegionsCommand(mDocument, regions));
}

void AssistActionHandler::acceptAllSuggestions()
{
    QList<QRectF> rects;
    for (SuggestionItem *item : mScene->suggestionItems())
        rects.append(item->rect());
    // Cleared first: adding the regions must not find the suggestions still on screen.
    mScene->clearSuggestions();
    addPersonRegions(rects);
}

void AssistActionHandler::rejectAllSuggestions()
{
    mScene->clearSuggestions();
}

bool AssistActionHandler::snapToOutline()
{
    if (isBusy() || !mDocument)
        return false;
    const QList<QUuid> selected = mScene->selectedRegionIds();
    const Region *region = selected.size() == 1 ? mDocument->region(selected.first()) : nullptr;
    if (!region || region->geometry.shape() != RegionGeometry::Shape::Rectangle) {
        Q_EMIT statusMessage(tr("Select one rectangle region to snap to its object's outline."),
                             kMessageMs);
        return false;
    }
    const QString path = imagePath(region->imageIndex);
    if (path.isEmpty()) {
        Q_EMIT statusMessage(tr("There is no image file to snap the region to."), kMessageMs);
        return false;
    }
    mSnapRegion = region->id;
    const QRectF rect = region->geometry.boundingRect();
    mSnap.setFuture(QtConcurrent::run([path, rect] { return OutlineSnap::snap(path, rect); }));
    showBusy(tr("Snap"));
    mProgress->setRange(0, 0); // GrabCut reports no progress: a busy indicator
    return true;
}

void AssistActionHandler::onSnapped()
{
    mProgress->setRange(0, 100);
    const QUuid id = mSnapRegion;
    mSnapRegion = QUuid();
    const Result<QPolygonF> polygon = mSnap.result();
    const Region *region = mDocument && !id.isNull() ? mDocument->region(id) : nullptr;
    if (!region) {
        // Cancelled, or the region went while GrabCut ran.
    } else if (!polygon) {
        Q_EMIT statusMessage(polygon.error().message, 0);
    } else if (region->geometry.shape() == RegionGeometry::Shape::Rectangle) {
        mDocument->undoStack()->push(new ChangeRegionGeometryCommand(
            mDocument, {{id, RegionGeometry::polygon(polygon.value())}},
            QCoreApplication::translate("UndoCommands", "Snap to Outline")));
        Q_EMIT statusMessage(
            tr("Snapped to an outline of %n point(s).", nullptr, int(polygon->size())), kMessageMs);
    }
    hideBusy();
}

void AssistActionHandler::fillCanvasMenu(QMenu *menu, const QPointF &imagePos)
{
    mMenuTarget.reset();
    if (SuggestionItem *item = mScene->suggestionAt(imagePos)) {
        mMenuTarget = item->rect();
        mActions->fill(
            menu,
            {QStringLiteral("acceptSuggestion"), QStringLiteral("rejectSuggestion"), QString()});
    }
}

void AssistActionHandler::updateActions()
{
    const bool open = mDocument && mScene->hasImage();
    const bool suggestions = !mScene->suggestionItems().isEmpty();
    mActions->setEnabled(QStringLiteral("suggestFaces"), open && !isBusy());
    mActions->setEnabled(QStringLiteral("acceptAllSuggestions"), suggestions);
    mActions->setEnabled(QStringLiteral("rejectAllSuggestions"), suggestions);
    mActions->setEnabled(QStringLiteral("snapToOutline"),
                         open && !isBusy() && mScene->selectedRegionIds().size() == 1);
}

} // namespace provena
