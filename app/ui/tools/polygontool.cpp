// SPDX-License-Identifier: MIT
#include "ui/tools/polygontool.h"

#include "ui/canvas/imagescene.h"
#include "ui/canvas/imageview.h"

#include <QKeyEvent>
#include <QLineF>
#include <QPainterPath>

namespace provena {

PolygonTool::PolygonTool(RegionGeometry::Shape shape, QObject *parent)
    : CreationTool(shape == RegionGeometry::Shape::Polyline ? tr("Polyline") : tr("Polygon"),
                   shape == RegionGeometry::Shape::Polyline ? QKeySequence(Qt::Key_L)
                                                            : QKeySequence(Qt::Key_P),
                   parent)
    , mShape(shape)
{
}

void PolygonTool::mousePressed(const ToolEvent &event)
{
    if (event.button != Qt::LeftButton)
        return;
    const QPointF p = snapToImage(event.imagePos);
    // A click on the first vertex closes a polygon.
    if (mShape == RegionGeometry::Shape::Polygon && mVertices.size() >= 3) {
        const double tolerance = 6 / view()->zoom();
        if (QLineF(mVertices.first(), p).length() <= tolerance) {
            finish();
            return;
        }
    }
    // The press of a double-click repeats the last vertex; don't add it twice.
    if (!mVertices.isEmpty() && mVertices.last() == p)
        return;
    mVertices.append(p);
    mCursor = p;
    updateDraft();
    Q_EMIT statusMessage(
        tr("%n vertices. Enter or double-click finishes, Backspace removes the last, Esc cancels",
           nullptr, int(mVertices.size())));
}

void PolygonTool::mouseMoved(const ToolEvent &event)
{
    if (mVertices.isEmpty())
        return;
    mCursor = snapToImage(event.imagePos);
    updateDraft();
}

void PolygonTool::mouseDoubleClicked(const ToolEvent &event)
{
    // Platforms differ in whether a press precedes the double-click event; add the point once.
    const QPointF p = snapToImage(event.imagePos);
    if (mVertices.isEmpty() || mVertices.last() != p)
        mVertices.append(p);
    finish();
}

bool PolygonTool::keyPressed(QKeyEvent *event)
{
    if (mVertices.isEmpty())
        return false;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        return true;
    case Qt::Key_Backspace:
        mVertices.removeLast();
        if (mVertices.isEmpty())
            cancel();
        else
            updateDraft();
        return true;
    case Qt::Key_Escape:
        cancel();
        return true;
    default:
        return false;
    }
}

void PolygonTool::cancel()
{
    mVertices.clear();
    hideDraft();
}

void PolygonTool::updateDraft()
{
    QPainterPath path;
    QPolygonF pts = mVertices;
    pts.append(mCursor);
    path.addPolygon(pts);
    if (mShape == RegionGeometry::Shape::Polygon)
        path.closeSubpath();
    showDraft(path);
}

bool PolygonTool::finish()
{
    const int needed = RegionGeometry::minimumPoints(mShape);
    if (mVertices.size() < needed) {
        Q_EMIT statusMessage(
            tr("A %1 needs at least %2 vertices")
                .arg(mShape == RegionGeometry::Shape::Polygon ? tr("polygon") : tr("polyline"))
                .arg(needed));
        return false;
    }
    const QPolygonF vertices = mVertices;
    mVertices.clear();
    commit(mShape == RegionGeometry::Shape::Polygon ? RegionGeometry::polygon(vertices)
                                                    : RegionGeometry::polyline(vertices));
    return true;
}

} // namespace provena
