// SPDX-License-Identifier: MIT
#pragma once

#include "ui/tools/creationtool.h"

namespace provena {

/**
 * Draws a polygon or a polyline vertex by vertex: click adds a vertex; double-click, Enter or a
 * click on the first vertex finishes; Backspace removes the last vertex; Escape cancels.
 */
class PolygonTool : public CreationTool
{
    Q_OBJECT

public:
    PolygonTool(RegionGeometry::Shape shape, QObject *parent = nullptr);

    void mousePressed(const ToolEvent &event) override;
    void mouseMoved(const ToolEvent &event) override;
    void mouseDoubleClicked(const ToolEvent &event) override;
    bool keyPressed(QKeyEvent *event) override;
    void cancel() override;

    const QPolygonF &vertices() const { return mVertices; }

private:
    void updateDraft();
    bool finish();

    RegionGeometry::Shape mShape;
    QPolygonF mVertices;
    QPointF mCursor;
};

} // namespace provena
