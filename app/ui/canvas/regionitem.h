// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/region.h"

#include <QColor>
#include <QGraphicsItem>

namespace provena {

/**
 * Shows one region of the document on the canvas. It never writes to the model: the scene calls
 * syncFromModel() when the document reports a change.
 *
 * Painting scales with what is on screen: regions a few pixels wide are drawn as plain marks,
 * the label tab (in the label's colour) only where it fits, and everything is drawn directly
 * (no child items, nothing that ignores transformations) so the scene index stays effective
 * with thousands of regions.
 */
class RegionItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit RegionItem(const QUuid &id, QGraphicsItem *parent = nullptr);

    QUuid regionId() const { return mId; }
    const RegionGeometry &geometry() const { return mGeometry; }
    QColor colour() const { return mColour; }

    /**
     * What tells this region apart from others with the same label: the entity's name, else
     * the first line of the note (trimmed); empty when there is neither.
     */
    static QString captionFor(const Region &region);
    /** The caption drawn after the label tab (captionFor() of the last synced region). */
    QString caption() const { return mCaption; }
    /** The label's name drawn in the tab, in the language in force. */
    QString labelText() const { return mLabelText; }

    /** Takes geometry, label colour and name from the model. */
    void syncFromModel(const Region &region, const QColor &colour, const QString &labelName);
    /** Pixels per image pixel in the view, for zoom-independent point size and hit tolerance. */
    void setViewScale(double scale);
    /** Drawn emphasised, e.g. while its linked text is hovered. */
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return mHighlighted; }
    /**
     * The region's image changed since it was drawn (Region::needsReview): drawn with a dashed
     * amber outline and a "review" badge until the analyst marks it reviewed.
     */
    bool needsReview() const { return mNeedsReview; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /** Label tabs are drawn only where the region is at least this wide on screen. */
    static constexpr double kLabelMinWidthPx = 48;
    /** Captions longer than this on screen are elided. */
    static constexpr double kCaptionMaxWidthPx = 180;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QPainterPath outlinePath() const;
    double pointRadius() const;
    void paintLabel(QPainter *painter) const;
    void paintReviewBadge(QPainter *painter) const;

    QUuid mId;
    RegionGeometry mGeometry;
    QColor mColour;
    QString mLabelText;
    QSizeF mLabelSizePx; ///< the label tab in screen pixels
    QString mCaption;
    QString mCaptionElided;
    QSizeF mCaptionSizePx; ///< the caption tab in screen pixels (empty without a caption)
    QSizeF mBadgeSizePx; ///< the "review" badge in screen pixels (empty when not flagged)
    double mViewScale = 1;
    bool mHighlighted = false;
    bool mNeedsReview = false;
};

} // namespace provena
