// SPDX-License-Identifier: MIT
#include "ui/tools/boxtool.h"

#include "ui/canvas/imagescene.h"

#include <QKeyEvent>
#include <QPainterPath>

namespace provena {

BoxTool::BoxTool(RegionGeometry::Shape shape, QObject *parent)
    : CreationTool(shape == RegionGeometry::Shape::Ellipse ? tr("Ellipse") : tr("Rectangle"),
                   shape == RegionGeometry::Shape::Ellipse ? QKeySequence(Qt::Key_E)
                                                           : QKeySequence(Qt::Key_R),
                   parent)
    , mShape(shape)
{
}

QRectF BoxTool::currentRect(const QPointF &pos, Qt::KeyboardModifiers modifiers) const
{
    QPointF end = snapToImage(pos);
    if (modifiers & Qt::ShiftModifier) {
        const double side = qMax(qAbs(end.x() - mStart.x()), qAbs(end.y() - mStart.y()));
        end = QPointF(mStart.x() + (end.x() < mStart.x() ? -side : side),
                      mStart.y() + (end.y() < mStart.y() ? -side : side));
    }
    QRectF rect;
    if (modifiers & Qt::AltModifier) {
        const QPointF d = end - mStart;
        rect = QRectF(mStart - d, mStart + d).normalized();
    } else {
        rect = QRectF(mStart, end).normalized();
    }
    return rect.intersected(QRectF(QPointF(0, 0), scene()->imageSize()));
}

void BoxTool::mousePressed(const ToolEvent &event)
{
    if (event.button != Qt::LeftButton)
        return;
    mDragging = true;
    mStart = snapToImage(event.imagePos);
    Q_EMIT statusMessage(tr("Drag to the opposite corner; Shift: square; Alt: from centre"));
}

void BoxTool::mouseMoved(const ToolEvent &event)
{
    if (!mDragging)
        return;
    QPainterPath path;
    const QRectF rect = currentRect(event.imagePos, event.modifiers);
    if (mShape == RegionGeometry::Shape::Ellipse)
        path.addEllipse(rect);
    else
        path.addRect(rect);
    showDraft(path);
}

void BoxTool::mouseReleased(const ToolEvent &event)
{
    if (!mDragging || event.button != Qt::LeftButton)
        return;
    mDragging = false;
    const QRectF rect = currentRect(event.imagePos, event.modifiers);
    if (rect.width() < 1 || rect.height() < 1) {
        hideDraft();
        return;
    }
    commit(mShape == RegionGeometry::Shape::Ellipse ? RegionGeometry::ellipse(rect)
                                                    : RegionGeometry::rectangle(rect));
}

bool BoxTool::keyPressed(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && mDragging) {
        cancel();
        return true;
    }
    return false;
}

void BoxTool::cancel()
{
    mDragging = false;
    hideDraft();
}

} // namespace provena
