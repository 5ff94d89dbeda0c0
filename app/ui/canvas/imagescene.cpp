// SPDX-License-Identifier: MIT
#include "ui/canvas/imagescene.h"

#include "core/document/articledocument.h"
#include "ui/canvas/handleitem.h"
#include "ui/canvas/imageitem.h"
#include "ui/canvas/overlayitem.h"
#include "ui/canvas/regionitem.h"
#include "ui/canvas/suggestionitem.h"

#include <QPainter>

namespace provena {

ImageScene::ImageScene(QObject *parent)
    : QGraphicsScene(parent)
    , mImageItem(new ImageItem)
    , mOverlayItem(new OverlayItem)
{
    addItem(mImageItem);
    mImageItem->setZValue(-1);
    addItem(mOverlayItem);
    mOverlayItem->setZValue(-0.5); // over the photo, under the regions (z >= 0)
    mOverlayItem->hide();
    setBackgroundBrush(QColor(0x3a, 0x3a, 0x3a));
}

ImageScene::~ImageScene()
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
}

void ImageScene::setDocument(ArticleDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mImageIndex = -1;
    clearSuggestions(); // they were found for the other document's image
    if (document) {
        connect(document, &ArticleDocument::regionAdded, this, [this](const QUuid &id) {
            if (const Region *r = mDocument->region(id); r && r->imageIndex == mImageIndex)
                addItemFor(*r, mDocument->regionIndex(id));
        });
        connect(document, &ArticleDocument::regionChanged, this,
                [this](const QUuid &id) { syncItem(id); });
        connect(document, &ArticleDocument::selectedRegionsChanged, this,
                &ImageScene::onSelectionChanged);
        connect(document, &ArticleDocument::regionRemoved, this, &ImageScene::removeItemFor);
        connect(document, &ArticleDocument::annotationsReset, this, &ImageScene::rebuild);
        connect(document, &ArticleDocument::labelsChanged, this, &ImageScene::rebuild);
    }
    rebuild();
}

void ImageScene::setImage(int index, const QImage &image, const QSize &imageSize)
{
    const bool sameImage = index == mImageIndex;
    if (!sameImage)
        clearSuggestions();
    mImageIndex = index;
    mImageItem->setImage(image, imageSize);
    // A view belongs to one image; the same image shown again (a sharper decode) keeps it.
    if (sameImage && mOverlayItem->isVisible())
        mOverlayItem->setOverlay(mOverlayItem->overlay(), this->imageSize());
    else
        clearOverlay();
    setSceneRect(QRectF(QPointF(0, 0), QSizeF(mImageItem->imageSize())));
    int regionsOnImage = 0;
    if (mDocument && !sameImage && !image.isNull()) {
        for (const Region &r : mDocument->regions())
            regionsOnImage += r.imageIndex == index ? 1 : 0;
    }
    if (regionsOnImage > kEagerRegionItems) {
        // A thousand items take longer to build than the photo takes to show: it goes first.
        qDeleteAll(mHandles);
        mHandles.clear();
        qDeleteAll(mItems);
        mItems.clear();
        mRegionItemsPending = true;
        return;
    }
    rebuild();
}

void ImageScene::ensureRegionItems() const
{
    // Built on demand from const accessors: the items are a cache of the document's regions.
    if (mRegionItemsPending)
        const_cast<ImageScene *>(this)->rebuild();
}

// Forensic overlay.

void ImageScene::setOverlay(const QImage &overlay, double opacity)
{
    mOverlayItem->setOverlay(overlay, imageSize());
    mOverlayItem->setOpacity(qBound(0.0, opacity, 1.0));
    mOverlayItem->setVisible(!overlay.isNull() && hasImage());
}

void ImageScene::setOverlayOpacity(double opacity)
{
    mOverlayItem->setOpacity(qBound(0.0, opacity, 1.0));
}

void ImageScene::clearOverlay()
{
    mOverlayItem->setOverlay({}, {});
    mOverlayItem->hide();
}

QSizeF ImageScene::imageSize() const
{
    return QSizeF(mImageItem->imageSize());
}

bool ImageScene::hasImage() const
{
    return !mImageItem->imageSize().isEmpty();
}

QList<RegionItem *> ImageScene::regionItems() const
{
    ensureRegionItems();
    return mItems.values();
}

RegionItem *ImageScene::regionAt(const QPointF &scenePos) const
{
    ensureRegionItems();
    const QList<QGraphicsItem *> hits
        = items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : hits) {
        if (item->type() == RegionItem::Type)
            return static_cast<RegionItem *>(item);
    }
    return nullptr;
}

QList<QUuid> ImageScene::selectedRegionIds() const
{
    // Document order, so copy/paste and the docks see a stable sequence.
    QList<QUuid> ids;
    if (!mDocument)
        return ids;
    ensureRegionItems();
    const QList<QUuid> &selected = mDocument->selectedRegions();
    for (const Region &r : mDocument->regions()) {
        if (mItems.contains(r.id) && selected.contains(r.id))
            ids.append(r.id);
    }
    return ids;
}

void ImageScene::selectRegions(const QList<QUuid> &ids)
{
    if (mDocument)
        mDocument->setSelectedRegions(ids); // selectedRegionsChanged updates the items
}

void ImageScene::applySelection()
{
    // Items show the document's selection; they never decide it.
    const QList<QUuid> selected = mDocument ? mDocument->selectedRegions() : QList<QUuid>();
    for (RegionItem *item : std::as_const(mItems))
        item->setSelected(selected.contains(item->regionId()));
}

void ImageScene::setHighlightedRegions(const QSet<QUuid> &ids)
{
    mHighlighted = ids;
    for (RegionItem *item : std::as_const(mItems))
        item->setHighlighted(ids.contains(item->regionId()));
}

void ImageScene::setViewScale(double scale)
{
    if (qFuzzyCompare(scale, mViewScale))
        return;
    mViewScale = scale;
    for (RegionItem *item : std::as_const(mItems))
        item->setViewScale(scale);
    for (SuggestionItem *item : std::as_const(mSuggestions))
        item->setViewScale(scale);
}

void ImageScene::drawOverview(QPainter *painter, const QList<QGraphicsItem *> &items) const
{
    struct Batch
    {
        QList<QRectF> rects;
        QPainterPath curves;
    };
    QHash<QRgb, Batch> batches;
    const double px = 1 / qMax(mViewScale, 1e-6);
    for (QGraphicsItem *item : items) {
        if (item->type() != RegionItem::Type)
            continue;
        const auto *region = static_cast<const RegionItem *>(item);
        if (region->isSelected() || region->isHighlighted())
            continue;
        Batch &batch = batches[region->colour().rgba()];
        const RegionGeometry &g = region->geometry();
        switch (g.shape()) {
        case RegionGeometry::Shape::Rectangle:
            batch.rects.append(g.boundingRect());
            break;
        case RegionGeometry::Shape::Ellipse:
            batch.curves.addEllipse(g.boundingRect());
            break;
        case RegionGeometry::Shape::Polygon:
            batch.curves.addPolygon(g.points());
            batch.curves.closeSubpath();
            break;
        case RegionGeometry::Shape::Polyline:
            batch.curves.addPolygon(g.points());
            break;
        case RegionGeometry::Shape::Point:
            if (!g.points().isEmpty()) {
                const QPointF p = g.points().first();
                batch.rects.append(QRectF(p.x() - 2 * px, p.y() - 2 * px, 4 * px, 4 * px));
            }
            break;
        }
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    for (auto it = batches.cbegin(); it != batches.cend(); ++it) {
        QPen pen(QColor::fromRgba(it.key()), 1);
        pen.setCosmetic(true);
        painter->setPen(pen);
        if (!it->rects.isEmpty())
            painter->drawRects(it->rects.constData(), int(it->rects.size()));
        if (!it->curves.isEmpty())
            painter->drawPath(it->curves);
    }
    painter->restore();
}

void ImageScene::setHandlesVisible(bool visible)
{
    mHandlesVisible = visible;
    for (HandleItem *h : std::as_const(mHandles))
        h->setVisible(visible);
}

void ImageScene::rebuild()
{
    mRegionItemsPending = false;
    qDeleteAll(mHandles);
    mHandles.clear();
    qDeleteAll(mItems);
    mItems.clear();
    if (mDocument && mImageIndex >= 0) {
        for (int i = 0; i < mDocument->regions().size(); ++i) {
            const Region &r = mDocument->regions().at(i);
            if (r.imageIndex == mImageIndex)
                addItemFor(r, i);
        }
    }
    applySelection();
    rebuildHandles();
}

void ImageScene::addItemFor(const Region &region, int z)
{
    if (mItems.contains(region.id))
        return;
    auto *item = new RegionItem(region.id);
    item->setViewScale(mViewScale);
    item->syncFromModel(region, mDocument->labels().colourFor(region.label),
                        mDocument->labels().displayNameOf(region.label));
    // Later regions above earlier ones, as in the document.
    item->setZValue(z);
    item->setHighlighted(mHighlighted.contains(region.id));
    addItem(item);
    item->setSelected(mDocument->isRegionSelected(region.id));
    mItems.insert(region.id, item);
}

void ImageScene::syncItem(const QUuid &id)
{
    const Region *r = mDocument ? mDocument->region(id) : nullptr;
    RegionItem *item = mItems.value(id);
    if (!r || r->imageIndex != mImageIndex) {
        if (item)
            removeItemFor(id);
        return;
    }
    if (!item) {
        addItemFor(*r, mDocument->regionIndex(id));
        return;
    }
    item->syncFromModel(*r, mDocument->labels().colourFor(r->label),
                        mDocument->labels().displayNameOf(r->label));
    if (item->isSelected())
        rebuildHandles();
}

void ImageScene::removeItemFor(const QUuid &id)
{
    RegionItem *item = mItems.take(id);
    if (!item)
        return;
    const bool hadHandles = !mHandles.isEmpty() && mHandles.first()->regionId() == id;
    delete item;
    if (hadHandles)
        rebuildHandles();
}

void ImageScene::rebuildHandles()
{
    qDeleteAll(mHandles);
    mHandles.clear();
    const QList<QUuid> ids = selectedRegionIds();
    if (ids.size() != 1)
        return;
    const RegionItem *item = mItems.value(ids.first());
    const RegionGeometry &g = item->geometry();
    const auto add = [this, &ids](HandleItem::Role role, int vertex, QPointF pos) {
        auto *h = new HandleItem(ids.first(), role, vertex);
        h->setPos(pos);
        h->setVisible(mHandlesVisible);
        addItem(h);
        mHandles.append(h);
    };
    switch (g.shape()) {
    case RegionGeometry::Shape::Rectangle:
    case RegionGeometry::Shape::Ellipse: {
        const QRectF r = g.boundingRect();
        add(HandleItem::TopLeft, -1, r.topLeft());
        add(HandleItem::Top, -1, QPointF(r.center().x(), r.top()));
        add(HandleItem::TopRight, -1, r.topRight());
        add(HandleItem::Right, -1, QPointF(r.right(), r.center().y()));
        add(HandleItem::BottomRight, -1, r.bottomRight());
        add(HandleItem::Bottom, -1, QPointF(r.center().x(), r.bottom()));
        add(HandleItem::BottomLeft, -1, r.bottomLeft());
        add(HandleItem::Left, -1, QPointF(r.left(), r.center().y()));
        break;
    }
    case RegionGeometry::Shape::Polygon:
    case RegionGeometry::Shape::Polyline:
    case RegionGeometry::Shape::Point:
        for (int i = 0; i < g.points().size(); ++i)
            add(HandleItem::Vertex, i, g.points().at(i));
        break;
    }
}

void ImageScene::onSelectionChanged()
{
    applySelection();
    rebuildHandles();
    Q_EMIT regionSelectionChanged();
}

// --- Suggestions (assisted annotation) ---

void ImageScene::setSuggestions(const QList<QRectF> &rects)
{
    qDeleteAll(mSuggestions);
    mSuggestions.clear();
    for (const QRectF &rect : rects) {
        auto *item = new SuggestionItem(rect);
        item->setViewScale(mViewScale);
        addItem(item);
        mSuggestions.append(item);
    }
    Q_EMIT suggestionsChanged();
}

void ImageScene::clearSuggestions()
{
    if (mSuggestions.isEmpty())
        return;
    qDeleteAll(mSuggestions);
    mSuggestions.clear();
    Q_EMIT suggestionsChanged();
}

SuggestionItem *ImageScene::suggestionAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> hits
        = items(scenePos, Qt::IntersectsItemBoundingRect, Qt::DescendingOrder);
    for (QGraphicsItem *item : hits) {
        if (item->type() == SuggestionItem::Type)
            return static_cast<SuggestionItem *>(item);
    }
    return nullptr;
}

void ImageScene::acceptSuggestion(SuggestionItem *item)
{
    if (!item || !mSuggestions.removeOne(item))
        return;
    const QRectF rect = item->rect();
    delete item;
    Q_EMIT suggestionAccepted(rect);
    Q_EMIT suggestionsChanged();
}

void ImageScene::rejectSuggestion(SuggestionItem *item)
{
    if (!item || !mSuggestions.removeOne(item))
        return;
    const QRectF rect = item->rect();
    delete item;
    Q_EMIT suggestionRejected(rect);
    Q_EMIT suggestionsChanged();
}

} // namespace provena
