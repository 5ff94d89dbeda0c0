// SPDX-License-Identifier: MIT
#include "ui/mainwindow/selectionsync.h"

#include "core/document/articledocument.h"
#include "session/documentsession.h"
#include "ui/canvas/canvaspane.h"
#include "ui/canvas/imagescene.h"
#include "ui/canvas/imageview.h"
#include "ui/canvas/regionitem.h"
#include "ui/docks/propertiesdock.h"
#include "ui/docks/regionsdock.h"
#include "ui/text/articletextview.h"

#include <QLabel>
#include <QSet>

namespace provena {

SelectionSync::SelectionSync(DocumentSession *session, CanvasPane *canvas, ArticleTextView *text,
                             RegionsDock *regions, PropertiesDock *properties,
                             QLabel *hoveredRegion, QObject *parent)
    : QObject(parent)
    , mSession(session)
    , mCanvas(canvas)
    , mText(text)
    , mRegionsDock(regions)
    , mPropertiesDock(properties)
    , mHoveredLabel(hoveredRegion)
{
    connect(mCanvas->scene(), &ImageScene::regionSelectionChanged, this,
            &SelectionSync::onSceneSelectionChanged);
    connect(mCanvas->view(), &ImageView::hoveredRegionChanged, this,
            &SelectionSync::onRegionHovered);
    connect(mText, &ArticleTextView::anchorsHovered, this, &SelectionSync::onAnchorsHovered);
    connect(mRegionsDock, &RegionsDock::selectionChangedByUser, this,
            &SelectionSync::onDockSelectionChanged);
    connect(mRegionsDock, &RegionsDock::regionActivated, this, [this](const QUuid &id) {
        if (RegionItem *item = mCanvas->scene()->regionItem(id))
            mCanvas->view()->centerOn(item);
    });
    connect(mPropertiesDock, &PropertiesDock::anchorActivated, this, [this](const QUuid &id) {
        const ArticleDocument *doc = mSession->document();
        if (const TextAnchor *a = doc ? doc->anchor(id) : nullptr)
            mText->selectRange(a->range);
    });
    connect(mSession, &DocumentSession::documentReplaced, this, [this] {
        mHoveredRegion = {};
        mHoveredAnchors.clear();
    });
}

void SelectionSync::onSceneSelectionChanged()
{
    const QList<QUuid> ids = mCanvas->scene()->selectedRegionIds();
    if (!mSyncing) {
        mSyncing = true;
        mRegionsDock->setSelectedRegions(ids);
        mSyncing = false;
    }
    mPropertiesDock->setRegions(ids);
    updateEmphasis();
    Q_EMIT selectionChanged();
}

void SelectionSync::onDockSelectionChanged(const QList<QUuid> &ids)
{
    const ArticleDocument *doc = mSession->document();
    if (mSyncing || !doc)
        return;
    mSyncing = true;
    if (!ids.isEmpty()) {
        const Region *first = doc->region(ids.first());
        if (first && first->imageIndex != mCanvas->currentImage())
            mCanvas->showImage(first->imageIndex);
    }
    mCanvas->scene()->selectRegions(ids);
    if (!ids.isEmpty()) {
        if (RegionItem *item = mCanvas->scene()->regionItem(ids.first()))
            mCanvas->view()->ensureVisible(item, 40, 40);
    }
    mSyncing = false;
    onSceneSelectionChanged();
}

void SelectionSync::onRegionHovered(const QUuid &id)
{
    mHoveredRegion = id;
    const ArticleDocument *doc = mSession->document();
    const Region *r = doc && !id.isNull() ? doc->region(id) : nullptr;
    if (r) {
        QString text = doc->labels().displayNameOf(r->label);
        if (!r->entity.name.isEmpty())
            text += QStringLiteral(": ") + r->entity.name;
        mHoveredLabel->setText(text);
    } else {
        mHoveredLabel->clear();
    }
    updateEmphasis();
}

void SelectionSync::onAnchorsHovered(const QList<QUuid> &ids)
{
    mHoveredAnchors = ids;
    QSet<QUuid> regions;
    if (const ArticleDocument *doc = mSession->document()) {
        for (const QUuid &a : ids) {
            for (const QUuid &r : doc->regionsLinkedTo(a))
                regions.insert(r);
        }
    }
    mCanvas->scene()->setHighlightedRegions(regions);
}

void SelectionSync::updateEmphasis()
{
    QSet<QUuid> anchors;
    if (const ArticleDocument *doc = mSession->document()) {
        QList<QUuid> regions = mCanvas->scene()->selectedRegionIds();
        if (!mHoveredRegion.isNull())
            regions.append(mHoveredRegion);
        for (const QUuid &id : regions) {
            if (const Region *r = doc->region(id)) {
                for (const QUuid &a : r->links)
                    anchors.insert(a);
            }
        }
    }
    mText->setEmphasisedAnchors(anchors);
}

} // namespace provena
