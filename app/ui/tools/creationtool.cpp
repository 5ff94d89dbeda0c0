// SPDX-License-Identifier: MIT
#include "ui/tools/creationtool.h"

#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "ui/canvas/imagescene.h"
#include "ui/canvas/imageview.h"

#include <QCoreApplication>
#include <QGraphicsPathItem>
#include <QPen>

namespace provena {

// The draft belongs to the scene once added; deactivate() removes it while both exist.
CreationTool::~CreationTool() = default;

void CreationTool::deactivate()
{
    AbstractTool::deactivate();
    hideDraft();
}

void CreationTool::showDraft(const QPainterPath &path)
{
    if (!scene())
        return;
    if (!mDraft) {
        mDraft = new QGraphicsPathItem;
        QPen pen(QColor(255, 220, 0), 2, Qt::DashLine);
        pen.setCosmetic(true);
        mDraft->setPen(pen);
        mDraft->setBrush(QColor(255, 220, 0, 40));
        mDraft->setZValue(1e6);
        scene()->addItem(mDraft);
        scene()->setHandlesVisible(false);
    }
    mDraft->setPath(path);
}

void CreationTool::hideDraft()
{
    if (!mDraft)
        return;
    if (mDraft->scene())
        mDraft->scene()->removeItem(mDraft);
    delete mDraft;
    mDraft = nullptr;
    if (scene())
        scene()->setHandlesVisible(true);
}

void CreationTool::commit(const RegionGeometry &geometry)
{
    hideDraft();
    ArticleDocument *doc = document();
    if (!doc || !geometry.isValid())
        return;
    Region region;
    region.id = QUuid::createUuid();
    region.imageIndex = scene()->imageIndex();
    region.geometry = geometry.clampedTo(scene()->imageSize());
    region.label = view()->newRegionLabel();
    doc->undoStack()->push(new AddRegionsCommand(doc, {region}));
    scene()->selectRegions({region.id});
    Q_EMIT regionCreated(region.id);
}

} // namespace provena
