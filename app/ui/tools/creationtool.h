// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/regiongeometry.h"
#include "ui/tools/abstracttool.h"

class QGraphicsPathItem;

namespace provena {

/**
 * Shared base of the drawing tools: keeps the draft outline on the scene while the analyst
 * draws and commits the finished shape as one AddRegionsCommand.
 *
 * When the setting askLabelSettingsKey() is on (the default), a popup with the document's
 * labels opens at the finished shape before it is committed, the "New:" label active: Enter
 * or a click takes a label, Escape keeps the default. The label is chosen before the region is
 * added, so drawing and choosing are one undo step.
 */
class CreationTool : public AbstractTool
{
    Q_OBJECT

public:
    using AbstractTool::AbstractTool;
    ~CreationTool() override;

    void deactivate() override;

    /** QSettings key (bool, default true): ask for the label after each drawn region. */
    static QString askLabelSettingsKey();

Q_SIGNALS:
    /** A region was added (already on the undo stack). */
    void regionCreated(const QUuid &id);

protected:
    void showDraft(const QPainterPath &path);
    void hideDraft();
    /** Pushes one AddRegionsCommand for `geometry` on the current image and selects it. */
    void commit(const RegionGeometry &geometry);

private:
    /** The label the analyst picks in the popup at `at` (global), or `current` on Escape. */
    QString askLabel(const QString &current, const QPoint &at) const;

    QGraphicsPathItem *mDraft = nullptr;
};

} // namespace provena
