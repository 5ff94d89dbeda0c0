// SPDX-License-Identifier: MIT
#pragma once

#include "ui/tools/creationtool.h"

namespace provena {

/**
 * Draws a rectangle or an ellipse by dragging from one corner to the other. Shift makes it a
 * square or circle; Alt draws from the centre; Escape cancels.
 */
class BoxTool : public CreationTool
{
    Q_OBJECT

public:
    BoxTool(RegionGeometry::Shape shape, QObject *parent = nullptr);

    void mousePressed(const ToolEvent &event) override;
    void mouseMoved(const ToolEvent &event) override;
    void mouseReleased(const ToolEvent &event) override;
    bool keyPressed(QKeyEvent *event) override;
    void cancel() override;

private:
    QRectF currentRect(const QPointF &pos, Qt::KeyboardModifiers modifiers) const;

    RegionGeometry::Shape mShape;
    bool mDragging = false;
    QPointF mStart;
};

} // namespace provena
