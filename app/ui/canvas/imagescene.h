// SPDX-License-Identifier: MIT
#pragma once

#include "core/document/articledocument.h"
#include <QGraphicsScene>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QUuid>

namespace provena {

class HandleItem;
class ImageItem;
class OverlayItem;
class RegionItem;
class SuggestionItem;
struct Region;

/**
 * The scene for one image of the document: the photo at the origin (one scene unit per image
 * pixel) and a RegionItem per region on that image. It follows the document's signals and never
 * changes the document itself.
 */
class ImageScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit ImageScene(QObject *parent = nullptr);
    ~ImageScene() override;

    void setDocument(ArticleDocument *document);
    ArticleDocument *document() const { return mDocument; }

    /**
     * Shows image `index` of the article with `image` as its pixels (null: not available).
     * `imageSize` is the full image's size when `image` is a reduced preview (ImageItem).
     */
    void setImage(int index, const QImage &image, const QSize &imageSize = QSize());
    /** The photo's item (for swapping a preview's pixels for the full ones in place). */
    ImageItem *imageItem() const { return mImageItem; }
    int imageIndex() const { return mImageIndex; }
    QSizeF imageSize() const;
    bool hasImage() const;

    RegionItem *regionItem(const QUuid &id) const
    {
        ensureRegionItems();
        return mItems.value(id);
    }
    QList<RegionItem *> regionItems() const;

    /**
     * Shown for the first time with more than kEagerRegionItems regions, an image's region items
     * are built after the view's first paint of it (the photo first, its regions a moment
     * later), or at once when anything asks for them (regionItem(), regionAt(), …).
     */
    static constexpr int kEagerRegionItems = 100;
    bool hasPendingRegionItems() const { return mRegionItemsPending; }
    /** Builds the region items now if they are still pending. */
    void ensureRegionItems() const;
    /** The topmost region whose outline (with tolerance) contains `scenePos`. */
    RegionItem *regionAt(const QPointF &scenePos) const;

    /** The document's selected regions that are on this image, in document order. */
    QList<QUuid> selectedRegionIds() const;
    /** Sets the document's selection (ArticleDocument::setSelectedRegions()). */
    void selectRegions(const QList<QUuid> &ids);

    /** Regions drawn emphasised (their linked text is hovered). */
    void setHighlightedRegions(const QSet<QUuid> &ids);

    /** Pixels per image pixel in the view; keeps handles and points a constant screen size. */
    void setViewScale(double scale);
    double viewScale() const { return mViewScale; }

    /**
     * Overview drawing: with hundreds of regions on screen, the view draws their outlines in a
     * few batched calls (drawOverview()) and RegionItem paints only emphasised ones itself.
     */
    void setBatching(bool batching) { mBatching = batching; }
    bool isBatching() const { return mBatching; }
    /** Draws the outlines of the non-emphasised regions in `items`, grouped by colour. */
    void drawOverview(QPainter *painter, const QList<QGraphicsItem *> &items) const;

    // Forensic overlay (Forensics dock): one image over the photo, under the regions.
    /**
     * Lays 'overlay' over the photo at 'opacity' (0–1), stretched to the image's size (so a view
     * of a reduced decode maps to full size). Cleared when another image is shown.
     */
    void setOverlay(const QImage &overlay, double opacity);
    void setOverlayOpacity(double opacity);
    void clearOverlay();
    /** The overlay item (hidden when there is none). */
    OverlayItem *overlayItem() const { return mOverlayItem; }

    /** Hides handles while a tool draws over them. */
    void setHandlesVisible(bool visible);
    QList<HandleItem *> handles() const { return mHandles; }

    // --- Suggestions (assisted annotation): dashed items that are no part of the document.
    /**
     * Shows `rects` (image pixels) as suggestions on the current image, replacing any shown.
     * They go when another image or document is shown, or when accepted or rejected.
     */
    void setSuggestions(const QList<QRectF> &rects);
    void clearSuggestions();
    QList<SuggestionItem *> suggestionItems() const { return mSuggestions; }
    /** The topmost suggestion under `scenePos`, else null. */
    SuggestionItem *suggestionAt(const QPointF &scenePos) const;
    /** Emits suggestionAccepted() with the suggestion's rect and removes the item. */
    void acceptSuggestion(SuggestionItem *item);
    /** Emits suggestionRejected() and removes the item. */
    void rejectSuggestion(SuggestionItem *item);

Q_SIGNALS:
    /** The document's selection changed; the items and handles show it already. */
    void regionSelectionChanged();
    /** The analyst accepted a suggestion: the listener adds the region (the scene cannot). */
    void suggestionAccepted(const QRectF &rect);
    void suggestionRejected(const QRectF &rect);
    /** Suggestions were shown, accepted, rejected or cleared. */
    void suggestionsChanged();

private:
    void rebuild();
    void addItemFor(const Region &region, int z);
    void syncItem(const QUuid &id);
    void removeItemFor(const QUuid &id);
    void rebuildHandles();
    void onSelectionChanged();
    void applySelection();

    QPointer<ArticleDocument> mDocument;
    int mImageIndex = -1;
    ImageItem *mImageItem;
    OverlayItem *mOverlayItem;
    QHash<QUuid, RegionItem *> mItems;
    QList<HandleItem *> mHandles;
    QSet<QUuid> mHighlighted;
    double mViewScale = 1;
    bool mHandlesVisible = true;
    bool mBatching = false;
    bool mRegionItemsPending = false;
    QList<SuggestionItem *> mSuggestions;
};

} // namespace provena
