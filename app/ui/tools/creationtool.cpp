// SPDX-License-Identifier: MIT
#include "ui/tools/creationtool.h"

#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "ui/canvas/imagescene.h"
#include "ui/canvas/imageview.h"

#include <QCoreApplication>
#include <QGraphicsPathItem>
#include <QMenu>
#include <QPen>
#include <QPixmap>
#include <QPointer>
#include <QSettings>
#include <QTimer>

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

QString CreationTool::askLabelSettingsKey()
{
    return QStringLiteral("canvas/askLabelAfterDrawing");
}

QString CreationTool::askLabel(const QString &current, const QPoint &at) const
{
    ArticleDocument *doc = document();
    QMenu menu(view());
    menu.setObjectName(QStringLiteral("labelPopup"));
    menu.setAccessibleName(tr("Label of the new region"));
    menu.setToolTipsVisible(true);
    QAction *defaultAction = nullptr;
    for (const Label &label : doc->labels().labels()) {
        QPixmap swatch(12, 12);
        swatch.fill(label.colour);
        QAction *a = menu.addAction(QIcon(swatch), label.displayName());
        a->setData(label.id);
        a->setToolTip(label.displayDescription());
        if (label.id == current)
            defaultAction = a;
    }
    if (menu.isEmpty())
        return current;
    if (!defaultAction)
        defaultAction = menu.actions().constFirst();
    menu.setDefaultAction(defaultAction);
    // Active once the menu is up, so that Enter takes the default at once.
    QTimer::singleShot(0, &menu, [&menu, defaultAction] { menu.setActiveAction(defaultAction); });
    const QAction *chosen = menu.exec(at, defaultAction);
    return chosen ? chosen->data().toString() : current;
}

void CreationTool::commit(const RegionGeometry &geometry)
{
    QPointer<ArticleDocument> doc = document();
    if (!doc || !geometry.isValid()) {
        hideDraft();
        return;
    }
    Region region;
    region.id = QUuid::createUuid();
    region.imageIndex = scene()->imageIndex();
    region.geometry = geometry.clampedTo(scene()->imageSize());
    region.label = view()->newRegionLabel();
    if (QSettings().value(askLabelSettingsKey(), true).toBool()) {
        // The draft stays on screen while the analyst chooses.
        const QPoint at = view()->viewport()->mapToGlobal(
            view()->mapFromScene(region.geometry.boundingRect().bottomRight()));
        region.label = askLabel(region.label, at);
        // The popup ran an event loop: the document or image may have gone meanwhile.
        if (!doc || !scene() || document() != doc || scene()->imageIndex() != region.imageIndex) {
            hideDraft();
            return;
        }
    }
    hideDraft();
    doc->undoStack()->push(new AddRegionsCommand(doc, {region}));
    scene()->selectRegions({region.id});
    Q_EMIT regionCreated(region.id);
}

} // namespace provena
