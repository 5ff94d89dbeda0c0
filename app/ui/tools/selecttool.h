// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/regiongeometry.h"
#include "ui/canvas/handleitem.h"
#include "ui/tools/abstracttool.h"

#include <QHash>
#include <QUuid>

class QGraphicsRectItem;

namespace provena {

/**
 * Selects, moves and reshapes regions (shortcut V).
 *
 * Hit priority follows labelme: handle (vertex or box grip), then edge, then body, then empty
 * space (rubber band). Ctrl toggles regions in the selection and adds rubber-band hits; Shift
 * keeps a box's aspect ratio while resizing; Alt+click deletes a vertex; Ctrl+click or
 * double-click on a polygon edge inserts one. Arrow keys nudge by 1 px (Shift: 10 px).
 * Every drag pushes ChangeRegionGeometryCommand on each move, merged into one undo step;
 * consecutive nudges of the same regions merge too.
 */
class SelectTool : public AbstractTool
{
    Q_OBJECT

public:
    explicit SelectTool(QObject *parent = nullptr);

    void mousePressed(const ToolEvent &event) override;
    void mouseMoved(const ToolEvent &event) override;
    void mouseReleased(const ToolEvent &event) override;
    void mouseDoubleClicked(const ToolEvent &event) override;
    bool keyPressed(QKeyEvent *event) override;
    void cancel() override;
    QCursor cursor() const override { return Qt::ArrowCursor; }

    /** Moves the selected regions by `offset` image pixels (kept inside the image). */
    void nudge(const QPointF &offset);

private:
    enum class State { Idle, Moving, Resizing, RubberBand };

    HandleItem *handleAt(const QPoint &viewportPos) const;
    /** Edge of the single selected polygon/polyline near `pos`: index of its first vertex. */
    int edgeAt(const QPointF &pos, QUuid *regionId) const;
    bool insertVertex(const QPointF &pos);
    void pushGeometry(const QHash<QUuid, RegionGeometry> &geometry, const QString &text);
    RegionGeometry resized(const QPointF &pos, Qt::KeyboardModifiers modifiers) const;

    State mState = State::Idle;
    QPointF mStart;
    QPointF mLastOffset;
    QHash<QUuid, RegionGeometry> mOriginal;
    QUuid mHandleRegion;
    HandleItem::Role mHandleRole = HandleItem::Vertex;
    int mHandleVertex = -1;
    bool mMerge = false;
    int mDragStartIndex = -1;
    QGraphicsRectItem *mRubberBand = nullptr;
    // Nudges merge while nothing else was pushed in between.
    int mNudgeIndex = -1;
    QList<QUuid> mNudgeIds;
};

} // namespace provena
