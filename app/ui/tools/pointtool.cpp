// SPDX-License-Identifier: MIT
#include "ui/tools/pointtool.h"

namespace provena {

PointTool::PointTool(QObject *parent)
    : CreationTool(tr("Point"), QKeySequence(Qt::Key_T), parent)
{
}

void PointTool::mousePressed(const ToolEvent &event)
{
    if (event.button == Qt::LeftButton)
        commit(RegionGeometry::point(snapToImage(event.imagePos)));
}

} // namespace provena
