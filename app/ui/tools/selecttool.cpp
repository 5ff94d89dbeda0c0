// SPDX-License-Identifier: MIT
#include "ui/tools/selecttool.h"

#include "core/commands/changeregiongeometrycommand.h"
#include "core/document/articledocument.h"
#include "ui/canvas/imagescene.h"
#include "ui/canvas/imageview.h"
#include "ui/canvas/regionitem.h"

#include <QGraphicsRectItem>
#include <QKeyEvent>
#include <QLineF>
#include <QPen>

#include <cmath>

namespace provena {

namespace {

constexpr double kEdgeTolerancePx = 6;

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0;
    return QLineF(p, a + t * ab).length();
}

QPointF rounded(const QPointF &p)
{
    return {std::round(p.x()), std::round(p.y())};
}

} // namespace

SelectTool::SelectTool(QObject *parent)
    : AbstractTool(tr("Select"), QKeySequence(Qt::Key_V), parent)
{
}

HandleItem *SelectTool::handleAt(const QPoint &viewportPos) const
{
    const QList<QGraphicsItem *> hits = view()->items(viewportPos);
    for (QGraphicsItem *item : hits) {
        if (item->type() == HandleItem::Type && item->isVisible())
            return static_cast<HandleItem *>(item);
    }
    return nullptr;
}

int SelectTool::edgeAt(const QPointF &pos, QUuid *regionId) const
{
    const QList<QUuid> selected = scene()->selectedRegionIds();
    if (selected.size() != 1)
        return -1;
    const Region *region = document()->region(selected.first());
    if (!region)
        return -1;
    const RegionGeometry &g = region->geometry;
    if (g.shape() != RegionGeometry::Shape::Polygon && g.shape() != RegionGeometry::Shape::Polyline)
        return -1;
    const QPolygonF &pts = g.points();
    const int edges
        = g.shape() == RegionGeometry::Shape::Polygon ? int(pts.size()) : int(pts.size()) - 1;
    const double tolerance = kEdgeTolerancePx / view()->zoom();
    int best = -1;
    double bestDistance = tolerance;
    for (int i = 0; i < edges; ++i) {
        const double d = distanceToSegment(pos, pts.at(i), pts.at((i + 1) % pts.size()));
        if (d <= bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    if (best >= 0)
        *regionId = selected.first();
    return best;
}

bool SelectTool::insertVertex(const QPointF &pos)
{
    QUuid id;
    const int edge = edgeAt(pos, &id);
    if (edge < 0)
        return false;
    const RegionGeometry g = document()->region(id)->geometry;
    pushGeometry({{id, g.withVertexInserted(edge + 1, snapToImage(pos))}}, tr("Insert Vertex"));
    return true;
}

void SelectTool::pushGeometry(const QHash<QUuid, RegionGeometry> &geometry, const QString &text)
{
    ArticleDocument *doc = document();
    if (!doc || geometry.isEmpty())
        return;
    auto *command = new ChangeRegionGeometryCommand(doc, geometry, text);
    command->setMergeable(std::exchange(mMerge, true));
    doc->undoStack()->push(command);
}

void SelectTool::mousePressed(const ToolEvent &event)
{
    if (event.button != Qt::LeftButton || !document())
        return;
    mMerge = false;
    mDragStartIndex = document()->undoStack()->index();
    mStart = event.imagePos;
    mLastOffset = {};
    const bool ctrl = event.modifiers & Qt::ControlModifier;

    // 1. Handles: vertices and box grips.
    if (HandleItem *handle = handleAt(event.viewportPos)) {
        const RegionItem *item = scene()->regionItem(handle->regionId());
        if (!item)
            return;
        if (event.modifiers & Qt::AltModifier) {
            if (handle->role() == HandleItem::Vertex) {
                const RegionGeometry after = document()
                                                 ->region(item->regionId())
                                                 ->geometry.withVertexRemoved(handle->vertex());
                if (!(after == document()->region(item->regionId())->geometry))
                    pushGeometry({{item->regionId(), after}}, tr("Delete Vertex"));
            }
            return;
        }
        mState = State::Resizing;
        mHandleRegion = handle->regionId();
        mHandleRole = handle->role();
        mHandleVertex = handle->vertex();
        mOriginal = {{mHandleRegion, document()->region(item->regionId())->geometry}};
        return;
    }
    // 2. Edges of the selected polygon: Ctrl+click inserts a vertex.
    if (ctrl && insertVertex(event.imagePos))
        return;
    // 3. Region bodies.
    if (RegionItem *item = scene()->regionAt(event.imagePos)) {
        QList<QUuid> selection = scene()->selectedRegionIds();
        if (ctrl) {
            if (selection.contains(item->regionId()))
                selection.removeAll(item->regionId());
            else
                selection.append(item->regionId());
            scene()->selectRegions(selection);
            return;
        }
        if (!document()->isRegionSelected(item->regionId()))
            scene()->selectRegions({item->regionId()});
        mState = State::Moving;
        mOriginal.clear();
        for (const QUuid &id : scene()->selectedRegionIds())
            mOriginal.insert(id, document()->region(id)->geometry);
        return;
    }
    // 4. Empty space: rubber band.
    if (!ctrl)
        scene()->selectRegions({});
    mState = State::RubberBand;
    mRubberBand = new QGraphicsRectItem;
    QPen pen(QColor(80, 160, 255), 1, Qt::DashLine);
    pen.setCosmetic(true);
    mRubberBand->setPen(pen);
    mRubberBand->setBrush(QColor(80, 160, 255, 40));
    mRubberBand->setZValue(1e6);
    mRubberBand->setRect(QRectF(mStart, mStart));
    scene()->addItem(mRubberBand);
}

RegionGeometry SelectTool::resized(const QPointF &pos, Qt::KeyboardModifiers modifiers) const
{
    const RegionGeometry original = mOriginal.value(mHandleRegion);
    const QPointF p = snapToImage(pos);
    if (mHandleRole == HandleItem::Vertex)
        return original.withVertex(mHandleVertex, p);

    const QRectF r = original.boundingRect();
    double l = r.left(), t = r.top(), rt = r.right(), b = r.bottom();
    switch (mHandleRole) {
    case HandleItem::TopLeft:
        l = p.x();
        t = p.y();
        break;
    case HandleItem::Top:
        t = p.y();
        break;
    case HandleItem::TopRight:
        rt = p.x();
        t = p.y();
        break;
    case HandleItem::Right:
        rt = p.x();
        break;
    case HandleItem::BottomRight:
        rt = p.x();
        b = p.y();
        break;
    case HandleItem::Bottom:
        b = p.y();
        break;
    case HandleItem::BottomLeft:
        l = p.x();
        b = p.y();
        break;
    case HandleItem::Left:
        l = p.x();
        break;
    case HandleItem::Vertex:
        break;
    }
    const bool corner = mHandleRole == HandleItem::TopLeft || mHandleRole == HandleItem::TopRight
        || mHandleRole == HandleItem::BottomLeft || mHandleRole == HandleItem::BottomRight;
    if ((modifiers & Qt::ShiftModifier) && corner && r.height() > 0 && r.width() > 0) {
        // Keep the aspect ratio: the fixed corner stays, the moving one follows the larger side.
        const double ratio = r.width() / r.height();
        double w = std::abs(rt - l), h = std::abs(b - t);
        if (w / qMax(h, 1e-9) > ratio)
            h = std::round(w / ratio);
        else
            w = std::round(h * ratio);
        const bool movesLeft
            = mHandleRole == HandleItem::TopLeft || mHandleRole == HandleItem::BottomLeft;
        const bool movesTop
            = mHandleRole == HandleItem::TopLeft || mHandleRole == HandleItem::TopRight;
        const double fixedX = movesLeft ? r.right() : r.left();
        const double fixedY = movesTop ? r.bottom() : r.top();
        const double sx = (movesLeft ? l : rt) < fixedX ? -1 : 1;
        const double sy = (movesTop ? t : b) < fixedY ? -1 : 1;
        (movesLeft ? l : rt) = fixedX + sx * w;
        (movesTop ? t : b) = fixedY + sy * h;
    }
    QRectF box = QRectF(QPointF(l, t), QPointF(rt, b)).normalized();
    box = box.intersected(QRectF(QPointF(0, 0), scene()->imageSize()));
    if (box.width() < 1 || box.height() < 1)
        return original;
    return original.shape() == RegionGeometry::Shape::Ellipse ? RegionGeometry::ellipse(box)
                                                              : RegionGeometry::rectangle(box);
}

void SelectTool::mouseMoved(const ToolEvent &event)
{
    switch (mState) {
    case State::Idle:
        return;
    case State::Resizing: {
        if (!scene()->regionItem(mHandleRegion))
            return;
        const RegionGeometry g = resized(event.imagePos, event.modifiers);
        if (g == document()->region(mHandleRegion)->geometry)
            return;
        pushGeometry({{mHandleRegion, g.clampedTo(scene()->imageSize())}},
                     mHandleRole == HandleItem::Vertex ? tr("Move Vertex") : tr("Resize Region"));
        return;
    }
    case State::Moving: {
        QPointF offset = rounded(event.imagePos - mStart);
        // One clamp for the whole selection, so regions keep their relative positions.
        QRectF box;
        for (const RegionGeometry &g : std::as_const(mOriginal))
            box = box.isNull() ? g.boundingRect() : box.united(g.boundingRect());
        offset = RegionGeometry::rectangle(box).clampTranslation(offset, scene()->imageSize());
        if (offset == mLastOffset)
            return;
        mLastOffset = offset;
        QHash<QUuid, RegionGeometry> moved;
        for (auto it = mOriginal.cbegin(); it != mOriginal.cend(); ++it)
            moved.insert(it.key(), it.value().translated(offset));
        pushGeometry(moved, tr("Move %n Region(s)", nullptr, int(moved.size())));
        return;
    }
    case State::RubberBand:
        mRubberBand->setRect(QRectF(mStart, event.imagePos).normalized());
        return;
    }
}

void SelectTool::mouseReleased(const ToolEvent &event)
{
    if (event.button != Qt::LeftButton)
        return;
    if (mState == State::RubberBand && mRubberBand) {
        const QRectF rect = mRubberBand->rect();
        QList<QUuid> selection;
        if (event.modifiers & Qt::ControlModifier)
            selection = scene()->selectedRegionIds();
        const QList<QGraphicsItem *> hits = scene()->items(rect, Qt::IntersectsItemShape);
        for (QGraphicsItem *item : hits) {
            if (item->type() == RegionItem::Type) {
                const QUuid id = static_cast<RegionItem *>(item)->regionId();
                if (!selection.contains(id))
                    selection.append(id);
            }
        }
        delete mRubberBand;
        mRubberBand = nullptr;
        scene()->selectRegions(selection);
    }
    mState = State::Idle;
    mOriginal.clear();
}

void SelectTool::mouseDoubleClicked(const ToolEvent &event)
{
    insertVertex(event.imagePos);
}

void SelectTool::nudge(const QPointF &offset)
{
    ArticleDocument *doc = document();
    const QList<QUuid> ids = scene() ? scene()->selectedRegionIds() : QList<QUuid>();
    if (!doc || ids.isEmpty())
        return;
    QRectF box;
    QHash<QUuid, RegionGeometry> current;
    for (const QUuid &id : ids) {
        const RegionGeometry &g = document()->region(id)->geometry;
        current.insert(id, g);
        box = box.isNull() ? g.boundingRect() : box.united(g.boundingRect());
    }
    const QPointF clamped
        = RegionGeometry::rectangle(box).clampTranslation(offset, scene()->imageSize());
    if (clamped.isNull())
        return;
    QHash<QUuid, RegionGeometry> moved;
    for (auto it = current.cbegin(); it != current.cend(); ++it)
        moved.insert(it.key(), it.value().translated(clamped));
    mMerge = doc->undoStack()->index() == mNudgeIndex && ids == mNudgeIds;
    pushGeometry(moved, tr("Nudge %n Region(s)", nullptr, int(ids.size())));
    mNudgeIndex = doc->undoStack()->index();
    mNudgeIds = ids;
}

bool SelectTool::keyPressed(QKeyEvent *event)
{
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 10 : 1;
    switch (event->key()) {
    case Qt::Key_Left:
        nudge({-step, 0});
        return true;
    case Qt::Key_Right:
        nudge({step, 0});
        return true;
    case Qt::Key_Up:
        nudge({0, -step});
        return true;
    case Qt::Key_Down:
        nudge({0, step});
        return true;
    case Qt::Key_Escape:
        if (mState != State::Idle) {
            cancel();
            return true;
        }
        if (scene() && !scene()->selectedRegionIds().isEmpty()) {
            scene()->selectRegions({});
            return true;
        }
        return false;
    default:
        return false;
    }
}

void SelectTool::cancel()
{
    // A drag in progress is already on the stack as one step. Pushing the start geometry as
    // its last move makes the merged step a no-op, which the stack drops (setObsolete): the
    // cancelled drag leaves nothing to undo or redo.
    if ((mState == State::Moving || mState == State::Resizing) && mMerge && document()
        && document()->undoStack()->index() == mDragStartIndex + 1) {
        QHash<QUuid, RegionGeometry> start;
        for (auto it = mOriginal.cbegin(); it != mOriginal.cend(); ++it) {
            if (document()->region(it.key()))
                start.insert(it.key(), it.value());
        }
        pushGeometry(start, tr("Cancel Drag"));
    }
    delete mRubberBand;
    mRubberBand = nullptr;
    mState = State::Idle;
    mOriginal.clear();
}

} // namespace provena
