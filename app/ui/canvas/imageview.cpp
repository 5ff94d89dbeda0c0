// SPDX-License-Identifier: MIT
#include "ui/canvas/imageview.h"

#include "ui/canvas/imagescene.h"
#include "ui/canvas/regionitem.h"
#include "ui/tools/abstracttool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace provena {

namespace {

ToolEvent toolEvent(const ImageView *view, const QMouseEvent *event)
{
    ToolEvent e;
    e.imagePos = view->toImage(event->position());
    e.viewportPos = event->position().toPoint();
    e.button = event->button();
    e.buttons = event->buttons();
    e.modifiers = event->modifiers();
    return e;
}

} // namespace

ImageView::ImageView(ImageScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , mScene(scene)
{
    setObjectName(QStringLiteral("imageView"));
    setAccessibleName(tr("Image canvas"));
    setAccessibleDescription(
        tr("The photo with its regions. Use the tool keys to draw, arrow keys to nudge."));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setDragMode(NoDrag);
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setRenderHint(QPainter::Antialiasing, true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFrameShape(QFrame::NoFrame);
    viewport()->grabGesture(Qt::PinchGesture);
}

QPointF ImageView::toImage(const QPointF &viewportPos) const
{
    return viewportTransform().inverted().map(viewportPos);
}

QPointF ImageView::clampToImage(const QPointF &imagePos) const
{
    const QSizeF size = mScene->imageSize();
    return {qBound(0.0, imagePos.x(), qMax(0.0, size.width())),
            qBound(0.0, imagePos.y(), qMax(0.0, size.height()))};
}

void ImageView::setZoom(double zoom, std::optional<QPoint> anchor)
{
    mFitting = false;
    applyZoom(zoom, anchor);
}

void ImageView::applyZoom(double zoom, std::optional<QPoint> anchor)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const QPoint at = anchor.value_or(viewport()->rect().center());
    const QPointF imagePoint = toImage(at);
    setTransform(QTransform::fromScale(zoom, zoom));
    mZoom = zoom;
    // Put the same image point back under the anchor.
    const QPointF now = mapFromScene(imagePoint);
    const QPointF delta = now - QPointF(at);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(delta.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(delta.y()));
    mScene->setViewScale(zoom);
    viewport()->update();
    Q_EMIT zoomChanged(zoom);
}

void ImageView::zoomIn()
{
    setZoom(mZoom * std::sqrt(2.0));
}

void ImageView::zoomOut()
{
    setZoom(mZoom / std::sqrt(2.0));
}

void ImageView::zoomToFit()
{
    mFitting = true;
    const QSizeF image = mScene->imageSize();
    if (image.isEmpty())
        return;
    const QSize room = viewport()->size() - QSize(8, 8);
    const double z = qMin(room.width() / image.width(), room.height() / image.height());
    applyZoom(z, std::nullopt);
    centerOn(QRectF(QPointF(0, 0), image).center());
}

void ImageView::zoomToActualSize()
{
    setZoom(1);
}

void ImageView::setTool(AbstractTool *tool)
{
    if (mTool == tool)
        return;
    if (mTool)
        mTool->deactivate();
    mTool = tool;
    if (mTool)
        mTool->activate(this);
    updateCursor();
}

AbstractTool *ImageView::tool() const
{
    return mTool;
}

void ImageView::updateCursor()
{
    if (mPanning)
        viewport()->setCursor(Qt::ClosedHandCursor);
    else if (mSpaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else if (mTool)
        viewport()->setCursor(mTool->cursor());
    else
        viewport()->unsetCursor();
}

bool ImageView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            setZoom(mZoom * (1 + gesture->value()), gesture->position().toPoint());
            return true;
        }
        if (gesture->gestureType() == Qt::SmartZoomNativeGesture) {
            zoomToFit();
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void ImageView::wheelEvent(QWheelEvent *event)
{
    // Ctrl+wheel or plain wheel zooms (the image tool convention); Shift+wheel scrolls sideways.
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double factor = std::pow(2.0, delta / 480.0);
    setZoom(mZoom * factor, event->position().toPoint());
    event->accept();
}

void ImageView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && mSpaceHeld)) {
        mPanning = true;
        mPanLast = event->position().toPoint();
        updateCursor();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    if (mTool && mScene->hasImage())
        mTool->mousePressed(toolEvent(this, event));
    event->accept();
}

void ImageView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (mPanning) {
        const QPoint delta = pos.toPoint() - mPanLast;
        mPanLast = pos.toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    const QPointF image = toImage(pos);
    const QSizeF size = mScene->imageSize();
    Q_EMIT cursorMoved(clampToImage(image),
                       image.x() >= 0 && image.y() >= 0 && image.x() < size.width()
                           && image.y() < size.height());
    if (mTool && mScene->hasImage())
        mTool->mouseMoved(toolEvent(this, event));
    updateHover(pos);
    event->accept();
}

void ImageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (mPanning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        mPanning = false;
        updateCursor();
        event->accept();
        return;
    }
    if (mTool && mScene->hasImage())
        mTool->mouseReleased(toolEvent(this, event));
    event->accept();
}

void ImageView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (mTool && mScene->hasImage() && event->button() == Qt::LeftButton)
        mTool->mouseDoubleClicked(toolEvent(this, event));
    event->accept();
}

void ImageView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        mSpaceHeld = true;
        updateCursor();
        event->accept();
        return;
    }
    if (mTool && mTool->keyPressed(event)) {
        event->accept();
        return;
    }
    // Plain-key zoom on the canvas only (Ctrl+plus and friends are window actions).
    if (!(event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            event->accept();
            return;
        case Qt::Key_Minus:
            zoomOut();
            event->accept();
            return;
        case Qt::Key_0:
            zoomToFit();
            event->accept();
            return;
        case Qt::Key_1:
            zoomToActualSize();
            event->accept();
            return;
        default:
            break;
        }
    }
    // Arrow keys and the like must not scroll the view behind the tool's back.
    if (event->key() >= Qt::Key_Left && event->key() <= Qt::Key_Down)
        return;
    QGraphicsView::keyPressEvent(event);
}

void ImageView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        mSpaceHeld = false;
        updateCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void ImageView::focusOutEvent(QFocusEvent *event)
{
    mSpaceHeld = false;
    mPanning = false;
    updateCursor();
    QGraphicsView::focusOutEvent(event);
}

void ImageView::contextMenuEvent(QContextMenuEvent *event)
{
    Q_EMIT contextMenuRequested(toImage(event->pos()), event->globalPos());
    event->accept();
}

void ImageView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (mFitting)
        zoomToFit();
}

void ImageView::updateHover(const QPointF &viewportPos)
{
    const RegionItem *item = mScene->regionAt(toImage(viewportPos));
    const QUuid id = item ? item->regionId() : QUuid();
    if (id == mHovered)
        return;
    mHovered = id;
    Q_EMIT hoveredRegionChanged(id);
}

void ImageView::paintEvent(QPaintEvent *event)
{
    // Decide once per frame whether this many regions are drawn one by one or batched.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    mBatchItems = mScene->items(visible, Qt::IntersectsItemBoundingRect);
    mScene->setBatching(mBatchItems.size() > kBatchThreshold);
    if (!mScene->isBatching())
        mBatchItems.clear();
    QGraphicsView::paintEvent(event);
    mBatchItems.clear();
    // The photo is on screen now; its many regions follow in the next frame.
    if (mScene->hasPendingRegionItems())
        QMetaObject::invokeMethod(
            mScene, [scene = mScene] { scene->ensureRegionItems(); }, Qt::QueuedConnection);
}

void ImageView::drawForeground(QPainter *painter, const QRectF &rect)
{
    if (mScene->isBatching())
        mScene->drawOverview(painter, mBatchItems);
    if (mZoom < kGridZoom || !mScene->hasImage())
        return;
    // Only the visible part of the image. Hundreds of separate one-pixel vertical lines would be
    // a thousand spans each; instead the lines are put into a one-pixel strip (a row with a dot
    // per column line, a column with a dot per row line) that is stretched over the area: two
    // blits per frame whatever the zoom.
    const QRectF area = rect.intersected(QRectF(QPointF(0, 0), mScene->imageSize()));
    if (area.isEmpty())
        return;
    const QTransform toDevice = painter->worldTransform();
    const QRect device = toDevice.mapRect(area).toAlignedRect().intersected(
        QRect(QPoint(0, 0), viewport()->size()));
    if (device.isEmpty())
        return;
    const QRgb line = qPremultiply(qRgba(128, 128, 128, 110));
    QImage columns(device.width(), 1, QImage::Format_ARGB32_Premultiplied);
    columns.fill(Qt::transparent);
    for (int x = int(std::ceil(area.left())); x <= int(std::floor(area.right())); ++x) {
        const int dx = qRound(toDevice.map(QPointF(x, 0)).x()) - device.left();
        if (dx >= 0 && dx < columns.width())
            columns.setPixel(dx, 0, line);
    }
    QImage rows(1, device.height(), QImage::Format_ARGB32_Premultiplied);
    rows.fill(Qt::transparent);
    for (int y = int(std::ceil(area.top())); y <= int(std::floor(area.bottom())); ++y) {
        const int dy = qRound(toDevice.map(QPointF(0, y)).y()) - device.top();
        if (dy >= 0 && dy < rows.height())
            rows.setPixel(0, dy, line);
    }
    painter->save();
    painter->setWorldTransform(QTransform());
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(QRectF(device), columns);
    painter->drawImage(QRectF(device), rows);
    painter->restore();
}

} // namespace provena
