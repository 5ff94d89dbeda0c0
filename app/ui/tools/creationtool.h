// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/regiongeometry.h"
#include "ui/tools/abstracttool.h"

class QGraphicsPathItem;

namespace provena {

/**
 * Shared base of the drawing tools: keeps the draft outline on the scene while the analyst
 * draws and commits the finished shape as one AddRegionsCommand.
 */
class CreationTool : public AbstractTool
{
    Q_OBJECT

public:
    using AbstractTool::AbstractTool;
    ~CreationTool() override;

    void deactivate() override;

Q_SIGNALS:
    /** A region was added (already on the undo stack). */
    void regionCreated(const QUuid &id);

protected:
    void showDraft(const QPainterPath &path);
    void hideDraft();
    /** Pushes one AddRegionsCommand for `geometry` on the current image and selects it. */
    void commit(const RegionGeometry &geometry);

private:
    QGraphicsPathItem *mDraft = nullptr;
};

} // namespace provena
