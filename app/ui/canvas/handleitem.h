// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsItem>
#include <QUuid>

namespace provena {

/**
 * A grip on a selected region: a corner or edge of a rectangle or ellipse, or a vertex of a
 * polygon, polyline or point. Drawn at a fixed screen size. The select tool reads which grip was
 * hit and pushes commands; the handle itself changes nothing.
 */
class HandleItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    /** For rectangles and ellipses: which part of the box the handle moves. */
    enum Role { TopLeft, Top, TopRight, Right, BottomRight, Bottom, BottomLeft, Left, Vertex };
    static constexpr double kSizePx = 9;

    HandleItem(const QUuid &regionId, Role role, int vertex, QGraphicsItem *parent = nullptr);

    QUuid regionId() const { return mRegionId; }
    Role role() const { return mRole; }
    /** Vertex index for Role::Vertex, else -1. */
    int vertex() const { return mVertex; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QUuid mRegionId;
    Role mRole;
    int mVertex;
};

} // namespace provena
